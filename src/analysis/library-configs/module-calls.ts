import type { TSESLint, TSESTree } from '@typescript-eslint/utils';
import { AST_NODE_TYPES } from '@typescript-eslint/utils';
import { CALL, CONSTRUCT, ESM, findVariable } from '@eslint-community/eslint-utils';
import { callsOfFunction } from '../call-index';
import type { CorsFile } from '../file-context';
import type { FrameworkTable, ModuleCallSite } from '../../frameworks/types';
import { importEqualsModule, passesGate, requiredModule } from './module-imports';

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

  const esmMap = Object.fromEntries(Object.entries(maps).map(([module, map]) => [module, { ...map, [ESM]: true }]));
  for (const reference of file.tracker.iterateEsmReferences(esmMap as never)) report(reference);

  // `require('m')`: the tracker follows the value from the call, through variables and destructuring.
  for (const call of callsOfFunction(file, 'require')) {
    const module = requiredModule(file, call);
    const map = module === undefined ? undefined : maps[module];
    if (map) for (const reference of moduleValueReferences(file, call, map)) report(reference);
  }

  for (const statement of file.program.body) {
    const module = importEqualsModule(statement);
    const map = module === undefined ? undefined : maps[module];
    if (!map || statement.type !== AST_NODE_TYPES.TSImportEqualsDeclaration) continue;
    const variable = findVariable(file.scopeOf(statement) as never, statement.id as never) as TSESLint.Scope.Variable | null;
    for (const reference of variable?.references ?? [])
      if (reference.isRead()) for (const hit of moduleValueReferences(file, reference.identifier, map)) report(hit);
  }
  return found;
}

/** References reached from an expression that evaluates to the module itself (calls of it included). */
function moduleValueReferences(file: CorsFile, node: TSESTree.Node, map: TraceNode) {
  return file.tracker.iteratePropertyReferences(node as never, map as never);
}
