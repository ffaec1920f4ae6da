import type { TSESTree } from '@typescript-eslint/utils';
import { CALL } from '@eslint-community/eslint-utils';
import { findProperty, nameValueCall, readRequestOptions } from '../containers';
import { hookFunctions, traceParameter } from '../hook-functions';
import { traceGlobals, traceModule, type Handler, type HandlerMap, type Scan } from '../scan';

/** `beforeSend(jqXHR, settings)`: `jqXHR.setRequestHeader(name, value)`. */
const JQXHR_PARAMETER: HandlerMap = { setRequestHeader: { [CALL]: nameValueCall('jquery', false) } };

/** jQuery settings: `headers`, and a `beforeSend` hook that sets headers on the jqXHR. */
function readJquerySettings(scan: Scan, node: TSESTree.Node | null | undefined): void {
  const settings = readRequestOptions(scan, 'jquery', node);
  const beforeSend = settings && findProperty(scan, settings, 'beforeSend');
  for (const fn of hookFunctions(scan, beforeSend?.value)) traceParameter(scan, fn, 0, JQXHR_PARAMETER);
}

/** `$.ajax(settings)` and `$.ajax(url, settings)`. */
const ajax: Handler = (scan, node) => {
  const { arguments: args } = node as TSESTree.CallExpression;
  readJquerySettings(scan, args.length >= 2 ? args[1] : args[0]);
};

/** `$.ajaxSetup(settings)`, and the settings-object forms `$.get({ url, headers })`, `$.post({ ... })`. */
const settingsFirst: Handler = (scan, node) => {
  const { arguments: args } = node as TSESTree.CallExpression;
  if (args.length === 1) readJquerySettings(scan, args[0]);
};

const JQUERY: HandlerMap = {
  ajax: { [CALL]: ajax },
  ajaxSetup: { [CALL]: settingsFirst },
  get: { [CALL]: settingsFirst },
  post: { [CALL]: settingsFirst },
};

/** jQuery: the `$` and `jQuery` globals of a page, and `import $ from 'jquery'` / `require('jquery')`. */
export function traceJquery(scan: Scan): void {
  traceGlobals(scan, { $: JQUERY, jQuery: JQUERY });
  traceModule(scan, 'jquery', { default: JQUERY }, { ...JQUERY, default: JQUERY });
}
