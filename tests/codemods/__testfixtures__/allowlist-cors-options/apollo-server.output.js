const { ApolloServer, gql } = require('apollo-server');

// Origins allowed to read cross-origin responses; more come from the comma-separated CORS_ALLOWED_ORIGINS variable.
const allowedOrigins = new Set([
  'https://app.example.com',
  ...(process.env.CORS_ALLOWED_ORIGINS ?? '').split(',').map((origin) => origin.trim()).filter(Boolean),
]);

const typeDefs = gql`
  type Query {
    me: String
  }
`;

const server = new ApolloServer({
  typeDefs,
  resolvers: { Query: { me: () => 'alice' } },
  cors: { origin: [...allowedOrigins], credentials: true },
});

server.listen({ port: 4000 });
