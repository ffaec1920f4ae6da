import type { TSESTree } from '@typescript-eslint/utils';
import { CALL, READ } from '@eslint-community/eslint-utils';
import { headersObjectUses, readRequestOptions } from '../containers';
import { hookFunctions, traceParameter } from '../hook-functions';
import { traceModule, traceValue, type Handler, type HandlerMap, type Scan } from '../scan';

/** Which argument holds the request config. */
function configAt(index: number): Handler {
  return (scan, node) => void readRequestOptions(scan, 'axios', (node as TSESTree.CallExpression).arguments[index], true);
}

/** `axios(config)` or `axios(url, config)`. */
const callInstance: Handler = (scan, node) => {
  const { arguments: args } = node as TSESTree.CallExpression;
  void readRequestOptions(scan, 'axios', args.length >= 2 ? args[1] : args[0], true);
};

/** `axios.create(config)`: the defaults, and everything done with the new instance. */
const create: Handler = (scan, node) => {
  configAt(0)(scan, node);
  traceValue(scan, node, INSTANCE);
};

/** In an interceptor `config.headers` is an `AxiosHeaders`, whose `set` returns itself. */
const CONFIG_PARAMETER: HandlerMap = { headers: { [READ]: headersObjectUses('axios', true) } };

/** `interceptors.request.use(onFulfilled)`: writes to the config's headers. */
const requestInterceptor: Handler = (scan, node) => {
  for (const fn of hookFunctions(scan, (node as TSESTree.CallExpression).arguments[0]))
    traceParameter(scan, fn, 0, CONFIG_PARAMETER);
};

/** `defaults.headers` and its `common` / per-method buckets are plain objects. */
const bucket: HandlerMap = { [READ]: headersObjectUses('axios', false) };

const METHOD_BUCKETS = ['get', 'delete', 'head', 'options', 'post', 'put', 'patch'] as const;

/** An axios instance: the default export and every `axios.create()` result. */
const INSTANCE: HandlerMap = {
  [CALL]: callInstance,
  request: { [CALL]: configAt(0) },
  ...Object.fromEntries(['get', 'delete', 'head', 'options'].map((method) => [method, { [CALL]: configAt(1) }])),
  ...Object.fromEntries(
    ['post', 'put', 'patch', 'postForm', 'putForm', 'patchForm'].map((method) => [method, { [CALL]: configAt(2) }]),
  ),
  create: { [CALL]: create },
  defaults: {
    headers: { ...bucket, common: bucket, ...Object.fromEntries(METHOD_BUCKETS.map((method) => [method, bucket])) },
  },
  interceptors: { request: { use: { [CALL]: requestInterceptor } } },
};

/** axios: `import axios from 'axios'`, `require('axios')` (also `.default`), and destructured methods. */
export function traceAxios(scan: Scan): void {
  traceModule(scan, 'axios', { default: INSTANCE }, { ...INSTANCE, default: INSTANCE });
}
