import { createRule } from '../src/rule-kit/create-rule';
import { defineCorsFindingsListener } from '../src/rule-kit/cors-findings';
import { reportFinding } from '../src/rule-kit/report-finding';
import { ENVIRONMENT_OPTION_SCHEMA, reportsInEnvironment, type EnvironmentOption } from '../src/rule-kit/environment-option';

export type Options = [{ environment?: EnvironmentOption }];
export type MessageIds = 'opaqueRead' | 'methodNotAllowed' | 'headerDropped' | 'contentTypeDropped';

const FIX = "Fix it on the server: allow the page's origin, then drop `mode: 'no-cors'`.";

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
      opaqueRead: `The response of a \`mode: 'no-cors'\` request is opaque: {{outcome}}, whatever another origin's server sends. ${FIX}`,
      methodNotAllowed: `\`{{method}}\` cannot be sent with \`mode: 'no-cors'\`: {{client}} throws a TypeError before sending, since that mode allows only GET, HEAD and POST. ${FIX}`,
      headerDropped: `\`{{header}}\` is dropped in \`mode: 'no-cors'\`: the browser sends only CORS-safelisted headers. ${FIX} The server must also allow \`{{header}}\` in \`Access-Control-Allow-Headers\`.`,
      contentTypeDropped: `\`{{header}}: {{value}}\` is dropped in \`mode: 'no-cors'\`: that mode keeps only a text/plain, multipart/form-data or urlencoded Content-Type. ${FIX}`,
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
