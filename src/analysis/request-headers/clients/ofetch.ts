import type { TSESTree } from '@typescript-eslint/utils';
import { CALL, CONSTRUCT, READ } from '@eslint-community/eslint-utils';
import { findProperty, headersObjectUses, readRequestOptions } from '../containers';
import { hookFunctions, traceParameter } from '../hook-functions';
import { traceModule, traceValue, type Handler, type HandlerMap, type Scan } from '../scan';
import { fetchCall, headersConstruct } from './web';

/** `onRequest({ request, options })`: `options.headers` is already a web `Headers`. */
const CONTEXT_PARAMETER: HandlerMap = { options: { headers: { [READ]: headersObjectUses('ofetch', false) } } };

/** ofetch options: `headers`, and the `onRequest` hook (one function or an array). */
function readOfetchOptions(scan: Scan, node: TSESTree.Node | null | undefined): void {
  const options = readRequestOptions(scan, 'ofetch', node);
  const onRequest = options && findProperty(scan, options, 'onRequest');
  for (const fn of hookFunctions(scan, onRequest?.value)) traceParameter(scan, fn, 0, CONTEXT_PARAMETER);
}

function optionsAt(index: number): Handler {
  return (scan, node) => readOfetchOptions(scan, (node as TSESTree.CallExpression).arguments[index]);
}

/** `ofetch.create(defaults)`: the defaults, and everything done with the new instance. */
const create: Handler = (scan, node) => {
  optionsAt(0)(scan, node);
  traceValue(scan, node, INSTANCE);
};

/** An ofetch instance: `ofetch`, `$fetch`, and every `create` result. */
const INSTANCE: HandlerMap = {
  [CALL]: optionsAt(1),
  raw: { [CALL]: optionsAt(1) },
  native: { [CALL]: fetchCall },
  create: { [CALL]: create },
};

/** ofetch's named exports; its `fetch` and `Headers` are the platform's. */
const EXPORTS: HandlerMap = {
  ofetch: INSTANCE,
  $fetch: INSTANCE,
  fetch: { [CALL]: fetchCall },
  Headers: { [CONSTRUCT]: headersConstruct },
};

/** ofetch through imports and `require`; Nuxt's global `$fetch` is traced with the web globals. */
export function traceOfetch(scan: Scan): void {
  traceModule(scan, 'ofetch', EXPORTS, EXPORTS);
}

/** `$fetch` as a global (Nuxt auto-imports it). */
export const OFETCH_GLOBALS: Readonly<Record<string, HandlerMap>> = { $fetch: INSTANCE };
