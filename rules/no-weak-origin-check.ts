import { createRule } from '../src/rule-kit/create-rule';
import { defineCorsFindingsListener } from '../src/rule-kit/cors-findings';
import { reportFinding } from '../src/rule-kit/report-finding';

export type Options = [{ checkScheme?: boolean }];
export type MessageIds = 'weakOriginCheck';

export default createRule<Options, MessageIds>({
  name: 'no-weak-origin-check',
  meta: {
    type: 'problem',
    docs: {
      description: 'Disallow origin checks that an attacker-controlled origin can pass',
      recommended: true,
    },
    hasSuggestions: true,
    messages: {
      weakOriginCheck:
        'This origin check accepts {{attackerOrigin}}: {{reason}}. Compare the exact origin against an allowlist instead.',
    },
    schema: [
      {
        type: 'object',
        properties: {
          checkScheme: {
            type: 'boolean',
            description: 'Also report checks that accept `http:` origins, which a network attacker can impersonate.',
          },
        },
        additionalProperties: false,
      },
    ],
  },
  defaultOptions: [{ checkScheme: false }],
  create(context) {
    return defineCorsFindingsListener(context, 'no-weak-origin-check', (finding) => reportFinding(context, finding));
  },
});
