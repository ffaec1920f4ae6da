import type { TSESLint, TSESTree } from '@typescript-eslint/utils';
import { AST_NODE_TYPES } from '@typescript-eslint/utils';
import { findVariable } from '@eslint-community/eslint-utils';
import type { CorsFile } from '../file-context';
import type { ModuleExport } from '../../frameworks/types';
import { propertyName } from '../../ast/static-values';
import { unwrapExpression } from '../../ast/unwrap';
import { importEqualsModule, requiredModule } from './module-imports';

const MAX_DEPTH = 8;

/**
 * Which module export an expression evaluates to, followed through scope: imports of every form,
 * `require()`, `import()`, `await`, member access, aliases and destructuring. Used where a library is
 * passed as a value (`fastify.register(cors, opts)`), which ReferenceTracker reports only at the import.
 */
export function moduleExportOf(file: CorsFile, node: TSESTree.Node, depth = 0): ModuleExport | undefined {
  if (depth > MAX_DEPTH) return undefined;
  const expression = unwrapExpression(node);
  switch (expression.type) {
    case AST_NODE_TYPES.AwaitExpression:
      return moduleExportOf(file, expression.argument, depth + 1);
    case AST_NODE_TYPES.ImportExpression:
      return expression.source.type === AST_NODE_TYPES.Literal && typeof expression.source.value === 'string'
        ? { module: expression.source.value, path: [] }
        : undefined;
    case AST_NODE_TYPES.CallExpression: {
      const module = requiredModule(file, expression);
      return module === undefined ? undefined : { module, path: [] };
    }
    case AST_NODE_TYPES.MemberExpression: {
      const base = moduleExportOf(file, expression.object, depth + 1);
      const key = base && propertyName(expression, file.scopeOf(expression));
      return base && key !== undefined ? { module: base.module, path: [...base.path, key] } : undefined;
    }
    case AST_NODE_TYPES.Identifier:
      return identifierExport(file, expression, depth);
    default:
      return undefined;
  }
}

function identifierExport(file: CorsFile, identifier: TSESTree.Identifier, depth: number): ModuleExport | undefined {
  const variable = findVariable(file.scopeOf(identifier) as never, identifier as never) as TSESLint.Scope.Variable | null;
  if (!variable || variable.defs.length !== 1) return undefined;
  const definition = variable.defs[0]!;
  const declaration = definition.node;
  if (declaration.type === AST_NODE_TYPES.ImportDefaultSpecifier || declaration.type === AST_NODE_TYPES.ImportSpecifier || declaration.type === AST_NODE_TYPES.ImportNamespaceSpecifier) {
    const source = (declaration.parent as TSESTree.ImportDeclaration).source.value;
    if (declaration.type === AST_NODE_TYPES.ImportNamespaceSpecifier) return { module: source, path: [] };
    if (declaration.type === AST_NODE_TYPES.ImportDefaultSpecifier) return { module: source, path: ['default'] };
    const imported = declaration.imported;
    return { module: source, path: [imported.type === AST_NODE_TYPES.Identifier ? imported.name : String(imported.value)] };
  }
  const required = importEqualsModule(declaration);
  if (required !== undefined) return { module: required, path: [] };
  if (declaration.type !== AST_NODE_TYPES.VariableDeclarator || !declaration.init) return undefined;
  if (variable.references.some((reference) => reference.isWrite() && reference.init !== true)) return undefined;
  const base = moduleExportOf(file, declaration.init, depth + 1);
  if (!base) return undefined;
  const path = patternPath(declaration.id, identifier.name);
  return path ? { module: base.module, path: [...base.path, ...path] } : undefined;
}

/** The property path to `name` inside a declaration pattern: `{ default: cors }` → `['default']`. */
function patternPath(pattern: TSESTree.Node, name: string): string[] | undefined {
  if (pattern.type === AST_NODE_TYPES.Identifier) return pattern.name === name ? [] : undefined;
  if (pattern.type === AST_NODE_TYPES.AssignmentPattern) return patternPath(pattern.left, name);
  if (pattern.type !== AST_NODE_TYPES.ObjectPattern) return undefined;
  for (const property of pattern.properties) {
    if (property.type !== AST_NODE_TYPES.Property) continue;
    const key = propertyName(property);
    const inner = key === undefined ? undefined : patternPath(property.value, name);
    if (inner) return [key!, ...inner];
  }
  return undefined;
}

/** Whether two export paths name the same export. */
export function sameExport(a: ModuleExport, b: ModuleExport): boolean {
  return a.module === b.module && a.path.length === b.path.length && a.path.every((key, i) => key === b.path[i]);
}
