import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { Server, type ServerOptions } from 'socket.io';
import { socketIoTable } from '../../../src/frameworks/socket-io';
import type { LibraryDriver } from '../driver';
import { installedVersion, sendTo } from '../node-server-target';

/**
 * socket.io 4 answers CORS on its HTTP long-polling path (engine.io mounts `cors` there); a browser
 * applies no CORS to the WebSocket handshake. No options at all is `new Server(http)`, CORS off.
 */
const driver: LibraryDriver = {
  table: socketIoTable,
  version: installedVersion('socket.io'),
  async start(options) {
    const http = createServer();
    const io = options === undefined ? new Server(http) : new Server(http, { cors: options as ServerOptions['cors'] });
    await new Promise<void>((resolve, reject) => {
      http.once('error', reject);
      http.listen(0, '127.0.0.1', () => resolve());
    });
    const { port } = http.address() as AddressInfo;
    return {
      // The polling handshake of a new session: engine.io protocol 4.
      send: (request) => sendTo(`http://127.0.0.1:${port}/socket.io/?EIO=4&transport=polling`, request),
      close: async () => {
        http.closeAllConnections();
        await io.close();
      },
    };
  },
};

export default driver;
