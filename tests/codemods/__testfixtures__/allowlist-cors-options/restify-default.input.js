const corsMiddleware = require('restify-cors-middleware2');

const cors = corsMiddleware({ allowHeaders: ['Authorization'] });

server.pre(cors.preflight);
server.use(cors.actual);
