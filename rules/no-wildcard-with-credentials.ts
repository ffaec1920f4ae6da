import { createRule } from '../src/rule-kit/create-rule';
import { defineCorsFindingsListener } from '../src/rule-kit/cors-findings';
import { reportFinding } from '../src/rule-kit/report-finding';

export type Options = [];
export type MessageIds =
  | 'wildcardWithCredentials'
  | 'wildcardFallbackWithCredentials'
  | 'libraryWildcardWithCredentials'
  | 'literalWildcardWithCredentials';

export default createRule<Options, MessageIds>({
  name: 'no-wildcard-with-credentials',
  meta: {
    type: 'problem',
    docs: {
      description: 'Disallow `*` in CORS response headers together with credentials',
      recommended: true,
      cwe: 'CWE-942',
      severity: 'low',
    },
    messages: {
      libraryWildcardWithCredentials:
        '{{library}} sends Allow-Origin `*` with credentials{{cause}}: browsers refuse every credentialed response, so your own logged-in pages fail. {{fix}} Never echo the origin unchecked.',
      wildcardWithCredentials:
        'Allow-Origin `*` is sent with credentials: browsers refuse every credentialed response, so your own logged-in pages fail. Echo the origin only after an exact allowlist check, or drop credentials for a public resource.',
      wildcardFallbackWithCredentials:
        'Origins this check refuses get Allow-Origin `*` (with credentials on): any site can still read this response without cookies. Send no Access-Control-Allow-Origin to a refused origin.',
      literalWildcardWithCredentials:
        '`{{header}}: *` is a literal name, not a wildcard, with credentials: preflights for what you meant to allow fail. List the names explicitly (`Authorization` always by name).',
    },
    schema: [],
  },
  defaultOptions: [],
  create(context) {
    return defineCorsFindingsListener(context, 'no-wildcard-with-credentials', (finding) => reportFinding(context, finding));
  },
});
