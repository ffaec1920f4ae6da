import middy from '@middy/core';
import httpCors from '@middy/http-cors';
import { middyCorsTable } from '../../../src/frameworks/middy';
import type { LibraryDriver } from '../driver';
import { corsFromRecord, installedVersion } from '../node-server-target';

/** `@middy/http-cors` has no server: its real middy handler is called in-process with API Gateway (REST) events. */
const driver: LibraryDriver = {
  table: middyCorsTable,
  version: installedVersion('@middy/http-cors'),
  async start(options) {
    const handler = middy(async () => ({ statusCode: 200, headers: {}, body: 'ok' })).use(httpCors(options as Parameters<typeof httpCors>[0]));
    return {
      async send({ origin, preflight }) {
        const headers: Record<string, string> = {};
        if (origin !== undefined) headers.Origin = origin;
        if (preflight) headers['Access-Control-Request-Method'] = 'PUT';
        const event = { httpMethod: preflight ? 'OPTIONS' : 'GET', path: '/', headers, requestContext: {} };
        const response = (await handler(event as never, {} as never)) as { headers?: Record<string, unknown> };
        return corsFromRecord(response.headers);
      },
      close: async () => {},
    };
  },
};

export default driver;
