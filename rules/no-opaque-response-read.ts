import { createRule } from '../src/rule-kit/create-rule';
import { ENVIRONMENT_RULE_SCHEMA, defineBrowserFindingsListener, type EnvironmentOptions } from '../src/rule-kit/environment-option';

export type Options = EnvironmentOptions;
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
    schema: ENVIRONMENT_RULE_SCHEMA,
  },
  defaultOptions: [{ environment: 'auto' }],
  create(context, [{ environment = 'auto' }]) {
    return defineBrowserFindingsListener(context, 'no-opaque-response-read', environment);
  },
});
