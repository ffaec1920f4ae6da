import { createRule } from '../src/rule-kit/create-rule';
import { defineCorsFindingsListener } from '../src/rule-kit/cors-findings';
import { reportFinding } from '../src/rule-kit/report-finding';

export type Options = [];
export type MessageIds =
  | 'reflectedOrigin'
  | 'reflectedOriginInDevelopment'
  | 'reflectedOriginThroughHelper'
  | 'allowlistOrigin'
  | 'libraryReflectsOrigin'
  | 'libraryReflectsOriginInDevelopment';

export default createRule<Options, MessageIds>({
  name: 'no-reflected-origin',
  meta: {
    type: 'problem',
    docs: {
      description: 'Disallow reflecting the request Origin into Access-Control-Allow-Origin without an exact allowlist check',
      recommended: true,
      cwe: 'CWE-942',
      severity: 'high',
    },
    hasSuggestions: true,
    messages: {
      reflectedOrigin:
        'Access-Control-Allow-Origin echoes the request Origin unchecked: any site, such as {{attackerOrigin}}, can read this response{{credentialsNote}}. Send it only when an exact allowlist has the origin (`allowedOrigins.has(origin)`).',
      reflectedOriginInDevelopment:
        'A development-only branch echoes any request Origin: `{{condition}}`, and {{reach}}. Any site, e.g. {{attackerOrigin}}, can read this response. Allow an exact list of local origins instead.',
      reflectedOriginThroughHelper:
        'Access-Control-Allow-Origin echoes this Origin unchecked: `{{helper}}` ({{module}}) writes it. Any site, e.g. {{attackerOrigin}}, reads the response{{credentialsNote}}. Check an exact allowlist in the helper or at the call.',
      libraryReflectsOrigin:
        '{{library}} reflects any origin: {{cause}}. Any site, e.g. {{attackerOrigin}}, reads responses{{impact}}. {{fix}}',
      libraryReflectsOriginInDevelopment:
        '{{library}} reflects any origin in a development-only branch: `{{condition}}`, and {{reach}}. Any site, e.g. {{attackerOrigin}}, can read responses{{impact}}. Allow an exact list of local origins instead.',
      allowlistOrigin: 'Write Access-Control-Allow-Origin only when `{{allowlist}}.has({{origin}})`{{declaration}}.',
    },
    schema: [],
  },
  defaultOptions: [],
  create(context) {
    return defineCorsFindingsListener(context, 'no-reflected-origin', (finding) => reportFinding(context, finding));
  },
});
