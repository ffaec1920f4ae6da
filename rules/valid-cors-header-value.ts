import { createRule } from '../src/rule-kit/create-rule';
import { defineCorsFindingsListener } from '../src/rule-kit/cors-findings';
import { reportFinding } from '../src/rule-kit/report-finding';

export type Options = [];
export type MessageIds = 'invalidAllowOrigin';

export default createRule<Options, MessageIds>({
  name: 'valid-cors-header-value',
  meta: {
    type: 'problem',
    docs: {
      description: 'Require CORS response header values that browsers accept',
      recommended: true,
    },
    hasSuggestions: true,
    messages: {
      invalidAllowOrigin:
        '`{{value}}` is not a valid Access-Control-Allow-Origin value: {{reason}}. Browsers accept one serialized origin, `*` or `null`.',
    },
    schema: [],
  },
  defaultOptions: [],
  create(context) {
    return defineCorsFindingsListener(context, 'valid-cors-header-value', (finding) => reportFinding(context, finding));
  },
});
