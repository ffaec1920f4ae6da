import type { TSESTree } from '@typescript-eslint/utils';
import { AST_NODE_TYPES } from '@typescript-eslint/utils';
import { CALL, CONSTRUCT, READ, type TraceMap, type TrackedReferences } from '@eslint-community/eslint-utils';
import type { CorsFile } from '../file-context';
import { moduleReferences } from '../module-references';
import type { HeaderEntry, RequestSite } from './header-entry';

/** The state of one file's scan for request headers. */
export interface Scan {
  readonly file: CorsFile;
  readonly entries: HeaderEntry[];
  /** Every request options object read, with the call it was passed to. */
  readonly requests: RequestSite[];
  /** Header containers and calls already read: a value reached on two paths is read once. */
  readonly visited: Set<TSESTree.Node>;
  /** Globals the config does not declare (`fetch`, `require`, Nuxt's `$fetch`), as read in the file. */
  readonly undeclaredGlobals: readonly TSESTree.Identifier[];
}

/** What to do with one reference a trace map leads to (a call, a `new`, or a property read). */
export type Handler = (scan: Scan, node: TSESTree.Node) => void;

/** A ReferenceTracker trace map whose leaves are the handlers for what they find. */
export type HandlerMap = { readonly [key: string]: HandlerMap } & {
  readonly [CALL]?: Handler;
  readonly [CONSTRUCT]?: Handler;
  readonly [READ]?: Handler;
};

export function createScan(file: CorsFile): Scan {
  return { file, entries: [], requests: [], visited: new Set(), undeclaredGlobals: unresolvedGlobals(file) };
}

/** Whether `node` is seen for the first time in this scan. */
export function firstVisit(scan: Scan, node: TSESTree.Node): boolean {
  if (scan.visited.has(node)) return false;
  scan.visited.add(node);
  return true;
}

/**
 * Runs each reference's handler. The references are listed first: handlers start traces of their
 * own, and the tracker's cycle guard is shared by all traces.
 */
function runHandlers(scan: Scan, references: Iterable<TrackedReferences<Handler>>): void {
  for (const { node, info } of [...references]) info(scan, node as TSESTree.Node);
}

/** Follows a value (a call result, an instance) to its uses: `const api = axios.create(); api.get()`. */
export function traceValue(scan: Scan, node: TSESTree.Node, map: HandlerMap): void {
  runHandlers(scan, scan.file.tracker.iteratePropertyReferences(node as never, map as TraceMap<Handler>));
}

/** The names by which code reaches the global object, as ReferenceTracker knows them. */
const GLOBAL_OBJECT_NAMES: ReadonlySet<string> = new Set(['global', 'globalThis', 'self', 'window']);

/**
 * Browser globals such as `fetch`, also through `window.fetch` and aliases. ReferenceTracker only
 * sees globals the config declares; undeclared ones (no `globals` config, Nuxt's auto-imported
 * `$fetch`) stay unresolved in the global scope, and are followed from there.
 */
export function traceGlobals(scan: Scan, map: Readonly<Record<string, HandlerMap>>): void {
  runHandlers(scan, scan.file.tracker.iterateGlobalReferences(map as TraceMap<Handler>));
  for (const identifier of scan.undeclaredGlobals) {
    const next = GLOBAL_OBJECT_NAMES.has(identifier.name) ? (map as HandlerMap) : map[identifier.name];
    if (next) traceValue(scan, identifier, next);
  }
}

function unresolvedGlobals(file: CorsFile): TSESTree.Identifier[] {
  const globalScope = file.scopeOf(file.program);
  return globalScope.through
    .filter((reference) => reference.resolved === null && reference.isRead())
    .map((reference) => reference.identifier)
    .filter((identifier): identifier is TSESTree.Identifier => identifier.type === AST_NODE_TYPES.Identifier);
}

/**
 * A module through every import form: `import x from`, `import { default as x }`, named and
 * namespace imports (per `esm`), `require()` and destructured `require()` (per `cjs`), with aliases.
 * `require` is followed even when the config does not declare it.
 */
export function traceModule(scan: Scan, moduleName: string, esm: HandlerMap, cjs: HandlerMap): void {
  runHandlers(scan, moduleReferences(scan.file, { [moduleName]: { esm: esm as TraceMap<Handler>, cjs: cjs as TraceMap<Handler> } }));
}
