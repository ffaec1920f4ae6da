import { createRule } from '../src/rule-kit/create-rule';
import { defineCorsFindingsListener } from '../src/rule-kit/cors-findings';
import { reportFinding } from '../src/rule-kit/report-finding';

export type Options = [];
export type MessageIds =
  | 'invalidAllowOrigin'
  | 'libraryOriginNeverMatches'
  | 'libraryInvalidOrigin'
  | 'useSerializedOrigin'
  | 'multipleAllowOrigin'
  | 'appendedAllowOrigin'
  | 'setInsteadOfAppend'
  | 'invalidAllowCredentials'
  | 'useExactTrue'
  | 'removeCredentialsHeader'
  | 'invalidMaxAge'
  | 'maxAgeAboveBrowserCaps'
  | 'unmatchableAllowlistEntry';

export default createRule<Options, MessageIds>({
  name: 'valid-cors-header-value',
  meta: {
    type: 'problem',
    docs: {
      description: 'Require CORS response header values that browsers accept',
      recommended: true,
      cwe: 'CWE-440',
      severity: 'low',
    },
    hasSuggestions: true,
    messages: {
      libraryOriginNeverMatches:
        '`{{value}}` in the {{library}} `{{option}}` option can never match: {{reason}}. Browsers send `Origin` as `scheme://host[:port]`, so requests from that site get no Access-Control-Allow-Origin and fail. Write the exact origin.',
      libraryInvalidOrigin:
        '{{library}} sends `{{value}}` as Access-Control-Allow-Origin, which browsers reject: {{reason}}. Every cross-origin request to it fails. Use one serialized origin such as `https://app.example.com`.',
      useSerializedOrigin: 'Replace with `{{fixed}}`.',
      invalidAllowOrigin:
        '`{{value}}` is not a valid Access-Control-Allow-Origin value: {{reason}}. Browsers reject it, so every cross-origin request to this response fails. Send one serialized origin such as `https://app.example.com`, `*` or nothing.',
      multipleAllowOrigin:
        'This response sends Access-Control-Allow-Origin more than once ({{how}}): browsers join the lines into `a, b`, which equals no origin, so every cross-origin request fails. Check the request origin against your allowlist and send only that one origin.',
      appendedAllowOrigin:
        'Appending Access-Control-Allow-Origin adds a second line when one is already set: browsers join them into `a, b`, which equals no origin, so cross-origin requests fail. Set the header once.',
      setInsteadOfAppend: 'Use `{{method}}` to set the header once.',
      invalidAllowCredentials:
        'Access-Control-Allow-Credentials is `{{value}}`, but browsers accept only the exact text `true`: anything else fails every credentialed request. Send `true` to allow credentials; to refuse them, do not send the header.',
      useExactTrue: "Replace with `'true'`.",
      removeCredentialsHeader: 'Remove the Access-Control-Allow-Credentials header.',
      invalidMaxAge:
        'Access-Control-Max-Age `{{value}}` is not valid: {{reason}}. Browsers ignore it and re-send the preflight after their 5-second default. Send a whole number of seconds, at most 7200 (the Chromium cap).',
      maxAgeAboveBrowserCaps:
        "Access-Control-Max-Age `{{value}}` is above every browser's cap (Chromium 7200 s, Firefox 86400 s, WebKit 600 s): no browser caches the preflight that long. Use 7200 or less.",
      unmatchableAllowlistEntry:
        "`{{value}}` can never equal a request's `Origin` header: {{reason}}. Requests from that site are refused. Write the exact serialized origin (`scheme://host[:port]`).",
    },
    schema: [],
  },
  defaultOptions: [],
  create(context) {
    return defineCorsFindingsListener(context, 'valid-cors-header-value', (finding) => reportFinding(context, finding));
  },
});
