import { createRule } from '../src/rule-kit/create-rule';
import { defineCorsFindingsListener } from '../src/rule-kit/cors-findings';
import { reportFinding } from '../src/rule-kit/report-finding';

export type Options = [];
export type MessageIds = 'reflectedOrigin' | 'allowlistOrigin' | 'libraryReflectsOrigin';

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
      libraryReflectsOrigin:
        '{{library}} {{cause}}, so the browser receives an Access-Control-Allow-Origin equal to whichever origin asks{{credentials}}: any site, for example {{attackerOrigin}}, can read these responses{{impact}}. {{fix}}',
      reflectedOrigin:
        'The browser receives an Access-Control-Allow-Origin equal to whichever origin sent the request, with no allowlist check: any site, for example {{attackerOrigin}}, can read this response{{credentialsNote}}. Write the header only when an exact allowlist has the origin (`if (allowedOrigins.has(origin))`), and send no Allow-Origin otherwise.',
      allowlistOrigin: 'Write Access-Control-Allow-Origin only when `{{allowlist}}.has({{origin}})`{{declaration}}.',
    },
    schema: [],
  },
  defaultOptions: [],
  create(context) {
    return defineCorsFindingsListener(context, 'no-reflected-origin', (finding) => reportFinding(context, finding));
  },
});
