import type { FrameworkTable } from './types';
import { CORS_PACKAGE_SEMANTICS } from './cors';

const SERVER_OPTIONS = { argument: 'last', paths: [['cors']], whenAbsent: 'disabled' } as const;

/** socket.io v3+: `new Server(http, { cors })` passes `cors` to expressjs/cors; absent means no CORS. */
export const socketIoTable: FrameworkTable = {
  library: 'socket.io',
  sites: [
    {
      kind: 'construct',
      exports: [
        { module: 'socket.io', path: ['Server'] },
        { module: 'socket.io', path: [] },
        { module: 'socket.io', path: ['default'] },
      ],
      options: SERVER_OPTIONS,
    },
    // `require('socket.io')(http, opts)`.
    {
      kind: 'call',
      exports: [
        { module: 'socket.io', path: [] },
        { module: 'socket.io', path: ['default'] },
      ],
      options: SERVER_OPTIONS,
    },
    // Nest gateways: `@WebSocketGateway(port?, { cors })` creates the socket.io server with these options.
    { kind: 'call', exports: [{ module: '@nestjs/websockets', path: ['WebSocketGateway'] }], options: SERVER_OPTIONS },
  ],
  ...CORS_PACKAGE_SEMANTICS,
};
