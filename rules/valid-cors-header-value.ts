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
  | 'unmatchableAllowlistEntry'
  | 'unmatchableImportedEntry';

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
        "This {{library}} `{{option}}` entry never matches a request: {{reason}} (`{{value}}`). Browsers send `Origin` as `scheme://host[:port]`, so that site's requests fail. Write the exact origin.",
      libraryInvalidOrigin:
        '{{library}} sends an invalid Allow-Origin value: {{reason}} (`{{value}}`). Browsers reject it, so every cross-origin request fails. Use one serialized origin such as `https://app.example.com`.',
      useSerializedOrigin: 'Replace with `{{fixed}}`.',
      invalidAllowOrigin:
        'This Access-Control-Allow-Origin value is invalid: {{reason}} (`{{value}}`). Browsers reject it, so every cross-origin request fails. Send one serialized origin such as `https://app.example.com`, `*` or nothing.',
      multipleAllowOrigin:
        'Access-Control-Allow-Origin holds more than one origin: {{how}}. Browsers see `a, b`, which equals no origin, so cross-origin requests fail. Send only the one allowed request origin.',
      appendedAllowOrigin:
        'Appending Access-Control-Allow-Origin can add a second value: browsers then see `a, b`, which equals no origin, so cross-origin requests fail. Set the header once.',
      setInsteadOfAppend: 'Use `{{method}}` to set the header once.',
      invalidAllowCredentials:
        'Access-Control-Allow-Credentials `{{value}}` is not `true`: browsers accept only the exact text `true`, so credentialed requests fail. Send `true`; to refuse credentials, send no header.',
      useExactTrue: "Replace with `'true'`.",
      removeCredentialsHeader: 'Remove the Access-Control-Allow-Credentials header.',
      invalidMaxAge:
        'Access-Control-Max-Age `{{value}}` is invalid: {{reason}}. Browsers ignore it and repeat the preflight after their 5-second default. Send whole seconds, at most 7200 (the Chromium cap).',
      maxAgeAboveBrowserCaps:
        "Access-Control-Max-Age `{{value}}` is above every browser's cap: no browser keeps a preflight that long (Chromium 7200 s, Firefox 86400 s, WebKit 600 s). Use 7200 or less.",
      unmatchableImportedEntry:
        "An entry of this imported allowlist can never equal a request's `Origin`: {{reason}} (`{{value}}`). Requests from that site are refused. In {{module}}, write the exact serialized origin.",
      unmatchableAllowlistEntry:
        "This allowlist entry can never equal a request's `Origin`: {{reason}} (`{{value}}`). Requests from that site are refused. Write the exact serialized origin (`scheme://host[:port]`).",
    },
    schema: [],
  },
  defaultOptions: [],
  create(context) {
    return defineCorsFindingsListener(context, 'valid-cors-header-value', (finding) => reportFinding(context, finding));
  },
});
