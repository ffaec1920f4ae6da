import { oakCors } from './local-cors.ts';

app.use(oakCors({ origin: true, credentials: true }));
