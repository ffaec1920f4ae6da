import type { TSESTree } from '@typescript-eslint/utils';
import { AST_NODE_TYPES } from '@typescript-eslint/utils';
import { constInitializer } from '../ast/const-initializer';
import { propertyNameOf, staticString } from '../ast/static-values';
import { unwrapExpression } from '../ast/unwrap';
import type { Finding } from '../model/finding';
import type { CorsFile } from './file-context';
import { clientScan } from './request-headers';
import { decideEnvironment } from './environment';
import type { HeaderEntry } from './request-headers/header-entry';
import { CLIENT_LABELS } from './request-headers/hints';
import { noCorsRequests, type NoCorsRequest } from './opaque-responses/no-cors-requests';
import { NO_CORS_METHODS, droppedInNoCors } from './opaque-responses/no-cors-safelist';
import { opaqueOutcome } from './opaque-responses/outcomes';
import { valueUses, type ValueUse } from './opaque-responses/value-uses';

const RULE = 'no-opaque-response-read';
const REVIEW = "mode: 'no-cors' makes this response opaque (status 0, no headers, empty body) and drops non-safelisted headers; allow the page's origin on the server and drop mode: 'no-cors'";

/**
 * Requests sent with `mode: 'no-cors'` (no-opaque-response-read): reads of their opaque
 * response, and methods or headers that mode refuses or drops. Found from the same scan of client
 * calls as the request headers, and tagged with the file's environment.
 */
export function analyzeOpaqueResponses(file: CorsFile): Finding[] {
  const scan = clientScan(file);
  const requests = noCorsRequests(file, scan.requests);
  if (requests.length === 0) return [];
  const { environment, declared } = decideEnvironment(file);
  const tags = { environment, declared };
  const findings: Finding[] = [];
  for (const request of requests) {
    // One review per request: the codemod marks the statement that sends it.
    const repair = { kind: 'manual-review', anchorRange: request.call.range, reason: REVIEW } as const;
    const add = (node: TSESTree.Node, messageId: string, data: Record<string, string>) =>
      findings.push({ ruleId: RULE, messageId, node, data, tags, repair });
    const client = CLIENT_LABELS[request.client];
    // Node's fetch refuses these methods in no-cors mode too, so this holds in any environment.
    if (request.method && !NO_CORS_METHODS.has(request.method.name))
      findings.push({ ruleId: RULE, messageId: 'methodNotAllowed', node: request.method.node, data: { method: request.method.name, client }, repair });
    for (const entry of headersOf(file, request, scan.entries)) {
      const value = staticString(entry.value, file.scopeOf(entry.nameNode));
      const dropped = droppedInNoCors(entry.name, value);
      if (dropped?.kind === 'header') add(entry.nameNode, 'headerDropped', { header: entry.name });
      if (dropped?.kind === 'content-type') add(entry.nameNode, 'contentTypeDropped', { header: entry.name, value: dropped.value });
    }
    if (!request.sameOrigin) for (const { use, outcome } of reads(file, request)) add(use.node, 'opaqueRead', { outcome });
  }
  return findings;
}

/** The headers the request's own options set (in place or through a `const`). */
function headersOf(file: CorsFile, request: NoCorsRequest, entries: readonly HeaderEntry[]): HeaderEntry[] {
  const headers = request.options.properties.find(
    (p): p is TSESTree.Property => p.type === AST_NODE_TYPES.Property && propertyNameOf(p, file.scopeOf) === 'headers',
  );
  if (!headers) return [];
  let container = unwrapExpression(headers.value);
  if (container.type === AST_NODE_TYPES.Identifier) container = constInitializer(container, file.scopeOf(container)) ?? container;
  const [start, end] = container.range;
  return entries.filter((entry) => entry.nameNode.range[0] >= start && entry.nameNode.range[1] <= end);
}

/** Every read of the response, with what it gets; `new Request` is followed to the `fetch` it is sent with. */
function reads(file: CorsFile, request: NoCorsRequest): { use: ValueUse; outcome: string }[] {
  const starts: TSESTree.Node[] =
    request.client === 'request'
      ? valueUses(file, request.call, 'value').flatMap((use) => fetchOf(file, use) ?? [])
      : [request.call];
  return starts.flatMap((start) =>
    valueUses(file, start, 'promise').flatMap((use) => {
      const outcome = opaqueOutcome(request, use);
      return outcome ? [{ use, outcome }] : [];
    }),
  );
}

/** `fetch(request)` with the global `fetch` (also `window.fetch`). */
function fetchOf(file: CorsFile, use: ValueUse): TSESTree.CallExpression | undefined {
  const call = use.member === undefined ? use.node.parent : undefined;
  if (call?.type !== AST_NODE_TYPES.CallExpression || call.arguments[0] !== use.node) return undefined;
  const callee = unwrapExpression(call.callee);
  const name =
    callee.type === AST_NODE_TYPES.Identifier
      ? callee
      : callee.type === AST_NODE_TYPES.MemberExpression && callee.object.type === AST_NODE_TYPES.Identifier && ['window', 'globalThis', 'self'].includes(callee.object.name)
        ? callee.object
        : undefined;
  if (!name || (callee.type === AST_NODE_TYPES.Identifier ? callee.name !== 'fetch' : propertyNameOf(callee as TSESTree.MemberExpression, file.scopeOf) !== 'fetch'))
    return undefined;
  return isGlobal(file, name) ? call : undefined;
}

function isGlobal(file: CorsFile, identifier: TSESTree.Identifier): boolean {
  let scope: ReturnType<CorsFile['scopeOf']> | null = file.scopeOf(identifier);
  while (scope) {
    const variable = scope.set.get(identifier.name);
    if (variable) return variable.defs.length === 0;
    scope = scope.upper;
  }
  return true;
}
