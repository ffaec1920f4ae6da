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
        "{{library}} answers each origin with its own Access-Control-Allow-Origin but never sends `Vary: Origin`: a shared cache can replay one origin's answer to another, so trusted pages get a response without their CORS header. {{fix}}",
      missingVary:
        "Access-Control-Allow-Origin depends on the request Origin, but this response carries no `Vary: Origin`: a browser or shared cache can store the answer for one origin and replay it for another, so an attacker who primes the cache can make your own pages fail their CORS check, or have one origin's answer served to a different one. Append `Vary: Origin` unconditionally, before the origin check.",
      varyOnlyInBranch:
        "Access-Control-Allow-Origin depends on the request Origin, but `Vary: Origin` is only sent on some of this handler's responses (inside the origin decision, or after an early exit): a browser or shared cache can store a refused or Origin-less response without Vary and replay it to an allowed site, whose requests then fail, or replay one origin's answer to another. Append `Vary: Origin` unconditionally, before the origin check.",
      varyOverwritten:
        "`Vary: Origin` is replaced later by `Vary: {{value}}`, so the response leaves without Origin in Vary while its Access-Control-Allow-Origin depends on the request: a shared cache can replay one origin's answer to another, and an attacker who primes it can make your own pages fail their CORS check. Add Origin to that Vary value, or append instead of setting.",
    },
    schema: [],
  },
  defaultOptions: [],
  create(context) {
    return defineCorsFindingsListener(context, 'require-vary-origin', (finding) => reportFinding(context, finding));
  },
});
