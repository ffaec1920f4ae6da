import { createRule } from '../src/rule-kit/create-rule';
import { ENVIRONMENT_RULE_SCHEMA, defineBrowserFindingsListener, type EnvironmentOptions } from '../src/rule-kit/environment-option';

export type Options = EnvironmentOptions;
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
    schema: ENVIRONMENT_RULE_SCHEMA,
  },
  defaultOptions: [{ environment: 'auto' }],
  create(context, [{ environment = 'auto' }]) {
    return defineBrowserFindingsListener(context, 'no-forbidden-request-headers', environment);
  },
});
