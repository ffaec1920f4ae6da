import type { TSESTree } from '@typescript-eslint/utils';
import { AST_NODE_TYPES } from '@typescript-eslint/utils';
import { propertyName } from '../../ast/static-values';
import { unwrapExpression } from '../../ast/unwrap';
import { variableOf } from '../../ast/variables';
import type { CorsFile } from '../file-context';
import { requiredModule } from '../library-configs/module-imports';
import { exportedValues } from './exported-values';
import { loadModule } from './module-file';
import { resolveModule } from './resolve-module';

/** A value defined in another module of the project, with the module it is read in. */
export interface ImportedValue {
  readonly file: CorsFile;
  readonly node: TSESTree.Node;
}

/** How many modules deep an import is followed (`main.ts` → `config/cors.ts` → `allowed-origins.ts` is two). */
export const MAX_MODULE_DEPTH = 3;

/**
 * The value an identifier imports from a module of the project: `import x from './m'`,
 * `import { x } from './m'`, `import * as m` (with `m.x`), `const x = require('./m')`,
 * `const { x } = require('./m')`, `require('./m').x`, following re-exports. Undefined for packages,
 * unresolvable or unparseable modules, and beyond {@link MAX_MODULE_DEPTH}.
 */
export function importedValue(file: CorsFile, node: TSESTree.Node, depth = 0): ImportedValue | undefined {
  if (depth >= MAX_MODULE_DEPTH) return undefined;
  const target = importTarget(file, unwrapExpression(node));
  if (!target) return undefined;
  const other = moduleNamed(file, target.specifier);
  return other && exportOf(other, target.name, depth + 1);
}

/** The project module `specifier` names from `file`, parsed (through the program when there is one). */
function moduleNamed(file: CorsFile, specifier: string): CorsFile | undefined {
  const program = file.types?.program ?? undefined;
  const path = resolveModule(file.filename, specifier, program);
  return path && path !== file.filename ? loadModule(path, file.languageOptions, program) : undefined;
}

/**
 * Whether an expression names an import or `require()` of some module (nothing is read or resolved):
 * the cheap test before {@link importedValue}.
 */
export function isImportedName(file: CorsFile, node: TSESTree.Node): boolean {
  return importTarget(file, unwrapExpression(node)) !== undefined;
}

interface ImportTarget {
  readonly specifier: string;
  /** The export: `default` (also a CommonJS module as a whole), a name, or `*` for the namespace. */
  readonly name: string;
}

function importTarget(file: CorsFile, node: TSESTree.Node): ImportTarget | undefined {
  // `m.x` of a namespace import or a required module.
  if (node.type === AST_NODE_TYPES.MemberExpression && !node.computed) {
    const owner = importTarget(file, unwrapExpression(node.object));
    const name = propertyName(node);
    if (owner && name && (owner.name === '*' || owner.name === 'default')) return { specifier: owner.specifier, name };
    return undefined;
  }
  if (node.type === AST_NODE_TYPES.CallExpression) {
    const specifier = requiredModule(file, node);
    return specifier ? { specifier, name: 'default' } : undefined;
  }
  if (node.type !== AST_NODE_TYPES.Identifier) return undefined;
  const variable = variableOf(file.scopeOf(node), node);
  const definition = variable?.defs.length === 1 ? variable.defs[0] : undefined;
  if (!definition) return undefined;
  if (definition.type === 'ImportBinding') {
    const declaration = definition.parent;
    if (declaration?.type !== AST_NODE_TYPES.ImportDeclaration || declaration.importKind === 'type') return undefined;
    const specifier = definition.node;
    const name =
      specifier.type === AST_NODE_TYPES.ImportDefaultSpecifier
        ? 'default'
        : specifier.type === AST_NODE_TYPES.ImportNamespaceSpecifier
          ? '*'
          : specifier.type === AST_NODE_TYPES.ImportSpecifier
            ? specifier.imported.type === AST_NODE_TYPES.Identifier
              ? specifier.imported.name
              : String(specifier.imported.value)
            : undefined;
    return name ? { specifier: declaration.source.value, name } : undefined;
  }
  if (definition.type !== 'Variable' || definition.node.type !== AST_NODE_TYPES.VariableDeclarator) return undefined;
  const declarator = definition.node;
  if (!declarator.init || variable!.references.some((r) => r.isWrite() && !r.init)) return undefined;
  const init = unwrapExpression(declarator.init);
  // `const x = require('./m')`, `const x = require('./m').y`.
  if (declarator.id.type === AST_NODE_TYPES.Identifier) return importTarget(file, init);
  // `const { x, y: z } = require('./m')`.
  if (declarator.id.type === AST_NODE_TYPES.ObjectPattern && init.type === AST_NODE_TYPES.CallExpression) {
    const specifier = requiredModule(file, init);
    const property = declarator.id.properties.find(
      (p): p is TSESTree.Property => p.type === AST_NODE_TYPES.Property && p.value.type === AST_NODE_TYPES.Identifier && p.value.name === node.name,
    );
    const name = property && propertyName(property);
    return specifier && name ? { specifier, name } : undefined;
  }
  return undefined;
}

/** An export of a loaded module, through `export { x } from`, `export * from` and local `const`s. */
function exportOf(module: CorsFile, name: string, depth: number): ImportedValue | undefined {
  if (name === '*') return undefined;
  const own = exportedValues(module.program).filter((exported) => exported.name === name).at(-1);
  if (own) {
    // The exported name may itself be imported (`import list from './list'; export default list`).
    const further = importedValue(module, own.node, depth);
    return further ?? { file: module, node: own.node };
  }
  for (const statement of module.program.body) {
    const reexport = reexportTarget(statement, name);
    if (!reexport) continue;
    const other = depth < MAX_MODULE_DEPTH ? moduleNamed(module, reexport.specifier) : undefined;
    const found = other && exportOf(other, reexport.name, depth + 1);
    if (found) return found;
  }
  return undefined;
}

/** `export { name } from './m'`, `export { x as name } from`, `export * from './m'`. */
function reexportTarget(statement: TSESTree.ProgramStatement, name: string): ImportTarget | undefined {
  if (statement.type === AST_NODE_TYPES.ExportAllDeclaration)
    return statement.exported || name === 'default' ? undefined : { specifier: statement.source.value, name };
  if (statement.type !== AST_NODE_TYPES.ExportNamedDeclaration || !statement.source) return undefined;
  for (const specifier of statement.specifiers) {
    const exported = specifier.exported.type === AST_NODE_TYPES.Identifier ? specifier.exported.name : String(specifier.exported.value);
    if (exported !== name) continue;
    const local = specifier.local.type === AST_NODE_TYPES.Identifier ? specifier.local.name : String(specifier.local.value);
    return { specifier: statement.source.value, name: local };
  }
  return undefined;
}
