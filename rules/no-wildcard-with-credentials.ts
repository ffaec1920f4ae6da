import { createRule } from '../src/rule-kit/create-rule';
import { defineCorsFindingsListener } from '../src/rule-kit/cors-findings';
import { reportFinding } from '../src/rule-kit/report-finding';

export type Options = [];
export type MessageIds = 'wildcardWithCredentials';

export default createRule<Options, MessageIds>({
  name: 'no-wildcard-with-credentials',
  meta: {
    type: 'problem',
    docs: {
      description: 'Disallow `*` in CORS response headers together with credentials',
      recommended: true,
    },
    hasSuggestions: true,
    messages: {
      wildcardWithCredentials:
        'Access-Control-Allow-Origin is `*` while credentials are allowed: browsers refuse every credentialed response, so logged-in requests from trusted pages fail. Echo the origin only after an exact allowlist check, or drop credentials for a public resource.',
    },
    schema: [],
  },
  defaultOptions: [],
  create(context) {
    return defineCorsFindingsListener(context, 'no-wildcard-with-credentials', (finding) => reportFinding(context, finding));
  },
});
