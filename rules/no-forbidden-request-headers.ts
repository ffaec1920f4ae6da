import { createRule } from '../src/rule-kit/create-rule';
import { defineCorsFindingsListener } from '../src/rule-kit/cors-findings';
import { reportFinding } from '../src/rule-kit/report-finding';
import type { Finding } from '../src/model/finding';

export type EnvironmentOption = 'auto' | 'browser' | 'any';
export type Options = [{ environment?: EnvironmentOption }];
export type MessageIds = 'forbiddenRequestHeader' | 'forbiddenMethodOverride' | 'removeHeader';

/**
 * Which findings each option reports, from the file's environment tags:
 * - `auto`: everything except files that declare or import server code;
 * - `browser`: everything except files that declare themselves server code (`'use server'`,
 *   `server-only`, `*.server.ts`), which bundlers never ship to a browser;
 * - `any`: everything, server code included.
 */
const REPORTS: Readonly<Record<EnvironmentOption, (tags: Finding['tags']) => boolean>> = {
  auto: (tags) => tags?.environment !== 'server',
  browser: (tags) => !(tags?.environment === 'server' && tags.declared === true),
  any: () => true,
};

export default createRule<Options, MessageIds>({
  name: 'no-forbidden-request-headers',
  meta: {
    type: 'problem',
    docs: {
      description: 'Disallow setting forbidden request headers such as `Origin` in browser code',
      recommended: true,
      cwe: 'CWE-440',
      severity: 'low',
    },
    hasSuggestions: true,
    messages: {
      forbiddenRequestHeader:
        '`{{header}}` is a forbidden request header: browsers silently drop it when set through {{client}}, so the server receives the request without it. {{hint}} Remove the header.',
      forbiddenMethodOverride:
        '`{{header}}: {{value}}` tunnels the forbidden method {{method}} (the cross-site tracing vector), so browsers silently drop the header when set through {{client}} and the server never sees it. Remove the header; browsers cannot send {{method}} requests at all.',
      removeHeader: 'Remove the `{{header}}` header.',
    },
    schema: [
      {
        type: 'object',
        properties: {
          environment: {
            type: 'string',
            enum: ['auto', 'browser', 'any'],
            description:
              "Which files count as browser code: 'auto' decides per file from its directives, imports and globals; 'browser' treats every file as browser code unless it declares itself server code ('use server', server-only, *.server.ts); 'any' reports even in server code.",
          },
        },
        additionalProperties: false,
      },
    ],
  },
  defaultOptions: [{ environment: 'auto' }],
  create(context, [{ environment = 'auto' }]) {
    const reports = REPORTS[environment];
    return defineCorsFindingsListener(context, 'no-forbidden-request-headers', (finding) => {
      if (reports(finding.tags)) reportFinding(context, finding);
    });
  },
});
