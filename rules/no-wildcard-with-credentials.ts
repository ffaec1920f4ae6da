import { createRule } from '../src/rule-kit/create-rule';
import { defineCorsFindingsListener } from '../src/rule-kit/cors-findings';
import { reportFinding } from '../src/rule-kit/report-finding';

export type Options = [];
export type MessageIds =
  | 'wildcardWithCredentials'
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
        "{{library}} sends `Access-Control-Allow-Origin: *` together with `Access-Control-Allow-Credentials: true`{{cause}}: browsers refuse every credentialed response, so logged-in requests from your own pages fail. {{fix}} Do not switch to echoing the request origin: that would let any site, for example https://evil.example, read responses with the visitor's cookies.",
      wildcardWithCredentials:
        "This response sends `Access-Control-Allow-Origin: *` together with `Access-Control-Allow-Credentials: true`: browsers refuse every credentialed response, so logged-in requests from your own pages fail. Echo the request origin only after an exact allowlist check (never unconditionally: any site, for example https://evil.example, could then read responses with the visitor's cookies), or drop credentials for a public resource.",
      literalWildcardWithCredentials:
        '`{{header}}: *` is sent with `Access-Control-Allow-Credentials: true`: for credentialed requests browsers read `*` as a literal name, not a wildcard, so preflights for the methods or headers you meant to allow fail and logged-in requests break. List the allowed names explicitly (`Authorization` must always be listed by name).',
    },
    schema: [],
  },
  defaultOptions: [],
  create(context) {
    return defineCorsFindingsListener(context, 'no-wildcard-with-credentials', (finding) => reportFinding(context, finding));
  },
});
