import express from 'express';
import cors from 'cors';
import { corsOrigins } from '@acme/config';
import { publicCors } from './cors';
import { statusRouter } from './routes/status';

export const app = express();

app.use('/public', cors(publicCors));
app.use(cors({ origin: corsOrigins, credentials: true }));
app.use(express.json());
app.use('/status', statusRouter);
