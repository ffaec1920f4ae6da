import { createServer } from 'node:http';
import { createSchema, createYoga } from 'graphql-yoga';

const schema = createSchema({
  typeDefs: /* GraphQL */ `
    type Query {
      me: String
    }
  `,
  resolvers: { Query: { me: () => 'alice' } },
});

const yoga = createYoga({ schema });

createServer(yoga).listen(4000);
