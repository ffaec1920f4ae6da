import type { TSESTree } from '@typescript-eslint/utils';
import { AST_NODE_TYPES } from '@typescript-eslint/utils';
import { CALL } from '@eslint-community/eslint-utils';
import { H3_MODULE, h3HeaderFunctions, type H3HeaderFunction } from '../frameworks/h3-headers';
import type { CorsFile } from './file-context';
import { moduleReferences } from './module-references';

export interface H3Call {
  readonly name: string;
  readonly fn: H3HeaderFunction;
  /** How the file calls it: the local name of the import, or the auto-imported global's own. */
  readonly localName: string | undefined;
  /** Called as an undeclared global, so the file relies on Nuxt's or Nitro's auto-imports. */
  readonly autoImported: boolean;
}

const callsByProgram = new WeakMap<TSESTree.Program, ReadonlyMap<TSESTree.Node, H3Call>>();

const TRACE = Object.fromEntries(Object.keys(h3HeaderFunctions).map((name) => [name, { [CALL]: name }]));

/**
 * Calls of h3's header utilities: imported from `h3` in any form, or, for the names Nuxt and Nitro
 * auto-import, called as an undeclared global. Found once per file.
 */
export function h3HeaderCalls(file: CorsFile): ReadonlyMap<TSESTree.Node, H3Call> {
  let calls = callsByProgram.get(file.program);
  if (calls) return calls;
  const found = new Map<TSESTree.Node, H3Call>();
  for (const { node, info } of moduleReferences(file, { [H3_MODULE]: { esm: TRACE, cjs: TRACE } })) {
    const call = node as TSESTree.Node;
    const callee = call.type === AST_NODE_TYPES.CallExpression && call.callee.type === AST_NODE_TYPES.Identifier ? call.callee.name : undefined;
    found.set(call, { name: info, fn: h3HeaderFunctions[info]!, localName: callee, autoImported: false });
  }
  for (const reference of file.scopeOf(file.program).through) {
    const identifier = reference.identifier as TSESTree.Node;
    const fn = identifier.type === AST_NODE_TYPES.Identifier && Object.hasOwn(h3HeaderFunctions, identifier.name) ? h3HeaderFunctions[identifier.name] : undefined;
    const call = identifier.parent;
    if (!fn?.autoImported || reference.resolved || call?.type !== AST_NODE_TYPES.CallExpression || call.callee !== identifier) continue;
    const { name } = identifier as TSESTree.Identifier;
    found.set(call, { name, fn, localName: name, autoImported: true });
  }
  calls = found;
  callsByProgram.set(file.program, calls);
  return calls;
}

/** The local name under which the file can call an h3 utility, if it can without a new import. */
export function h3LocalName(file: CorsFile, name: string): string | undefined {
  for (const call of h3HeaderCalls(file).values()) if (call.name === name && call.localName) return call.localName;
  const autoImports = [...h3HeaderCalls(file).values()].some((call) => call.autoImported);
  return autoImports && h3HeaderFunctions[name]?.autoImported ? name : undefined;
}

/**
 * The end of the last named specifier of the file's value import from `h3`
 * (`import { a, b } from 'h3'`), where another name can join it; undefined when there is none,
 * or when `appendResponseHeader` is already a name in the module.
 */
export function h3NamedImportEnd(file: CorsFile): number | undefined {
  if (file.scopeOf(file.program).set.has('appendResponseHeader')) return undefined;
  for (const statement of file.program.body) {
    if (statement.type !== AST_NODE_TYPES.ImportDeclaration || statement.source.value !== H3_MODULE || statement.importKind === 'type') continue;
    const named = statement.specifiers.filter((specifier) => specifier.type === AST_NODE_TYPES.ImportSpecifier);
    const last = named.at(-1);
    if (last) return last.range[1];
  }
  return undefined;
}
