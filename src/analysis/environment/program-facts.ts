import type { TSESTree } from '@typescript-eslint/utils';
import { AST_NODE_TYPES } from '@typescript-eslint/utils';
import { staticString } from '../../ast/static-values';
import { callsOfFunction } from '../call-index';
import type { CorsFile } from '../file-context';

/** The prologue's directives (`'use client'`), which must come before any other statement. */
export function fileDirectives(program: TSESTree.Program): Set<string> {
  const directives = new Set<string>();
  for (const statement of program.body) {
    if (statement.type !== AST_NODE_TYPES.ExpressionStatement || statement.directive === undefined) break;
    directives.add(statement.directive);
  }
  return directives;
}

const modulesByProgram = new WeakMap<TSESTree.Program, readonly string[]>();

/** Modules the file loads at run time: imports, re-exports and `require()`; type-only imports do not run. */
export function importedModules(file: CorsFile): readonly string[] {
  let modules = modulesByProgram.get(file.program);
  if (modules) return modules;
  const found: string[] = [];
  for (const statement of file.program.body) {
    const specifier = runtimeSpecifier(statement);
    if (specifier !== undefined) found.push(specifier);
  }
  for (const call of callsOfFunction(file, 'require')) {
    const specifier = staticString(call.arguments[0]);
    if (specifier !== undefined) found.push(specifier);
  }
  modules = found;
  modulesByProgram.set(file.program, modules);
  return modules;
}

function runtimeSpecifier(statement: TSESTree.ProgramStatement): string | undefined {
  switch (statement.type) {
    case AST_NODE_TYPES.ImportDeclaration: {
      const typeOnly =
        statement.importKind === 'type' ||
        (statement.specifiers.length > 0 &&
          statement.specifiers.every((s) => s.type === AST_NODE_TYPES.ImportSpecifier && s.importKind === 'type'));
      return typeOnly ? undefined : statement.source.value;
    }
    case AST_NODE_TYPES.ExportAllDeclaration:
    case AST_NODE_TYPES.ExportNamedDeclaration:
      return statement.source && statement.exportKind !== 'type' ? statement.source.value : undefined;
    case AST_NODE_TYPES.TSImportEqualsDeclaration:
      return statement.importKind !== 'type' && statement.moduleReference.type === AST_NODE_TYPES.TSExternalModuleReference
        ? staticString(statement.moduleReference.expression)
        : undefined;
    default:
      return undefined;
  }
}

/** Whether the file reads one of these globals, declared in the config or not. */
export function usesGlobal(file: CorsFile, names: ReadonlySet<string>): boolean {
  const globalScope = file.scopeOf(file.program);
  for (const name of names) {
    const variable = globalScope.set.get(name);
    if (variable && variable.defs.length === 0 && variable.references.length > 0) return true;
  }
  return globalScope.through.some((reference) => reference.resolved === null && names.has(reference.identifier.name));
}

/** The file's base name (`account.server.ts`). */
export const basenameOf = (filename: string): string => filename.split(/[\\/]/u).at(-1) ?? '';
