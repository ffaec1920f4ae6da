import { createRule } from '../src/rule-kit/create-rule';
import { ENVIRONMENT_RULE_SCHEMA, defineBrowserFindingsListener, type EnvironmentOptions } from '../src/rule-kit/environment-option';

export type Options = EnvironmentOptions;
export type MessageIds = 'corsHeaderInRequest' | 'removeHeader';

export default createRule<Options, MessageIds>({
  name: 'no-cors-headers-in-request',
  meta: {
    type: 'problem',
    docs: {
      description: 'Disallow CORS response headers such as `Access-Control-Allow-Origin` set on requests in browser code',
      recommended: true,
      cwe: 'CWE-440',
      severity: 'low',
    },
    hasSuggestions: true,
    messages: {
      corsHeaderInRequest:
        '`{{header}}` is a response header sent as a request header: through {{client}} it grants nothing and forces a preflight that servers not allowing it refuse. Remove it; the server grants access in its response.',
      removeHeader: 'Remove the `{{header}}` header.',
    },
    schema: ENVIRONMENT_RULE_SCHEMA,
  },
  defaultOptions: [{ environment: 'auto' }],
  create(context, [{ environment = 'auto' }]) {
    return defineBrowserFindingsListener(context, 'no-cors-headers-in-request', environment);
  },
});
