import type { TSESTree } from '@typescript-eslint/utils';
import { AST_NODE_TYPES } from '@typescript-eslint/utils';
import type { Finding, SuggestionHint } from '../../model/finding';
import { variableOf } from '../../ast/const-initializer';
import { removeListElement } from '../../ast/list-edits';
import { staticValue, staticValueOf } from '../../ast/static-values';
import { unwrapExpression } from '../../ast/unwrap';
import { collectedWithin } from '../collect';
import type { CorsFile } from '../file-context';
import { ALLOW_ORIGIN } from '../header-names';
import { isRequestOrigin, type ExactAllowlist } from './allowlists';
import type { ResponseIndex } from './responses';
import { valueOutcomes } from './value-outcomes';

/**
 * no-null-origin: `'null'` in an exact allowlist, a comparison that lets `Origin: null` in, and an
 * Allow-Origin that is (or can become) `null`.
 */
export function nullOriginFindings(
  file: CorsFile,
  index: ResponseIndex,
  lists: readonly ExactAllowlist[],
): Finding[] {
  return [...allowlistEntries(file, lists), ...comparisons(file, index, lists), ...allowOriginValues(file, index)];
}

function allowlistEntries(file: CorsFile, lists: readonly ExactAllowlist[]): Finding[] {
  return lists.flatMap(({ array }) => nullEntries(file, array));
}

/** The `'null'` entries of one exact allowlist (no-null-origin), each with its removal. */
export function nullEntries(file: CorsFile, array: TSESTree.ArrayExpression): Finding[] {
  return array.elements.flatMap((element): Finding[] => {
    if (!element || staticValueOf(element, file.scopeOf)?.value !== 'null') return [];
    const edits = [removeListElement(file.sourceCode, element)];
    return [
      {
        ruleId: 'no-null-origin',
        messageId: 'nullInAllowlist',
        node: element,
        data: {},
        suggestions: [{ messageId: 'removeNullOrigin', edits }],
        repair: { kind: 'drop-null-origin', edits },
      },
    ];
  });
}

/** `origin === 'null'` (or `==`) deciding to allow. */
function comparisons(file: CorsFile, index: ResponseIndex, lists: readonly ExactAllowlist[]): Finding[] {
  const findings: Finding[] = [];
  for (const comparison of file.nodes.binaryChecks) {
    if (comparison.operator !== '===' && comparison.operator !== '==') continue;
    const other = isNullString(file, comparison.right) ? comparison.left : isNullString(file, comparison.left) ? comparison.right : undefined;
    if (!other || !isRequestOrigin(file, other, index, lists) || !allowsOnMatch(file, index, comparison)) continue;
    findings.push({
      ruleId: 'no-null-origin',
      messageId: 'nullComparison',
      node: comparison,
      data: {},
      suggestions: removeComparison(file, comparison),
    });
  }
  return findings;
}

function isNullString(file: CorsFile, node: TSESTree.Node): boolean {
  return staticValueOf(node, file.scopeOf)?.value === 'null';
}

/**
 * Whether a true comparison lets the request in: it decides an `if` whose arm writes
 * Allow-Origin or answers `true`, picks a `?:` arm, or is returned / passed on as the answer.
 * Negated (`!(o === 'null')`) comparisons refuse, and are left alone.
 */
function allowsOnMatch(file: CorsFile, index: ResponseIndex, comparison: TSESTree.BinaryExpression): boolean {
  let node: TSESTree.Node = comparison;
  while (node.parent?.type === AST_NODE_TYPES.LogicalExpression) node = node.parent;
  const parent = node.parent;
  if (!parent || (parent.type === AST_NODE_TYPES.UnaryExpression && parent.operator === '!')) return false;
  switch (parent.type) {
    case AST_NODE_TYPES.IfStatement:
      return parent.test === node && armAllows(file, index, parent.consequent);
    case AST_NODE_TYPES.ConditionalExpression:
      return parent.test === node && staticValue(parent.consequent, file.scopeOf(parent))?.value !== false;
    case AST_NODE_TYPES.ReturnStatement:
    case AST_NODE_TYPES.VariableDeclarator:
    case AST_NODE_TYPES.CallExpression:
    case AST_NODE_TYPES.AssignmentExpression:
      return true;
    case AST_NODE_TYPES.ArrowFunctionExpression:
      return parent.body === node;
    default:
      return false;
  }
}

/** An `if` arm that writes Allow-Origin, or calls back / returns with `true`. */
function armAllows(file: CorsFile, index: ResponseIndex, arm: TSESTree.Statement): boolean {
  const isTrue = (node: TSESTree.Node | null | undefined) => node?.type === AST_NODE_TYPES.Literal && node.value === true;
  return (
    collectedWithin(index.writes, arm, (write) => write.node).some((write) => write.name === ALLOW_ORIGIN) ||
    collectedWithin(file.nodes.calls, arm).some((call) => call.arguments.some(isTrue)) ||
    collectedWithin(file.nodes.returns, arm).some((statement) => isTrue(statement.argument))
  );
}

/** `origin === 'null' || allowed.has(origin)` → `allowed.has(origin)`. */
function removeComparison(file: CorsFile, comparison: TSESTree.BinaryExpression): SuggestionHint[] {
  const parent = comparison.parent;
  if (parent.type !== AST_NODE_TYPES.LogicalExpression || parent.operator !== '||') return [];
  const kept = parent.left === comparison ? parent.right : parent.left;
  return [{ messageId: 'removeNullCheck', edits: [{ range: parent.range, text: file.sourceCode.getText(kept) }] }];
}

/** Allow-Origin written as `'null'`, or as a value that can be JS `null` (sent as the string `null`). */
function allowOriginValues(file: CorsFile, index: ResponseIndex): Finding[] {
  const findings: Finding[] = [];
  for (const write of index.writes) {
    if (write.name !== ALLOW_ORIGIN || !write.value) continue;
    for (const outcome of valueOutcomes(file, write.value)) {
      const known = staticValueOf(outcome, file.scopeOf);
      const messageId =
        known?.value === 'null' ? 'nullAllowOrigin' : known?.value === null || (!known && canHoldNull(file, outcome)) ? 'jsNullAllowOrigin' : undefined;
      if (messageId) findings.push({ ruleId: 'no-null-origin', messageId, node: outcome, data: {} });
    }
  }
  return findings;
}

/** `let allowed = null; if (ok) allowed = origin;`: a variable that is assigned `null` somewhere. */
function canHoldNull(file: CorsFile, node: TSESTree.Node): boolean {
  const value = unwrapExpression(node);
  if (value.type !== AST_NODE_TYPES.Identifier) return false;
  const variable = variableOf(value, file.scopeOf(value));
  return (
    variable?.references.some((reference) => {
      const written = reference.writeExpr as TSESTree.Node | null | undefined;
      return written?.type === AST_NODE_TYPES.Literal && written.value === null;
    }) ?? false
  );
}
