import type { TSESTree } from '@typescript-eslint/utils';
import { CALL, CONSTRUCT } from '@eslint-community/eslint-utils';
import { nameValueCall, readHeadersInit, readRequestOptions } from '../containers';
import { traceValue, type Handler, type HandlerMap } from '../scan';

type Invocation = TSESTree.CallExpression | TSESTree.NewExpression;

/** `fetch(input, init)`: the headers of `init`. */
export const fetchCall: Handler = (scan, node) => void readRequestOptions(scan, 'fetch', (node as Invocation).arguments[1]);

/** `new Request(input, init)`: the headers of `init`. */
const requestConstruct: Handler = (scan, node) => void readRequestOptions(scan, 'request', (node as Invocation).arguments[1]);

/** `Headers#set` and `Headers#append` return nothing, so they are never chained. */
const HEADERS_INSTANCE: HandlerMap = {
  set: { [CALL]: nameValueCall('headers', false) },
  append: { [CALL]: nameValueCall('headers', false) },
};

/** `new Headers(init)` and the instance's `set`/`append`. */
export const headersConstruct: Handler = (scan, node) => {
  readHeadersInit(scan, (node as Invocation).arguments[0], { client: 'headers', owners: [] });
  traceValue(scan, node, HEADERS_INSTANCE);
};

const XHR_INSTANCE: HandlerMap = { setRequestHeader: { [CALL]: nameValueCall('xhr', false) } };

/** `new XMLHttpRequest()` and the instance's `setRequestHeader`. */
const xhrConstruct: Handler = (scan, node) => traceValue(scan, node, XHR_INSTANCE);

/** The web platform's request APIs, reached as globals (`fetch`, `window.fetch`, `globalThis.Headers`). */
export const WEB_GLOBALS: Readonly<Record<string, HandlerMap>> = {
  fetch: { [CALL]: fetchCall },
  Request: { [CONSTRUCT]: requestConstruct },
  Headers: { [CONSTRUCT]: headersConstruct },
  XMLHttpRequest: { [CONSTRUCT]: xhrConstruct },
};
