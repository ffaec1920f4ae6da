import type { TSESTree } from '@typescript-eslint/utils';
import { AST_NODE_TYPES } from '@typescript-eslint/utils';
import { calledMethodName } from '../ast/static-values';
import type { CorsFile } from './file-context';

/** Positions in `file.nodes.calls`, so merged lists keep ESLint's traversal order. */
type Positions = readonly number[];

interface CallIndex {
  /** `x.name(...)` (also `x['name'](...)`) by the name read without a scope. */
  readonly byMethod: ReadonlyMap<string, Positions>;
  /** `x[expression](...)`: only the scope can tell what these call. */
  readonly computed: Positions;
  /** `name(...)` by the called identifier. */
  readonly byFunction: ReadonlyMap<string, Positions>;
}

const indexByProgram = new WeakMap<TSESTree.Program, CallIndex>();

/** Reading every call's callee is the dearest part of a scan; done once per file. */
function callIndex(file: CorsFile): CallIndex {
  let index = indexByProgram.get(file.program);
  if (index) return index;
  const byMethod = new Map<string, number[]>();
  const byFunction = new Map<string, number[]>();
  const computed: number[] = [];
  const { calls } = file.nodes;
  for (let position = 0; position < calls.length; position++) {
    const call = calls[position]!;
    const callee = call.callee.type === AST_NODE_TYPES.ChainExpression ? call.callee.expression : call.callee;
    if (callee.type === AST_NODE_TYPES.MemberExpression) {
      if (callee.computed) computed.push(position);
      // A written name is read directly; `calledMethodName` only for computed ones (`x['set']`).
      const method = callee.computed ? calledMethodName(call) : callee.property.type === AST_NODE_TYPES.Identifier ? callee.property.name : undefined;
      if (method !== undefined) add(byMethod, method, position);
    } else if (call.callee.type === AST_NODE_TYPES.Identifier) {
      add(byFunction, call.callee.name, position);
    }
  }
  index = { byMethod, byFunction, computed };
  indexByProgram.set(file.program, index);
  return index;
}

function add(map: Map<string, number[]>, key: string, position: number): void {
  const list = map.get(key);
  if (list) list.push(position);
  else map.set(key, [position]);
}

/**
 * The member calls whose method name (as `calledMethodName` reads it without a scope) passes
 * `wanted`, in traversal order. `withComputed` adds every call with a computed name
 * (`res[name](...)`), for scans that name those with the scope. `wanted` sees each distinct name once.
 */
export function callsOfMethods(file: CorsFile, wanted: (method: string) => boolean, withComputed = false): TSESTree.CallExpression[] {
  const index = callIndex(file);
  const positions: Positions[] = withComputed ? [index.computed] : [];
  for (const [method, calls] of index.byMethod) if (wanted(method)) positions.push(calls);
  return inTraversalOrder(file, positions);
}

/** The calls of a plain identifier (`require(...)`), in traversal order. */
export function callsOfFunction(file: CorsFile, name: string): TSESTree.CallExpression[] {
  return inTraversalOrder(file, [callIndex(file).byFunction.get(name) ?? []]);
}

function inTraversalOrder(file: CorsFile, lists: readonly Positions[]): TSESTree.CallExpression[] {
  const { calls } = file.nodes;
  if (lists.length === 1) return lists[0]!.map((position) => calls[position]!);
  // Sorting the few wanted positions costs less than a pass over every call of the file.
  const positions = lists.flat().sort((a, b) => a - b);
  return positions.filter((position, at) => at === 0 || positions[at - 1] !== position).map((position) => calls[position]!);
}
