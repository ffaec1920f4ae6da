import { createRule } from '../src/rule-kit/create-rule';
import { defineCorsFindingsListener } from '../src/rule-kit/cors-findings';
import { reportFinding } from '../src/rule-kit/report-finding';

export type Options = [];
export type MessageIds = 'trustsNullOrigin';

export default createRule<Options, MessageIds>({
  name: 'no-null-origin',
  meta: {
    type: 'problem',
    docs: {
      description: 'Disallow trusting the `null` origin',
      recommended: true,
    },
    hasSuggestions: true,
    messages: {
      trustsNullOrigin:
        'The `null` origin is trusted here, but any site can send `Origin: null` from a sandboxed iframe, so it can read this response. Remove `null` from the allowlist.',
    },
    schema: [],
  },
  defaultOptions: [],
  create(context) {
    return defineCorsFindingsListener(context, 'no-null-origin', (finding) => reportFinding(context, finding));
  },
});
