import { createRule } from '../src/rule-kit/create-rule';
import { defineCorsFindingsListener } from '../src/rule-kit/cors-findings';
import { reportFinding } from '../src/rule-kit/report-finding';

export type Options = [];
export type MessageIds =
  | 'libraryNullOrigin'
  | 'libraryNullOnMiss'
  | 'removeNullOrigin'
  | 'nullInAllowlist'
  | 'nullInImportedAllowlist'
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
        '{{library}} allows the origin `null`: any site can send `Origin: null` from a sandboxed iframe or a `data:` URL and read these responses{{impact}}. Remove `null`; list only real origins.',
      libraryNullOnMiss:
        '{{library}} answers Allow-Origin `null` to origins not in this list: any site can send `Origin: null` from a sandboxed iframe and read responses{{impact}}. Return options only for allowed origins ({{note}}).',
      removeNullOrigin: 'Remove `null` from the allowed origins.',
      nullInAllowlist:
        "`'null'` is in this origin allowlist: any site can send `Origin: null` from a sandboxed iframe or a `data:` URL, pass the check and read the response. Remove `'null'`; list real local origins for development.",
      nullInImportedAllowlist:
        "`'null'` is in this imported origin allowlist: any site can send `Origin: null` from a sandboxed iframe or a `data:` URL and pass the check. Remove it from `{{list}}` in {{module}}.",
      nullComparison:
        'This check lets `Origin: null` in: any site can send it from a sandboxed iframe, a `data:` URL or a cross-origin redirect, and read the response. Remove the `null` case.',
      nullAllowOrigin:
        'Access-Control-Allow-Origin is `null`: any site can load its page in a sandboxed iframe, send `Origin: null` and read the response. To refuse a request, send no Access-Control-Allow-Origin.',
      jsNullAllowOrigin:
        'This Allow-Origin value can be JS `null`, sent as the text `null`: any site can read the response from a sandboxed iframe, which sends `Origin: null`. Do not write the header when the origin is refused.',
      removeNullCheck: 'Remove the `null` origin check.',
    },
    schema: [],
  },
  defaultOptions: [],
  create(context) {
    return defineCorsFindingsListener(context, 'no-null-origin', (finding) => reportFinding(context, finding));
  },
});
