import express from 'express';
import cors from 'cors';

const app = express();
app.use(cors({ origin: ['null', 'https://app.example.com'], credentials: true }));
