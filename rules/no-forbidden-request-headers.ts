import { createRule } from '../src/rule-kit/create-rule';
import { defineCorsFindingsListener } from '../src/rule-kit/cors-findings';
import { reportFinding } from '../src/rule-kit/report-finding';
import { ENVIRONMENT_OPTION_SCHEMA, reportsInEnvironment, type EnvironmentOption } from '../src/rule-kit/environment-option';

export type Options = [{ environment?: EnvironmentOption }];
export type MessageIds = 'forbiddenRequestHeader' | 'forbiddenMethodOverride' | 'removeHeader';

export default createRule<Options, MessageIds>({
  name: 'no-forbidden-request-headers',
  meta: {
    type: 'problem',
    docs: {
      description: 'Disallow setting forbidden request headers such as `Origin` in browser code',
      recommended: true,
      cwe: 'CWE-440',
      severity: 'low',
    },
    hasSuggestions: true,
    messages: {
      forbiddenRequestHeader:
        '`{{header}}` is a forbidden request header: browsers drop it from {{client}} requests. {{hint}} Remove it.',
      forbiddenMethodOverride:
        '`{{header}}: {{value}}` tunnels the forbidden method {{method}}: browsers drop it from {{client}} requests, so the server never sees it. Remove it; browsers cannot send {{method}} at all.',
      removeHeader: 'Remove the `{{header}}` header.',
    },
    schema: [
      {
        type: 'object',
        properties: {
          environment: ENVIRONMENT_OPTION_SCHEMA,
        },
        additionalProperties: false,
      },
    ],
  },
  defaultOptions: [{ environment: 'auto' }],
  create(context, [{ environment = 'auto' }]) {
    return defineCorsFindingsListener(context, 'no-forbidden-request-headers', (finding) => {
      if (reportsInEnvironment(environment, finding.tags)) reportFinding(context, finding);
    });
  },
});
