import { createRule } from '../src/rule-kit/create-rule';
import { defineCorsFindingsListener } from '../src/rule-kit/cors-findings';
import { reportFinding } from '../src/rule-kit/report-finding';
import { ENVIRONMENT_OPTION_SCHEMA, reportsInEnvironment, type EnvironmentOption } from '../src/rule-kit/environment-option';

export type Options = [{ environment?: EnvironmentOption }];
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
        '`{{header}}` is a response header, set here on a request through {{client}}: it grants nothing, and since it is not CORS-safelisted it turns a simple cross-origin request into a preflighted one, which a server that does not allow this header refuses. Remove it: access is granted by the server, in the CORS headers of its response, to the origins in its allowlist.',
      removeHeader: 'Remove the `{{header}}` header.',
    },
    schema: [
      {
        type: 'object',
        properties: { environment: ENVIRONMENT_OPTION_SCHEMA },
        additionalProperties: false,
      },
    ],
  },
  defaultOptions: [{ environment: 'auto' }],
  create(context, [{ environment = 'auto' }]) {
    return defineCorsFindingsListener(context, 'no-cors-headers-in-request', (finding) => {
      if (reportsInEnvironment(environment, finding.tags)) reportFinding(context, finding);
    });
  },
});
