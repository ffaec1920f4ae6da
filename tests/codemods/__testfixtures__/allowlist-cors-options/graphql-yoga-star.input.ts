import { createYoga } from 'graphql-yoga';

export const yoga = createYoga({
  schema,
  cors: {
    origin: '*',
    credentials: true,
    methods: ['POST'],
  },
});
