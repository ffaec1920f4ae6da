import type { TSESTree } from '@typescript-eslint/utils';
import { AST_NODE_TYPES } from '@typescript-eslint/utils';
import type { Finding } from '../../model/finding';
import type { HeaderWrite } from '../../model/header-write';
import type { CorsFile } from '../file-context';
import { nextConfigTable } from '../../frameworks';
import { propertyName, staticString } from '../../ast/static-values';
import { ALLOW_CREDENTIALS, ALLOW_ORIGIN, VARY } from '../header-names';
import { findHeaderWrites } from '../header-writes';
import { invalidOriginReason, shownHeaderValue } from '../origin-syntax';
import { ATTACKER_ORIGIN } from './findings';

/** A `headers()` route entry: `{ source, has?, headers: [{ key, value }] }`. */
interface NextRoute {
  readonly object: TSESTree.ObjectExpression;
  /** Routes with the same `source` answer the same requests, so their headers combine. */
  readonly group: string;
  /** Parameters a `has` header condition on `origin` fills with the raw request Origin (`:origin`). */
  readonly originParameters: readonly string[];
}

const LIBRARY = nextConfigTable.library;
const REVIEW_REASON = 'Next.js headers() sends static values and cannot check an allowlist; set CORS in middleware after an exact check';

/** Next.js `headers()` entries: the raw header analyzers leave these to the library analysis. */
export function analyzeNextConfig(file: CorsFile): Finding[] {
  const groups = new Map<string, { route: NextRoute; write: HeaderWrite }[]>();
  for (const write of findHeaderWrites(file)) {
    if (write.api !== 'nextConfig') continue;
    const route = nextRoute(file, write.node);
    if (!route) continue;
    const entries = groups.get(route.group) ?? [];
    entries.push({ route, write });
    groups.set(route.group, entries);
  }
  return [...groups.values()].flatMap((entries) => groupFindings(file, entries));
}

function groupFindings(file: CorsFile, entries: { route: NextRoute; write: HeaderWrite }[]): Finding[] {
  const valueOf = (write: HeaderWrite) => staticString(write.value, write.value && file.scopeOf(write.value));
  const credentials = entries.some(({ write }) => write.name === ALLOW_CREDENTIALS && valueOf(write)?.trim() === 'true');
  const varies = entries.some(({ write }) => write.name === VARY && /(^|,)\s*(origin|\*)\s*(,|$)/i.test(valueOf(write) ?? ''));
  const findings: Finding[] = [];
  for (const { route, write } of entries) {
    const value = valueOf(write);
    if (write.name !== ALLOW_ORIGIN || value === undefined || !write.value) continue;
    const review = { kind: 'manual-review', anchorRange: write.node.range, reason: REVIEW_REASON } as const;
    const tags = { library: LIBRARY, credentials };
    const reflected = route.originParameters.some((parameter) => value.includes(`:${parameter}`));
    if (reflected) {
      findings.push({
        ruleId: 'no-reflected-origin',
        messageId: 'libraryReflectsOrigin',
        node: write.value,
        data: {
          library: LIBRARY,
          cause: `its \`has\` condition copies any request Origin into \`${value}\``,
          attackerOrigin: ATTACKER_ORIGIN,
          credentials: credentials ? ' together with `Access-Control-Allow-Credentials: true`' : '',
          impact: credentials ? " with the visitor's cookies" : '',
          // The full pattern (`'(?<origin>https://(app|admin)\\.example\\.com)'`) is in the rule docs.
          fix: 'Match only your origins in the `has` value, or set the header in middleware after an exact allowlist check.',
        },
        repair: review,
        tags,
      });
      if (!varies)
        findings.push({
          ruleId: 'require-vary-origin',
          messageId: 'libraryOmitsVary',
          node: write.node,
          data: { library: LIBRARY, fix: "Add `{ key: 'Vary', value: 'Origin' }` to the same `headers` list." },
          repair: review,
          tags,
        });
      continue;
    }
    if (value === '*' && credentials) {
      findings.push({
        ruleId: 'no-wildcard-with-credentials',
        messageId: 'libraryWildcardWithCredentials',
        node: write.value,
        data: { library: LIBRARY, cause: ' for this `source`', fix: 'Set the header in middleware for origins in an exact allowlist.' },
        repair: review,
        tags,
      });
      continue;
    }
    if (value === 'null') {
      findings.push({ ruleId: 'no-null-origin', messageId: 'libraryNullOrigin', node: write.value, data: { library: LIBRARY, impact: credentials ? " with the visitor's cookies" : '' }, tags });
      continue;
    }
    const reason = value.includes(':') && !value.includes('://') ? undefined : invalidOriginReason(value);
    if (reason)
      findings.push({ ruleId: 'valid-cors-header-value', messageId: 'libraryInvalidOrigin', node: write.value, data: { library: LIBRARY, value: shownHeaderValue(value), reason, option: 'value' }, tags });
  }
  return findings;
}

/** The route object around a `{ key, value }` entry, when it sits in a `headers: [...]` list beside `source`. */
function nextRoute(file: CorsFile, entry: TSESTree.Node): NextRoute | undefined {
  const list = entry.parent;
  const property = list?.parent;
  const route = property?.parent;
  if (list?.type !== AST_NODE_TYPES.ArrayExpression || property?.type !== AST_NODE_TYPES.Property || route?.type !== AST_NODE_TYPES.ObjectExpression)
    return undefined;
  const scope = file.scopeOf(route);
  if (propertyName(property, scope) !== 'headers') return undefined;
  const members = new Map(
    route.properties.flatMap((member) => (member.type === AST_NODE_TYPES.Property ? [[propertyName(member, scope), member.value] as const] : [])),
  );
  if (!members.has('source')) return undefined;
  const source = staticString(members.get('source'), scope);
  return {
    object: route,
    group: source === undefined ? `route@${route.range[0]}` : `source:${source}`,
    originParameters: originParameters(file, members.get('has')),
  };
}

/** `has: [{ type: 'header', key: 'origin' }]` without `value` captures the whole header as `:origin`. */
function originParameters(file: CorsFile, has: TSESTree.Node | undefined): string[] {
  if (has?.type !== AST_NODE_TYPES.ArrayExpression) return [];
  const parameters: string[] = [];
  for (const condition of has.elements) {
    if (condition?.type !== AST_NODE_TYPES.ObjectExpression) continue;
    const scope = file.scopeOf(condition);
    const field = (name: string) =>
      condition.properties.find((member): member is TSESTree.Property => member.type === AST_NODE_TYPES.Property && propertyName(member, scope) === name);
    const key = staticString(field('key')?.value, scope);
    if (staticString(field('type')?.value, scope) !== 'header' || key?.toLowerCase() !== 'origin') continue;
    const value = field('value');
    // A `value` pattern only captures its named groups; a catch-all one still passes every origin.
    const captured = value ? /^\(\?<(\w+)>\.[*+]\)$/.exec(staticString(value.value, scope) ?? '')?.[1] : key.replace(/[^A-Za-z]/g, '');
    if (captured) parameters.push(captured);
  }
  return parameters;
}
