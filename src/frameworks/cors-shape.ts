import type { FrameworkTable } from './types';
import { CORS_PACKAGE_SEMANTICS } from './cors';

/**
 * Options objects recognized by their shape in a module that imports no CORS library
 * (`module.exports = { origin: (origin, cb) => …, credentials: true }`). Their consumer is out of
 * sight, so they are read as the `cors` package reads them: the options shape that Express, Nest,
 * socket.io and Apollo all hand to it. No call sites: src/analysis/library-configs/shaped-configs.ts finds them.
 */
export const corsShapeTable: FrameworkTable = {
  library: 'The exported CORS options object',
  sites: [],
  ...CORS_PACKAGE_SEMANTICS,
};
