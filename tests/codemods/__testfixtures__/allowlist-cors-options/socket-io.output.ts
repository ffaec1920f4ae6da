import { createServer } from 'node:http';
import { Server } from 'socket.io';

// Origins allowed to read cross-origin responses; more come from the comma-separated CORS_ALLOWED_ORIGINS variable.
const allowedOrigins: ReadonlySet<string> = new Set([
  'https://app.example.com',
  ...(process.env.CORS_ALLOWED_ORIGINS ?? '').split(',').map((origin) => origin.trim()).filter(Boolean),
]);

const httpServer = createServer();
const io = new Server(httpServer, {
  cors: {
    origin: [...allowedOrigins],
    credentials: true,
  },
});

io.on('connection', (socket) => socket.emit('hello'));
httpServer.listen(3000);
