import { cors } from 'itty-router';
import { createCors } from 'itty-router-v4';
import { ittyRouterCorsTable, ittyRouterCreateCorsTable } from '../../../src/frameworks/itty-router';
import type { ConformanceRequest, ConformanceTarget, LibraryDriver } from '../driver';
import { installedVersion } from '../node-server-target';

interface IttyCors {
  readonly preflight: (request: Request) => Response | undefined;
  readonly corsify: (response: Response, request: Request) => Response;
}

/** itty-router has no server of its own: its `preflight` and `corsify` run in-process on Web `Request`s, as a Worker runs them. */
function fetchTarget({ preflight, corsify }: IttyCors): ConformanceTarget {
  return {
    async send({ origin, preflight: isPreflight }: ConformanceRequest) {
      const headers = new Headers();
      if (origin !== undefined) headers.set('origin', origin);
      if (isPreflight) headers.set('access-control-request-method', 'PUT');
      const request = new Request('http://127.0.0.1/', { method: isPreflight ? 'OPTIONS' : 'GET', headers });
      const response = preflight(request) ?? corsify(new Response('ok'), request);
      return {
        allowOrigin: response.headers.get('access-control-allow-origin'),
        allowCredentials: response.headers.get('access-control-allow-credentials'),
        vary: response.headers.get('vary'),
      };
    },
    close: async () => {},
  };
}

const drivers: readonly LibraryDriver[] = [
  {
    table: ittyRouterCorsTable,
    version: installedVersion('itty-router'),
    start: async (options) => fetchTarget(cors(options as Parameters<typeof cors>[0]) as unknown as IttyCors),
  },
  {
    table: ittyRouterCreateCorsTable,
    version: installedVersion('itty-router-v4'),
    start: async (options) => fetchTarget(createCors(options as Parameters<typeof createCors>[0]) as unknown as IttyCors),
  },
];

export default drivers;
