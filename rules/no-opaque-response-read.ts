import { createRule } from '../src/rule-kit/create-rule';
import { defineCorsFindingsListener } from '../src/rule-kit/cors-findings';
import { reportFinding } from '../src/rule-kit/report-finding';
import { ENVIRONMENT_OPTION_SCHEMA, reportsInEnvironment, type EnvironmentOption } from '../src/rule-kit/environment-option';

export type Options = [{ environment?: EnvironmentOption }];
export type MessageIds = 'opaqueRead' | 'methodNotAllowed' | 'headerDropped' | 'contentTypeDropped';

const FIX = "The fix is on the server: answer with `Access-Control-Allow-Origin` set to the page's origin from an allowlist, then drop `mode: 'no-cors'`.";

export default createRule<Options, MessageIds>({
  name: 'no-opaque-response-read',
  meta: {
    type: 'problem',
    docs: {
      description: "Disallow reading the response of a `mode: 'no-cors'` request, and methods or headers that mode refuses, in browser code",
      recommended: true,
      cwe: 'CWE-440',
      severity: 'low',
    },
    messages: {
      opaqueRead: `\`mode: 'no-cors'\` makes this response opaque for any other origin: whatever that server sends, {{outcome}}. ${FIX}`,
      methodNotAllowed: `\`{{method}}\` cannot be sent with \`mode: 'no-cors'\`, which allows only GET, HEAD and POST: {{client}} fails with a TypeError before anything is sent. ${FIX}`,
      headerDropped: `\`{{header}}\` is dropped with \`mode: 'no-cors'\`: the browser silently sends the request without it, since that mode keeps only CORS-safelisted headers (Accept, Accept-Language, Content-Language, and a form Content-Type). ${FIX} The server must also list \`{{header}}\` in \`Access-Control-Allow-Headers\`.`,
      contentTypeDropped: `\`{{header}}: {{value}}\` is dropped with \`mode: 'no-cors'\`: the browser silently sends the request without it, since that mode keeps a Content-Type only when it is text/plain, multipart/form-data or application/x-www-form-urlencoded. ${FIX}`,
    },
    schema: [
      {
        type: 'object',
        properties: { environment: ENVIRONMENT_OPTION_SCHEMA },
        additionalProperties: false,
      },
    ],
  },
  defaultOptions: [{ environment: 'auto' }],
  create(context, [{ environment = 'auto' }]) {
    return defineCorsFindingsListener(context, 'no-opaque-response-read', (finding) => {
      if (reportsInEnvironment(environment, finding.tags)) reportFinding(context, finding);
    });
  },
});
