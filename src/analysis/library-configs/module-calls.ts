import type { TSESTree } from '@typescript-eslint/utils';
import { AST_NODE_TYPES } from '@typescript-eslint/utils';
import { CALL, CONSTRUCT, ESM } from '@eslint-community/eslint-utils';
import type { CorsFile } from '../file-context';
import { moduleReferences } from '../module-references';
import type { FrameworkTable, ModuleCallSite } from '../../frameworks/types';
import { passesGate } from './module-imports';

/** A call or `new` of a library export, with the table and site that describe it. */
export interface ModuleCall {
  readonly node: TSESTree.CallExpression | TSESTree.NewExpression;
  readonly table: FrameworkTable;
  readonly site: ModuleCallSite;
}

interface SiteRef {
  readonly table: FrameworkTable;
  readonly site: ModuleCallSite;
}

/** A ReferenceTracker trace map whose leaves hold the sites they stand for. */
interface TraceNode {
  [key: string]: TraceNode;
  [CALL]?: SiteRef[];
  [CONSTRUCT]?: SiteRef[];
  [ESM]?: true;
}

/** One trace map per module, shared by every file (the tables never change). */
const traceMapCache = new WeakMap<readonly FrameworkTable[], Record<string, TraceNode>>();

function traceMaps(tables: readonly FrameworkTable[]): Record<string, TraceNode> {
  let maps = traceMapCache.get(tables);
  if (maps) return maps;
  maps = {};
  for (const table of tables) {
    for (const site of table.sites) {
      if (site.kind !== 'call' && site.kind !== 'construct') continue;
      for (const { module, path } of site.exports) {
        let node = (maps[module] ??= {});
        for (const key of path) node = node[key] ??= {};
        const symbol = site.kind === 'call' ? CALL : CONSTRUCT;
        (node[symbol] ??= []).push({ table, site });
      }
    }
  }
  traceMapCache.set(tables, maps);
  return maps;
}

/**
 * Every call or `new` of a library export in the file, found with ReferenceTracker from imports
 * (default, named, namespace, `import { default as x }`, aliases) and from `require()` (also when
 * `require` is not a declared global, and through destructuring), plus `import x = require()`.
 */
export function findModuleCalls(file: CorsFile, tables: readonly FrameworkTable[]): ModuleCall[] {
  const maps = traceMaps(tables);
  const found: ModuleCall[] = [];
  const seen = new Set<string>();
  const add = (node: TSESTree.Node, refs: SiteRef[] | undefined) => {
    if (node.type !== AST_NODE_TYPES.CallExpression && node.type !== AST_NODE_TYPES.NewExpression) return;
    for (const { table, site } of refs ?? []) {
      const key = `${node.range[0]}:${table.library}`;
      if (seen.has(key) || !passesGate(file, site.gate)) continue;
      seen.add(key);
      found.push({ node, table, site });
    }
  };
  const report = ({ node, info }: { node: unknown; info: unknown }) => add(node as TSESTree.Node, info as SiteRef[]);

  const traces = Object.fromEntries(Object.entries(maps).map(([module, map]) => [module, { esm: map, cjs: map }]));
  for (const reference of moduleReferences(file, traces as never)) report(reference);
  return found;
}

