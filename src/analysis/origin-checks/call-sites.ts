import type { TSESTree } from '@typescript-eslint/utils';
import type { FunctionNode } from '../../ast/functions';
import type { CorsFile } from '../file-context';
import { calledFunction } from '../origin-sources/functions';

const callsByFile = new WeakMap<TSESTree.Program, ReadonlyMap<FunctionNode, readonly TSESTree.CallExpression[]>>();

/** The calls of a same-file function (`isAllowed(origin)`), grouped once per file. */
export function callSitesOf(file: CorsFile, fn: FunctionNode): readonly TSESTree.CallExpression[] {
  let byFunction = callsByFile.get(file.program);
  if (!byFunction) {
    const grouped = new Map<FunctionNode, TSESTree.CallExpression[]>();
    for (const call of file.nodes.calls) {
      const callee = calledFunction(file, call);
      if (!callee) continue;
      const calls = grouped.get(callee);
      if (calls) calls.push(call);
      else grouped.set(callee, [call]);
    }
    byFunction = grouped;
    callsByFile.set(file.program, byFunction);
  }
  return byFunction.get(fn) ?? [];
}
