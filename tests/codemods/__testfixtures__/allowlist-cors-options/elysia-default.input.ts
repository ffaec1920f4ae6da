import { Elysia } from 'elysia';
import { cors } from '@elysiajs/cors';

const app = new Elysia().use(cors()).get('/me', () => ({ user: 'alice' }));

app.listen(3000);
