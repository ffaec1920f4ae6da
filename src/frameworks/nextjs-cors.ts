import type { FrameworkTable } from './types';
import { CORS_PACKAGE_SEMANTICS } from './cors';

/** `nextjs-cors`: `await NextCors(req, res, opts)` wraps expressjs/cors. */
export const nextjsCorsTable: FrameworkTable = {
  library: 'nextjs-cors',
  sites: [
    {
      kind: 'call',
      exports: [
        { module: 'nextjs-cors', path: [] },
        { module: 'nextjs-cors', path: ['default'] },
      ],
      options: { argument: 2, paths: [[]], whenAbsent: 'defaults' },
    },
  ],
  ...CORS_PACKAGE_SEMANTICS,
};
