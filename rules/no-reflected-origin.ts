import { createRule } from '../src/rule-kit/create-rule';
import { defineCorsFindingsListener } from '../src/rule-kit/cors-findings';
import { reportFinding } from '../src/rule-kit/report-finding';

export type Options = [];
export type MessageIds = 'reflectedOrigin';

export default createRule<Options, MessageIds>({
  name: 'no-reflected-origin',
  meta: {
    type: 'problem',
    docs: {
      description: 'Disallow reflecting the request Origin into Access-Control-Allow-Origin without an exact allowlist check',
      recommended: true,
    },
    hasSuggestions: true,
    messages: {
      reflectedOrigin:
        'Access-Control-Allow-Origin echoes the request Origin without an exact allowlist check: any site, for example {{attackerOrigin}}, can read this response{{credentialsNote}}. Check the origin against an exact allowlist (`allowedOrigins.has(origin)`) before writing it.',
    },
    schema: [],
  },
  defaultOptions: [],
  create(context) {
    return defineCorsFindingsListener(context, 'no-reflected-origin', (finding) => reportFinding(context, finding));
  },
});
