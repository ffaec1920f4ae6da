import type { TSESTree } from '@typescript-eslint/utils';
import { AST_NODE_TYPES } from '@typescript-eslint/utils';
import { staticString } from '../../ast/static-values';
import { callsOfFunction } from '../call-index';
import type { CorsFile } from '../file-context';
import {
  BROWSER_GLOBALS,
  CLIENT_DIRECTIVE,
  CLIENT_FILE,
  DECLARED_BROWSER_MODULES,
  DECLARED_SERVER_MODULES,
  SERVER_AUTO_IMPORTS,
  SERVER_DIRECTIVE,
  SERVER_FILE,
  isServerModule,
} from './environment-evidence';

/** Where a file's requests are sent from, as far as the file itself tells. */
export type Environment = 'browser' | 'server' | 'unknown';

export interface FileEnvironment {
  readonly environment: Environment;
  /**
   * True when the file declares where it runs (`'use client'`, `'use server'`, `server-only`,
   * `*.server.ts`), which bundlers enforce; false when it is inferred from imports and globals.
   */
  readonly declared: boolean;
}

/**
 * Declarations decide first (browser over server). Otherwise browser globals (`window`,
 * `document`, `XMLHttpRequest`) win over server imports: such a file runs in a browser at
 * least some of the time (isomorphic code, Electron renderers), and there the header is
 * dropped. A file with no evidence is `unknown`.
 */
export function fileEnvironment(file: CorsFile): FileEnvironment {
  const modules = importedModules(file);
  const directives = fileDirectives(file.program);
  const basename = file.filename.split(/[\\/]/u).at(-1) ?? '';
  if (directives.has(CLIENT_DIRECTIVE) || modules.some((m) => DECLARED_BROWSER_MODULES.has(m)) || CLIENT_FILE.test(basename))
    return { environment: 'browser', declared: true };
  if (directives.has(SERVER_DIRECTIVE) || modules.some((m) => DECLARED_SERVER_MODULES.has(m)) || SERVER_FILE.test(basename))
    return { environment: 'server', declared: true };
  if (usesGlobal(file, BROWSER_GLOBALS)) return { environment: 'browser', declared: false };
  if (modules.some(isServerModule) || usesGlobal(file, SERVER_AUTO_IMPORTS)) return { environment: 'server', declared: false };
  return { environment: 'unknown', declared: false };
}

/** The prologue's directives (`'use client'`), which must come before any other statement. */
function fileDirectives(program: TSESTree.Program): Set<string> {
  const directives = new Set<string>();
  for (const statement of program.body) {
    if (statement.type !== AST_NODE_TYPES.ExpressionStatement || statement.directive === undefined) break;
    directives.add(statement.directive);
  }
  return directives;
}

/** Modules the file loads at run time: imports, re-exports and `require()`; type-only imports do not run. */
function importedModules(file: CorsFile): string[] {
  const modules: string[] = [];
  for (const statement of file.program.body) {
    const specifier = runtimeSpecifier(statement);
    if (specifier !== undefined) modules.push(specifier);
  }
  for (const call of callsOfFunction(file, 'require')) {
    const specifier = staticString(call.arguments[0]);
    if (specifier !== undefined) modules.push(specifier);
  }
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
function usesGlobal(file: CorsFile, names: ReadonlySet<string>): boolean {
  const globalScope = file.scopeOf(file.program);
  for (const name of names) {
    const variable = globalScope.set.get(name);
    if (variable && variable.defs.length === 0 && variable.references.length > 0) return true;
  }
  return globalScope.through.some((reference) => reference.resolved === null && names.has(reference.identifier.name));
}
