import type { TSESTree } from '@typescript-eslint/utils';
import { AST_NODE_TYPES } from '@typescript-eslint/utils';
import { CALL } from '@eslint-community/eslint-utils';
import { variableOf } from '../../../ast/const-initializer';
import { propertyName, staticString } from '../../../ast/static-values';
import { outermostWrapper } from '../../../ast/unwrap';
import { isInlineContainer, readHeadersInit, readNameValueCall } from '../containers';
import type { OwnerRemoval } from '../header-entry';
import { asOwner, callRemoval } from '../removals';
import { firstVisit, traceModule, type Handler, type HandlerMap, type Scan } from '../scan';

/** Methods that leave the request builder: nothing after them sets request headers. */
const CHAIN_ENDS: ReadonlySet<string> = new Set(['then', 'catch', 'finally', 'end', 'pipe']);

/** `.set(name, value)` or `.set({ name: value })`; both return the request, so links can be cut out. */
function readSetCall(scan: Scan, call: TSESTree.CallExpression): void {
  const [first] = call.arguments;
  if (call.arguments.length === 1 && staticString(first, scan.file.scopeOf(call)) === undefined) {
    const owner = isInlineContainer(first) ? asOwner(callRemoval(call, true)) : undefined;
    const owners: OwnerRemoval[] = owner ? [owner] : [];
    readHeadersInit(scan, first, { client: 'superagent', owners });
    return;
  }
  readNameValueCall(scan, 'superagent', call, true);
}

/**
 * Walks a fluent chain up from a request or agent (`request.get(u).query(q).set(...)`), also
 * through a variable that holds it (`const req = request.post(u); req.set(...)`).
 */
function readChain(scan: Scan, start: TSESTree.Node): void {
  let node = start;
  for (;;) {
    const self = outermostWrapper(node);
    const member = self.parent;
    if (
      member?.type === AST_NODE_TYPES.MemberExpression &&
      member.object === self &&
      member.parent.type === AST_NODE_TYPES.CallExpression &&
      member.parent.callee === member
    ) {
      const method = propertyName(member, scan.file.scopeOf(member));
      if (method === undefined || CHAIN_ENDS.has(method)) return;
      if (method === 'set') readSetCall(scan, member.parent);
      node = member.parent;
      continue;
    }
    if (member?.type === AST_NODE_TYPES.VariableDeclarator && member.init === self && firstVisit(scan, member)) {
      if (member.id.type !== AST_NODE_TYPES.Identifier) return;
      for (const reference of variableOf(member.id, scan.file.scopeOf(member))?.references ?? [])
        if (reference.isRead()) readChain(scan, reference.identifier as TSESTree.Node);
    }
    return;
  }
}

const startChain: Handler = (scan, node) => readChain(scan, node);

/** `request(method, url)`, `request.get(url)`, ..., and `request.agent()`. */
const FACTORY: HandlerMap = {
  [CALL]: startChain,
  ...Object.fromEntries(
    ['get', 'post', 'put', 'patch', 'del', 'delete', 'head', 'options', 'agent'].map((method) => [method, { [CALL]: startChain }]),
  ),
};

/**
 * superagent is CommonJS: the default import, `import * as request` (TypeScript without
 * esModuleInterop), named imports through bundler interop, `require` and destructured `require`.
 */
export function traceSuperagent(scan: Scan): void {
  traceModule(scan, 'superagent', { ...FACTORY, default: FACTORY }, { ...FACTORY, default: FACTORY });
}
