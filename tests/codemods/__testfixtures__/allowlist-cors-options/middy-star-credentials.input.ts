import middy from '@middy/core';
import cors from '@middy/http-cors';

const baseHandler = async () => ({ statusCode: 200, body: '{"user":"alice"}' });

export const handler = middy(baseHandler).use(
  cors({
    origin: '*',
    credentials: true,
    methods: 'GET',
  }),
);
