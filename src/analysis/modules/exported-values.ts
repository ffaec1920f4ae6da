import type { TSESTree } from '@typescript-eslint/utils';
import { AST_NODE_TYPES } from '@typescript-eslint/utils';
import { propertyName } from '../../ast/static-values';
import { unwrapExpression } from '../../ast/unwrap';

/** One value a module exports: `default`, a named export, or a `module.exports` / `exports.x` property. */
export interface ExportedValue {
  /** `default` for `export default` and `module.exports =`; the name otherwise. */
  readonly name: string;
  /** The exported expression or declaration as written (an identifier is not followed here). */
  readonly node: TSESTree.Node;
}

const exportsCache = new WeakMap<TSESTree.Program, readonly ExportedValue[]>();

/**
 * What a module exports, read from its top-level statements only: ESM exports, `export =`,
 * `module.exports = x`, `module.exports.x = y` and `exports.x = y`. The properties of an exported
 * object literal are exports too (`module.exports = { corsOptions }` lets importers take one).
 */
export function exportedValues(program: TSESTree.Program): readonly ExportedValue[] {
  let found = exportsCache.get(program);
  if (found) return found;
  const values: ExportedValue[] = [];
  for (const statement of program.body) values.push(...statementExports(statement));
  found = values;
  exportsCache.set(program, found);
  return found;
}

function statementExports(statement: TSESTree.ProgramStatement): ExportedValue[] {
  switch (statement.type) {
    case AST_NODE_TYPES.ExportDefaultDeclaration:
      return withMembers('default', statement.declaration);
    case AST_NODE_TYPES.TSExportAssignment:
      return withMembers('default', statement.expression);
    case AST_NODE_TYPES.ExportNamedDeclaration:
      return namedExports(statement);
    case AST_NODE_TYPES.ExpressionStatement:
      return commonJsExports(statement.expression);
    default:
      return [];
  }
}

function namedExports(statement: TSESTree.ExportNamedDeclaration): ExportedValue[] {
  if (statement.source) return [];
  const declaration = statement.declaration;
  if (!declaration) {
    return statement.specifiers.flatMap((specifier) =>
      specifier.local.type === AST_NODE_TYPES.Identifier
        ? [{ name: specifier.exported.type === AST_NODE_TYPES.Identifier ? specifier.exported.name : String(specifier.exported.value), node: specifier.local }]
        : [],
    );
  }
  if (declaration.type === AST_NODE_TYPES.VariableDeclaration) {
    return declaration.declarations.flatMap((declarator) =>
      declarator.id.type === AST_NODE_TYPES.Identifier && declarator.init ? [{ name: declarator.id.name, node: declarator.init }] : [],
    );
  }
  if (declaration.type === AST_NODE_TYPES.FunctionDeclaration && declaration.id) return [{ name: declaration.id.name, node: declaration }];
  return [];
}

/** `module.exports = x`, `module.exports.name = x`, `exports.name = x` (also chained `a = b = x`). */
function commonJsExports(expression: TSESTree.Expression): ExportedValue[] {
  if (expression.type !== AST_NODE_TYPES.AssignmentExpression || expression.operator !== '=') return [];
  const name = commonJsTarget(expression.left);
  if (name === undefined) return [];
  const right = expression.right;
  const inner = right.type === AST_NODE_TYPES.AssignmentExpression ? commonJsExports(right) : [];
  const value = right.type === AST_NODE_TYPES.AssignmentExpression ? right.right : right;
  return [...(name === 'default' ? withMembers(name, value) : [{ name, node: value }]), ...inner];
}

function commonJsTarget(left: TSESTree.Node): string | undefined {
  if (isModuleExports(left)) return 'default';
  if (left.type !== AST_NODE_TYPES.MemberExpression) return undefined;
  const name = propertyName(left);
  if (name === undefined) return undefined;
  const owner = left.object;
  if (isModuleExports(owner) || (owner.type === AST_NODE_TYPES.Identifier && owner.name === 'exports')) return name;
  return undefined;
}

function isModuleExports(node: TSESTree.Node): boolean {
  return (
    node.type === AST_NODE_TYPES.MemberExpression &&
    node.object.type === AST_NODE_TYPES.Identifier &&
    node.object.name === 'module' &&
    propertyName(node) === 'exports'
  );
}

/** A default export and, when it is an object literal, each of its plain properties. */
function withMembers(name: string, node: TSESTree.Node): ExportedValue[] {
  const values: ExportedValue[] = [{ name, node }];
  const object = unwrapExpression(node);
  if (object.type !== AST_NODE_TYPES.ObjectExpression) return values;
  for (const member of object.properties) {
    if (member.type !== AST_NODE_TYPES.Property || member.computed || member.kind !== 'init') continue;
    const key = propertyName(member);
    if (key !== undefined) values.push({ name: key, node: member.value });
  }
  return values;
}
