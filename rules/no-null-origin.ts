import { createRule } from '../src/rule-kit/create-rule';
import { defineCorsFindingsListener } from '../src/rule-kit/cors-findings';
import { reportFinding } from '../src/rule-kit/report-finding';

export type Options = [];
export type MessageIds =
  | 'libraryNullOrigin'
  | 'libraryNullOnMiss'
  | 'removeNullOrigin'
  | 'nullInAllowlist'
  | 'nullComparison'
  | 'nullAllowOrigin'
  | 'jsNullAllowOrigin'
  | 'removeNullCheck';

export default createRule<Options, MessageIds>({
  name: 'no-null-origin',
  meta: {
    type: 'problem',
    docs: {
      description: 'Disallow trusting the `null` origin',
      recommended: true,
      cwe: 'CWE-942',
      severity: 'high',
    },
    hasSuggestions: true,
    messages: {
      libraryNullOrigin:
        '{{library}} allows the origin `null`: any site can send `Origin: null` from a sandboxed iframe or a `data:` URL and read these responses{{impact}}. Remove `null` and list only real origins.',
      libraryNullOnMiss:
        '{{library}} answers `Access-Control-Allow-Origin: null`{{credentials}} to every origin that is not in this list: any site can send `Origin: null` from a sandboxed iframe and read these responses{{impact}}. Configure one origin, or a `cors` function that returns options only for origins in your allowlist ({{note}}).',
      removeNullOrigin: 'Remove `null` from the allowed origins.',
      nullInAllowlist:
        "`'null'` is in this origin allowlist: sandboxed iframes, `data:` URLs and cross-origin redirects all send `Origin: null`, so any site can pass this check and read the response (with the visitor's cookies when credentials are allowed). Remove `'null'`; allow real origins for local development instead.",
      nullComparison:
        'This check lets `Origin: null` in: any site can send it from a sandboxed iframe, a `data:` URL or through a cross-origin redirect, and then read the response. Remove the `null` case.',
      nullAllowOrigin:
        'Access-Control-Allow-Origin is `null`: browsers then share the response with any opaque origin, and every site can get one by loading its page in a sandboxed iframe or from a `data:` URL. To refuse a request, send no Access-Control-Allow-Origin at all.',
      jsNullAllowOrigin:
        'This Access-Control-Allow-Origin value can be JS `null`, which Node, Express, Koa and the Fetch `Headers` send as the text `null`: any site can then read the response from a sandboxed iframe or a `data:` URL, which send `Origin: null`. Do not write the header when the origin is refused.',
      removeNullCheck: 'Remove the `null` origin check.',
    },
    schema: [],
  },
  defaultOptions: [],
  create(context) {
    return defineCorsFindingsListener(context, 'no-null-origin', (finding) => reportFinding(context, finding));
  },
});
