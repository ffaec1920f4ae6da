import noReflectedOrigin from './no-reflected-origin';
import noWildcardWithCredentials from './no-wildcard-with-credentials';
import requireVaryOrigin from './require-vary-origin';
import noForbiddenRequestHeaders from './no-forbidden-request-headers';
import noWeakOriginCheck from './no-weak-origin-check';
import noNullOrigin from './no-null-origin';
import validCorsHeaderValue from './valid-cors-header-value';
import noOpaqueResponseRead from './no-opaque-response-read';
import noCorsHeadersInRequest from './no-cors-headers-in-request';

/** Every rule, keyed by id. The id is also the rule's file name and docs page. */
export const rules = {
  'no-reflected-origin': noReflectedOrigin,
  'no-wildcard-with-credentials': noWildcardWithCredentials,
  'require-vary-origin': requireVaryOrigin,
  'no-forbidden-request-headers': noForbiddenRequestHeaders,
  'no-weak-origin-check': noWeakOriginCheck,
  'no-null-origin': noNullOrigin,
  'valid-cors-header-value': validCorsHeaderValue,
  'no-opaque-response-read': noOpaqueResponseRead,
  'no-cors-headers-in-request': noCorsHeadersInRequest,
};
