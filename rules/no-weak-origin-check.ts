import { createRule } from '../src/rule-kit/create-rule';
import { defineCorsFindingsListener } from '../src/rule-kit/cors-findings';
import { reportFinding } from '../src/rule-kit/report-finding';

export type Options = [{ checkScheme?: boolean }];
export type MessageIds = 'weakOriginCheck' | 'useExactOrigin' | 'useSubdomainCheck' | 'useAnchoredRegex' | 'splitAllowlist';

export default createRule<Options, MessageIds>({
  name: 'no-weak-origin-check',
  meta: {
    type: 'problem',
    docs: {
      description: 'Disallow origin checks that an attacker-controlled origin can pass',
      recommended: true,
      cwe: 'CWE-346',
      severity: 'high',
    },
    hasSuggestions: true,
    messages: {
      weakOriginCheck:
        'This origin check lets {{attackerOrigin}} read responses: {{reason}}. {{fix}}.',
      useExactOrigin: 'Compare the whole origin with {{origins}}.',
      useSubdomainCheck: 'Allow only {{host}} and its subdomains: `{{replacement}}`.',
      useAnchoredRegex: 'Use the anchored, escaped pattern {{pattern}}.',
      splitAllowlist: 'Split {{allowlist}} on commas and compare whole origins.',
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
  create(context, [{ checkScheme }]) {
    return defineCorsFindingsListener(context, 'no-weak-origin-check', (finding) => {
      // Plain-HTTP-only findings are opt-in: many APIs allow `http://` origins on purpose in development.
      if (finding.tags?.scheme === 'http' && !checkScheme) return;
      reportFinding(context, finding);
    });
  },
});
