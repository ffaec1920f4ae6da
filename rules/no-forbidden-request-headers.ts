import { createRule } from '../src/rule-kit/create-rule';
import { defineCorsFindingsListener } from '../src/rule-kit/cors-findings';
import { reportFinding } from '../src/rule-kit/report-finding';

export type Options = [{ environment?: 'auto' | 'browser' | 'any' }];
export type MessageIds = 'forbiddenRequestHeader';

export default createRule<Options, MessageIds>({
  name: 'no-forbidden-request-headers',
  meta: {
    type: 'problem',
    docs: {
      description: 'Disallow setting forbidden request headers such as `Origin` in browser code',
      recommended: true,
    },
    hasSuggestions: true,
    messages: {
      forbiddenRequestHeader:
        'Browsers silently drop the forbidden request header `{{header}}`, so this code does not send what it appears to. Remove it.',
    },
    schema: [
      {
        type: 'object',
        properties: {
          environment: {
            type: 'string',
            enum: ['auto', 'browser', 'any'],
            description:
              "Which files count as browser code: 'auto' decides per file from its imports and globals, 'browser' treats every file as browser code, 'any' reports even in server code.",
          },
        },
        additionalProperties: false,
      },
    ],
  },
  defaultOptions: [{ environment: 'auto' }],
  create(context) {
    return defineCorsFindingsListener(context, 'no-forbidden-request-headers', (finding) => reportFinding(context, finding));
  },
});
