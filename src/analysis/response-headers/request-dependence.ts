import type { TSESLint, TSESTree } from '@typescript-eslint/utils';
import { AST_NODE_TYPES } from '@typescript-eslint/utils';
import { isWithin } from '../../ast/branches';
import { constInitializer } from '../../ast/const-initializer';
import { chainRoot, chainsOverlap, outermostChain } from '../../ast/member-chains';
import { staticValueOf } from '../../ast/static-values';
import { unwrapExpression } from '../../ast/unwrap';
import type { CorsFile } from '../file-context';
import { originSourceOf } from '../origin-sources';

type Variable = TSESLint.Scope.Variable;

/** A variable read inside an expression, with the member/call chain it starts (`req.headers.origin`). */
interface ChainRead {
  readonly variable: Variable | null;
  readonly name: string;
  readonly chain: TSESTree.Node;
  readonly text: string;
}

/** Every variable read within `node`, including reads inside arrow functions in it. */
function chainReads(file: CorsFile, node: TSESTree.Node): ChainRead[] {
  const reads: ChainRead[] = [];
  const visit = (scope: TSESLint.Scope.Scope) => {
    for (const reference of scope.references) {
      const identifier = reference.identifier as TSESTree.Node;
      if (!reference.isRead() || !isWithin(identifier, node) || identifier.type !== AST_NODE_TYPES.Identifier) continue;
      const chain = outermostChain(identifier);
      reads.push({ variable: reference.resolved, name: identifier.name, chain, text: file.sourceCode.getText(chain) });
    }
    for (const child of scope.childScopes) if (isWithin(child.block as TSESTree.Node, node)) visit(child);
  };
  visit(file.scopeOf(node));
  return reads;
}

/** The variable an identifier reads (its one entry in `chainReads`), without reading every other reference's chain. */
function readVariable(file: CorsFile, identifier: TSESTree.Identifier): Variable | null | undefined {
  return file.scopeOf(identifier).references.find((reference) => reference.identifier === identifier && reference.isRead())?.resolved;
}

function sameBinding(a: ChainRead, b: ChainRead): boolean {
  return a.variable || b.variable ? a.variable === b.variable : a.name === b.name;
}

/**
 * Whether a branch test depends on the request origin that `value` (an Allow-Origin value) carries:
 * it reads a request Origin, or reads the same variable as the value along the same member path
 * (`allowed.has(origin)` for `origin`; `isAllowed(req)` for `req.headers.origin`, but not `req.method`).
 * Follows one `const ok = allowed.has(origin)` flag.
 */
export function readsOrigin(file: CorsFile, test: TSESTree.Node, value: TSESTree.Node, depth = 0): boolean {
  const valueReads = chainReads(file, value);
  const testReads = chainReads(file, test);
  // The cheap identity check first; the origin sources evaluate expressions.
  if (testReads.some((read) => valueReads.some((valueRead) => sameBinding(valueRead, read) && chainsOverlap(valueRead.text, read.text))))
    return true;
  for (const read of testReads) {
    if (originSourceOf(file, read.chain)) return true;
    const flag = depth === 0 && read.chain.type === AST_NODE_TYPES.Identifier ? constInitializer(read.chain, file.scopeOf(read.chain)) : undefined;
    if (flag && readsOrigin(file, flag, value, depth + 1)) return true;
  }
  return false;
}

/**
 * Whether an Allow-Origin value may differ between requests. Constants do not, and neither does
 * deployment configuration: `process.env.X`, or a module-level binding (`ORIGIN`, `config.origin`).
 */
export function dependsOnRequest(file: CorsFile, value: TSESTree.Node): boolean {
  if (staticValueOf(value, file.scopeOf)) return false;
  return !isConfiguration(file, unwrapExpression(value));
}

function isConfiguration(file: CorsFile, node: TSESTree.Node): boolean {
  if (node.type === AST_NODE_TYPES.TemplateLiteral)
    return node.expressions.every((expression) => isConfiguration(file, unwrapExpression(expression)));
  if (node.type !== AST_NODE_TYPES.Identifier && node.type !== AST_NODE_TYPES.MemberExpression) return false;
  const root = chainRoot(node);
  if (root?.type !== AST_NODE_TYPES.Identifier) return false;
  const variable = readVariable(file, root);
  const definition = variable?.defs[0];
  // `process.env.X`: the global, not a local `process`.
  if (!definition) return root.name === 'process';
  if (variable.scope.block.type !== AST_NODE_TYPES.Program) return false;
  return definition.type === 'ImportBinding' || (definition.type === 'Variable' && definition.parent?.kind === 'const');
}
