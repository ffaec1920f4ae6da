const { ApolloServer, gql } = require('apollo-server');

const typeDefs = gql`
  type Query {
    me: String
  }
`;

const server = new ApolloServer({
  typeDefs,
  resolvers: { Query: { me: () => 'alice' } },
  cors: { origin: true, credentials: true },
});

server.listen({ port: 4000 });
