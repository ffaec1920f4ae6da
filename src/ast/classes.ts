import type { TSESTree } from '@typescript-eslint/utils';
import { AST_NODE_TYPES } from '@typescript-eslint/utils';

/**
 * The class whose instance `this` is: the nearest method or field initializer, arrows seeing
 * through. Undefined in a plain function, a static member or a static block.
 */
export function thisClass(node: TSESTree.ThisExpression): TSESTree.ClassDeclaration | TSESTree.ClassExpression | undefined {
  for (let current: TSESTree.Node | undefined = node.parent; current; current = current.parent) {
    if (current.type === AST_NODE_TYPES.FunctionExpression || current.type === AST_NODE_TYPES.FunctionDeclaration) {
      const owner = current.parent;
      return owner?.type === AST_NODE_TYPES.MethodDefinition && !owner.static ? owner.parent.parent : undefined;
    }
    if (current.type === AST_NODE_TYPES.PropertyDefinition) return current.static ? undefined : current.parent.parent;
    if (current.type === AST_NODE_TYPES.StaticBlock || current.type === AST_NODE_TYPES.ClassBody) return undefined;
  }
  return undefined;
}

/** `name`, `'name'` or `#name` (a private name keeps its `#`: it is a different member). */
export function classMemberName(key: TSESTree.Node): string | undefined {
  if (key.type === AST_NODE_TYPES.Identifier) return key.name;
  if (key.type === AST_NODE_TYPES.PrivateIdentifier) return `#${key.name}`;
  return key.type === AST_NODE_TYPES.Literal && typeof key.value === 'string' ? key.value : undefined;
}

/** Whether `node` is `this.<name>` on an instance of `classNode` (not computed, not another class's `this`). */
export function isThisMember(node: TSESTree.Node, classNode: TSESTree.Node, name: string): boolean {
  return (
    node.type === AST_NODE_TYPES.MemberExpression &&
    !node.computed &&
    node.object.type === AST_NODE_TYPES.ThisExpression &&
    classMemberName(node.property) === name &&
    thisClass(node.object) === classNode
  );
}

/** `this.name(...)` calls among `calls` made on an instance of `classNode`. */
export function thisMemberCalls(
  calls: readonly TSESTree.CallExpression[],
  classNode: TSESTree.Node,
  name: string,
): TSESTree.CallExpression[] {
  return calls.filter((call) => {
    const callee = call.callee.type === AST_NODE_TYPES.ChainExpression ? call.callee.expression : call.callee;
    return isThisMember(callee, classNode, name);
  });
}
