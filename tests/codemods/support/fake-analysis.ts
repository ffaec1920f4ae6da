/**
 * A stand-in for the analysis core, so the codemod's plumbing (detection bridge, passes, allowlist,
 * review comments) is tested on its own. Findings come from calls to marker functions:
 * `reflect(o)` → allowlist-reflected-origin, `varyless(x)` → append-vary-origin, `weak(x)` →
 * harden-origin-check, `explode(x)` → allowlist-cors-options, `manual(x)` → a manual-review site,
 * `fetch(x)` (only when `fetch` is a tracked global) → drop-forbidden-request-headers.
 */
import { READ } from '@eslint-community/eslint-utils';
import { AST_NODE_TYPES, type TSESTree } from '@typescript-eslint/utils';
import type { CorsFile } from '../../../src/analysis/file-context';
import type { Finding } from '../../../src/model/finding';
import type { Repair } from '../../../src/model/repair';
import type { CorsRuleId } from '../../../src/model/rule-ids';

/**
 * The rules' message ids, handed in by the test: importing the rules here would close an import
 * cycle through the mocked analysis module.
 */
let messageIds: Partial<Record<CorsRuleId, string>> = {};
export function useRuleMessages(rules: Readonly<Record<CorsRuleId, { meta: { messages: object } }>>): void {
  messageIds = Object.fromEntries(Object.entries(rules).map(([id, rule]) => [id, Object.keys(rule.meta.messages)[0]]));
}
const firstMessageId = (ruleId: CorsRuleId) => messageIds[ruleId] ?? 'unknown';
const range = (node: TSESTree.Node) => [node.range[0], node.range[1]] as const;

function finding(ruleId: CorsRuleId, node: TSESTree.Node, repair: Repair): Finding {
  return { ruleId, messageId: firstMessageId(ruleId), node, data: {}, repair };
}

const BY_CALLEE: Readonly<Record<string, (call: TSESTree.CallExpression) => Finding | undefined>> = {
  reflect: (call) => {
    const [value] = call.arguments;
    if (value?.type !== AST_NODE_TYPES.Identifier) return undefined;
    return finding('no-reflected-origin', call, {
      kind: 'allowlist-reflected-origin',
      writeRange: range(call),
      valueRange: range(value),
      originText: value.name,
    });
  },
  varyless: (call) => finding('require-vary-origin', call, { kind: 'append-vary-origin', writeRange: range(call) }),
  weak: (call) => finding('no-weak-origin-check', call, { kind: 'harden-origin-check', checkRange: range(call), originText: 'origin', intendedOrigins: [] }),
  explode: (call) => finding('no-wildcard-with-credentials', call, { kind: 'allowlist-cors-options', library: 'cors', targetRange: range(call) }),
  manual: (call) => finding('no-weak-origin-check', call, { kind: 'manual-review', anchorRange: range(call), reason: 'the origin is decided in another module' }),
};

/** The stand-in sites have no CORS words, so every file is admitted. */
export const mayHoldCorsFinding = (): boolean => true;

export function analyzeFile(file: CorsFile): Finding[] {
  const findings = file.nodes.calls.flatMap((call) => {
    const make = call.callee.type === AST_NODE_TYPES.Identifier ? BY_CALLEE[call.callee.name] : undefined;
    return make?.(call) ?? [];
  });
  // Globals are only tracked when the codemod declares them, as the real analysis relies on.
  for (const { node } of file.tracker.iterateGlobalReferences({ fetch: { [READ]: true } })) {
    const call = (node as TSESTree.Node).parent;
    if (call?.type !== AST_NODE_TYPES.CallExpression || call.parent?.type !== AST_NODE_TYPES.ExpressionStatement) continue;
    findings.push(finding('no-reflected-origin', call, { kind: 'drop-forbidden-request-headers', removeRange: range(call.parent) }));
  }
  return findings;
}
