import { createRule } from '../src/rule-kit/create-rule';
import { defineCorsFindingsListener } from '../src/rule-kit/cors-findings';
import { reportFinding } from '../src/rule-kit/report-finding';

export type Options = [];
export type MessageIds = 'missingVary' | 'libraryOmitsVary' | 'varyOnlyInBranch' | 'varyOverwritten';

export default createRule<Options, MessageIds>({
  name: 'require-vary-origin',
  meta: {
    type: 'problem',
    docs: {
      description: 'Require `Vary: Origin` on every response whose Access-Control-Allow-Origin depends on the request',
      recommended: true,
      cwe: 'CWE-524',
      severity: 'low',
    },
    messages: {
      libraryOmitsVary:
        "{{library}} never sends `Vary: Origin`: a shared cache can replay one origin's Access-Control-Allow-Origin to another, so your own pages fail their CORS check. {{fix}}",
      missingVary:
        "This response depends on Origin but has no `Vary: Origin`: a cache can replay one origin's answer to another, and an attacker who primes it breaks your pages. Append `Vary: Origin` on every response, before the origin check.",
      varyOnlyInBranch:
        '`Vary: Origin` is sent on only some of these responses: a cache can replay a refused or Origin-less answer to an allowed site, whose requests then fail. Append `Vary: Origin` on every response, before the origin check.',
      varyOverwritten:
        "`Vary: Origin` is replaced later by `Vary: {{value}}`: a cache can replay one origin's answer to another, and an attacker who primes it breaks your pages. Add Origin to that Vary value, or append instead of setting.",
    },
    schema: [],
  },
  defaultOptions: [],
  create(context) {
    return defineCorsFindingsListener(context, 'require-vary-origin', (finding) => reportFinding(context, finding));
  },
});
