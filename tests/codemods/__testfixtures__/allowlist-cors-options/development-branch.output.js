// A development-only branch that reflects every origin: a person decides, the code stays.
import express from 'express';
import cors from 'cors';

const app = express();
const isDev = process.env.NODE_ENV !== 'production';

// cors-codemod: review: replace the development-only branch with an exact list of local origins
app.use(cors({ origin: isDev ? true : ['https://app.example.com'], credentials: true }));
