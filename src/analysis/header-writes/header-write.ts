import type { TSESTree } from '@typescript-eslint/utils';
import { AST_NODE_TYPES } from '@typescript-eslint/utils';
import { enclosingFunction } from '../../ast/functions';
import type { HeaderWrite, WriteApi } from '../../model/header-write';

/** One write as every collector records it: the value only when it can be seen (not a spread). */
export function headerWrite(
  name: string,
  value: TSESTree.Node | undefined,
  api: WriteApi,
  appends: boolean,
  node: TSESTree.Node,
  target: string,
  call: HeaderWrite['call'],
): HeaderWrite {
  const visible = value && value.type !== AST_NODE_TYPES.SpreadElement ? value : undefined;
  return { name, value: visible, api, appends, node, target, call, fn: enclosingFunction(node) };
}
