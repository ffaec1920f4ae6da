import type { TSESLint, TSESTree } from '@typescript-eslint/utils';
import { AST_NODE_TYPES } from '@typescript-eslint/utils';
import { ESM, findVariable, type TraceMap, type TrackedReferences } from '@eslint-community/eslint-utils';
import { callsOfFunction } from './call-index';
import type { CorsFile } from './file-context';
import { importEqualsModule, importedModules, requiredModule } from './library-configs/module-imports';
import { canonicalSpecifier } from './module-specifiers';

/** What to find of one module: from its ESM namespace (`default`, named exports) and from its `require()` value. */
export interface ModuleTrace<T> {
  readonly esm: TraceMap<T>;
  readonly cjs: TraceMap<T>;
}

/**
 * References into modules through every import form: `import x from`, named, namespace and
 * `import { default as x }` imports with aliases; `require('m')`, destructured or stored, whether or
 * not the config declares `require` (a flat config for `.js` files does not); and TypeScript's
 * `import x = require('m')`. A local function named `require` is not one. Deno's versioned and
 * prefixed specifiers (`npm:cors@2`, `https://deno.land/x/cors@v1.2.2/mod.ts`) name their module too.
 */
export function* moduleReferences<T>(file: CorsFile, named: Readonly<Record<string, ModuleTrace<T>>>): Iterable<TrackedReferences<T>> {
  const modules = withSpellings(file, named);
  const esm = Object.fromEntries(Object.entries(modules).map(([name, trace]) => [name, { [ESM]: true, ...trace.esm }]));
  yield* file.tracker.iterateEsmReferences(esm as TraceMap<T>);
  // The tracker follows the value of each `require()` call through variables and destructuring.
  const traceOf = (name: string | undefined) => (name !== undefined && Object.hasOwn(modules, name) ? modules[name] : undefined);
  for (const call of callsOfFunction(file, 'require')) {
    const trace = traceOf(requiredModule(file, call));
    if (trace) yield* file.tracker.iteratePropertyReferences(call as never, trace.cjs);
  }
  for (const statement of file.program.body) {
    const trace = traceOf(importEqualsModule(statement));
    if (!trace || statement.type !== AST_NODE_TYPES.TSImportEqualsDeclaration) continue;
    const variable = findVariable(file.scopeOf(statement) as never, statement.id as never) as TSESLint.Scope.Variable | null;
    for (const reference of variable?.references ?? [])
      if (reference.isRead()) yield* file.tracker.iteratePropertyReferences(reference.identifier as never, trace.cjs);
  }
}

/** The nodes `moduleReferences` reaches, as a set (calls of a module function, reads of a property). */
export function moduleReferenceNodes<T>(file: CorsFile, modules: Readonly<Record<string, ModuleTrace<T>>>): Set<TSESTree.Node> {
  const found = new Set<TSESTree.Node>();
  for (const { node } of moduleReferences(file, modules)) found.add(node as TSESTree.Node);
  return found;
}

/** `modules`, plus each specifier of the file that spells one of them another way. */
function withSpellings<T>(file: CorsFile, modules: Readonly<Record<string, ModuleTrace<T>>>): Readonly<Record<string, ModuleTrace<T>>> {
  let spelled: Record<string, ModuleTrace<T>> | undefined;
  for (const specifier of importedModules(file)) {
    if (Object.hasOwn(modules, specifier)) continue;
    const canonical = canonicalSpecifier(specifier);
    if (canonical === specifier || !Object.hasOwn(modules, canonical)) continue;
    spelled ??= { ...modules };
    spelled[specifier] = modules[canonical]!;
  }
  return spelled ?? modules;
}
