import type { TSESTree } from '@typescript-eslint/utils';
import type { CorsFile } from './file-context';
import { findCorsConfigs } from './library-configs/find-configs';
import { parameterIdentifier, resolveFunction } from './library-configs/callback-function';
import { exportedOriginPredicates } from './library-configs/shaped-configs';

const parametersCache = new WeakMap<TSESTree.Program, ReadonlySet<TSESTree.Identifier>>();

/**
 * Parameters that receive the request origin from a CORS library: `cors({ origin: (o, cb) => ... })`,
 * hono `(origin, c)`, middy `getOrigin(incoming)`, Adonis `(origin, ctx)`, h3 `(origin) => boolean`.
 * Found through the framework tables, so a look-alike function elsewhere is not one. Callbacks that
 * receive a context or request instead (`@koa/cors` `(ctx)`, tinyhttp `(req, res)`, Elysia
 * `(request)`) have none: their origin reads are header reads.
 */
export function originCallbackParameters(file: CorsFile): ReadonlySet<TSESTree.Identifier> {
  let parameters = parametersCache.get(file.program);
  if (parameters) return parameters;
  const found = new Set<TSESTree.Identifier>();
  for (const config of findCorsConfigs(file)) {
    const index = config.table.origin.callback?.originParameter;
    for (const option of config.originOptions) {
      const fn = resolveFunction(file, option.value);
      const parameter = fn && parameterIdentifier(fn, index);
      if (parameter) found.add(parameter);
    }
  }
  // Exported origin predicates receive the origin from a CORS decision in another module.
  for (const parameter of exportedOriginPredicates(file).values()) found.add(parameter);
  parameters = found;
  parametersCache.set(file.program, parameters);
  return parameters;
}
