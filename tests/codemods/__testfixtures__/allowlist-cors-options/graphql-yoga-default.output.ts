import { createServer } from 'node:http';
import { createSchema, createYoga } from 'graphql-yoga';

// Origins allowed to read cross-origin responses; more come from the comma-separated CORS_ALLOWED_ORIGINS variable.
const allowedOrigins: ReadonlySet<string> = new Set([
  'https://app.example.com',
  ...(process.env.CORS_ALLOWED_ORIGINS ?? '').split(',').map((origin) => origin.trim()).filter(Boolean),
]);

const schema = createSchema({
  typeDefs: /* GraphQL */ `
    type Query {
      me: String
    }
  `,
  resolvers: { Query: { me: () => 'alice' } },
});

const yoga = createYoga({ schema, cors: (request) => {
  const origin = request.headers.get('origin');
  return origin !== null && allowedOrigins.has(origin) ? { origin } : false;
} });

createServer(yoga).listen(4000);
