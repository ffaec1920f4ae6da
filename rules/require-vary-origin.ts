import { createRule } from '../src/rule-kit/create-rule';
import { defineCorsFindingsListener } from '../src/rule-kit/cors-findings';
import { reportFinding } from '../src/rule-kit/report-finding';

export type Options = [];
export type MessageIds = 'missingVary';

export default createRule<Options, MessageIds>({
  name: 'require-vary-origin',
  meta: {
    type: 'problem',
    docs: {
      description: 'Require `Vary: Origin` on every response whose Access-Control-Allow-Origin depends on the request',
      recommended: true,
    },
    hasSuggestions: true,
    messages: {
      missingVary:
        "Access-Control-Allow-Origin depends on the request Origin, but `Vary: Origin` is not sent on every response: a shared cache can serve one origin's answer to another. Append `Vary: Origin` unconditionally, before the origin check.",
    },
    schema: [],
  },
  defaultOptions: [],
  create(context) {
    return defineCorsFindingsListener(context, 'require-vary-origin', (finding) => reportFinding(context, finding));
  },
});
