import type { TSESTree } from '@typescript-eslint/utils';
import { AST_NODE_TYPES } from '@typescript-eslint/utils';
import { callsOfFunction } from '../call-index';
import type { CorsFile } from '../file-context';
import { staticString } from '../../ast/static-values';
import type { ImportGate } from '../../frameworks/types';
import { canonicalSpecifier } from '../module-specifiers';

const importedModulesCache = new WeakMap<TSESTree.Program, ReadonlySet<string>>();

/** Every module specifier the file imports: `import`, `import x = require()`, `require()`, `import()`. */
export function importedModules(file: CorsFile): ReadonlySet<string> {
  let modules = importedModulesCache.get(file.program);
  if (modules) return modules;
  const found = new Set<string>();
  for (const statement of file.program.body) {
    if (statement.type === AST_NODE_TYPES.ImportDeclaration) found.add(statement.source.value);
    const required = importEqualsModule(statement);
    if (required) found.add(required);
  }
  for (const call of callsOfFunction(file, 'require')) {
    const required = requiredModule(file, call);
    if (required) found.add(required);
  }
  modules = found;
  importedModulesCache.set(file.program, modules);
  return modules;
}

/** `import x = require('m')` (TypeScript). */
export function importEqualsModule(statement: TSESTree.Node): string | undefined {
  if (statement.type !== AST_NODE_TYPES.TSImportEqualsDeclaration) return undefined;
  const reference = statement.moduleReference;
  return reference.type === AST_NODE_TYPES.TSExternalModuleReference && reference.expression.type === AST_NODE_TYPES.Literal
    ? String(reference.expression.value)
    : undefined;
}

/** The module of `require('m')` when `require` is the global one (declared or not), not a local function. */
export function requiredModule(file: CorsFile, call: TSESTree.CallExpression): string | undefined {
  if (call.callee.type !== AST_NODE_TYPES.Identifier || call.callee.name !== 'require' || call.arguments.length !== 1) return undefined;
  const variable = findRequireVariable(file, call.callee);
  if (variable && variable.defs.length > 0) return undefined;
  return staticString(call.arguments[0]);
}

function findRequireVariable(file: CorsFile, identifier: TSESTree.Identifier) {
  for (let scope: ReturnType<CorsFile['scopeOf']> | null = file.scopeOf(identifier); scope; scope = scope.upper) {
    const variable = scope.set.get(identifier.name);
    if (variable) return variable;
  }
  return undefined;
}

/** Whether `specifier` is `prefix` or inside it (`@nestjs/` matches `@nestjs/core`; `hapi` matches `hapi/lib`). */
function matchesPrefix(written: string, prefix: string): boolean {
  const specifier = canonicalSpecifier(written);
  return prefix.endsWith('/') ? specifier.startsWith(prefix) : specifier === prefix || specifier.startsWith(`${prefix}/`);
}

/** Whether the file's imports satisfy a site's gate. */
export function passesGate(file: CorsFile, gate: ImportGate | undefined): boolean {
  if (!gate) return true;
  const modules = [...importedModules(file)];
  if (gate.requires && !gate.requires.some((prefix) => modules.some((m) => matchesPrefix(m, prefix)))) return false;
  if (gate.excludes && gate.excludes.some((prefix) => modules.some((m) => matchesPrefix(m, prefix)))) return false;
  return true;
}
