import type { TSESLint, TSESTree } from '@typescript-eslint/utils';
import { AST_NODE_TYPES } from '@typescript-eslint/utils';
import { CONSTRUCT } from '@eslint-community/eslint-utils';
import { classMemberName, isThisMember } from '../../../ast/classes';
import { variableOf } from '../../../ast/const-initializer';
import { isFunctionNode } from '../../../ast/functions';
import { propertyName } from '../../../ast/static-values';
import { outermostWrapper, unwrapExpression } from '../../../ast/unwrap';
import { collectedWithin } from '../../collect';
import { findProperty, readHeadersInit, readNameValueCall, readRequestOptions, resolveObject } from '../containers';
import { firstVisit, traceModule, type Handler, type Scan } from '../scan';

type Variable = TSESLint.Scope.Variable;

const HTTP_MODULE = '@angular/common/http';

/** Where each `HttpClient` method takes its options (`jsonp` has none). */
const OPTIONS_AT: Readonly<Record<string, number>> = { get: 1, delete: 1, head: 1, options: 1, post: 2, put: 2, patch: 2, request: 2 };

/**
 * `HttpHeaders` is immutable: `set`/`append`/`delete` return a new instance. Follows one from where
 * it is made along chains (`new HttpHeaders().set(a, b).set(c, d)`) and through the variables that
 * hold it (`let h = new HttpHeaders(); h = h.set(...)`), reading every `set` and `append`.
 */
function readHttpHeadersChain(scan: Scan, start: TSESTree.Node): void {
  let node = start;
  for (;;) {
    const self = outermostWrapper(node);
    const parent = self.parent;
    if (parent?.type === AST_NODE_TYPES.MemberExpression && parent.object === self && parent.parent.type === AST_NODE_TYPES.CallExpression) {
      const method = propertyName(parent, scan.file.scopeOf(parent));
      if (parent.parent.callee !== parent || (method !== 'set' && method !== 'append' && method !== 'delete')) return;
      if (method !== 'delete') readNameValueCall(scan, 'angular', parent.parent, true);
      node = parent.parent;
      continue;
    }
    const holder =
      parent?.type === AST_NODE_TYPES.VariableDeclarator && parent.init === self
        ? parent.id
        : parent?.type === AST_NODE_TYPES.AssignmentExpression && parent.right === self
          ? parent.left
          : undefined;
    if (holder?.type === AST_NODE_TYPES.Identifier && firstVisit(scan, parent!))
      for (const reference of variableOf(holder, scan.file.scopeOf(holder))?.references ?? [])
        if (reference.isRead()) readHttpHeadersChain(scan, reference.identifier as TSESTree.Node);
    return;
  }
}

/** `new HttpHeaders(init)`: the init, and what is chained on the instance. */
const headersConstruct: Handler = (scan, node) => {
  readHeadersInit(scan, (node as TSESTree.NewExpression).arguments[0], { client: 'angular', owners: [] });
  readHttpHeadersChain(scan, node);
};

/** `http.get(url, options)`, `http.post(url, body, options)`, `http.request(method, url, options)`. */
function readClientCall(scan: Scan, call: TSESTree.CallExpression): void {
  const callee = unwrapExpression(call.callee);
  if (callee.type !== AST_NODE_TYPES.MemberExpression) return;
  const at = OPTIONS_AT[propertyName(callee, scan.file.scopeOf(callee)) ?? ''];
  if (at !== undefined) readRequestOptions(scan, 'angular', call.arguments[at]);
}

/** `req.clone({ setHeaders: {...}, headers: req.headers.set(...) })` on an interceptor's request. */
function readRequestUses(scan: Scan, request: Variable): void {
  for (const reference of request.references) {
    const read = reference.identifier as TSESTree.Node;
    const member = read.parent;
    if (!reference.isRead() || member?.type !== AST_NODE_TYPES.MemberExpression || member.object !== read) continue;
    const name = propertyName(member, scan.file.scopeOf(member));
    if (name === 'headers') readHttpHeadersChain(scan, member);
    const call = member.parent;
    if (name !== 'clone' || call.type !== AST_NODE_TYPES.CallExpression || call.callee !== member) continue;
    const update = resolveObject(scan, call.arguments[0]);
    const setHeaders = update && findProperty(scan, update, 'setHeaders');
    if (setHeaders) readHeadersInit(scan, setHeaders.value, { client: 'angular', owners: [{ shape: 'list-element', range: setHeaders.range }] });
  }
}

/** The variable of `import { <name> } from '@angular/common/http'` (under any local name). */
function importedBinding(scan: Scan, from: string, name: string): Variable | undefined {
  for (const statement of scan.file.program.body) {
    if (statement.type !== AST_NODE_TYPES.ImportDeclaration || statement.source.value !== from) continue;
    for (const specifier of statement.specifiers) {
      if (specifier.type !== AST_NODE_TYPES.ImportSpecifier) continue;
      const imported = specifier.imported.type === AST_NODE_TYPES.Identifier ? specifier.imported.name : specifier.imported.value;
      if (imported === name) return scan.file.sourceCode.getDeclaredVariables(specifier)[0];
    }
  }
  return undefined;
}

/** Where a type reference to an imported class annotates something: a parameter, a property or a variable. */
function annotatedBinding(identifier: TSESTree.Node): TSESTree.Node | undefined {
  const typeReference = identifier.parent;
  if (typeReference?.type !== AST_NODE_TYPES.TSTypeReference) return undefined;
  const annotation = typeReference.parent;
  return annotation?.type === AST_NODE_TYPES.TSTypeAnnotation ? annotation.parent : undefined;
}

/** `inject(HttpClient)` with `inject` from `@angular/core`. */
function isInjectCall(scan: Scan, node: TSESTree.Node | undefined, inject: Variable | undefined): node is TSESTree.CallExpression {
  if (node?.type !== AST_NODE_TYPES.CallExpression || !inject) return false;
  const callee = unwrapExpression(node.callee);
  return callee.type === AST_NODE_TYPES.Identifier && variableOf(callee, scan.file.scopeOf(callee)) === inject;
}

/**
 * An injected `HttpClient`: a constructor parameter property (`constructor(private http: HttpClient)`)
 * or a field (`http = inject(HttpClient)`) is called as `this.http.get(...)` in its class; a variable
 * (`const http = inject(HttpClient)`) wherever it is read. Found from the import, not from the name.
 */
function traceHttpClient(scan: Scan): void {
  const client = importedBinding(scan, HTTP_MODULE, 'HttpClient');
  if (!client) return;
  const inject = importedBinding(scan, '@angular/core', 'inject');
  for (const reference of client.references) {
    const identifier = reference.identifier as TSESTree.Node;
    const annotated = annotatedBinding(identifier);
    if (annotated?.type === AST_NODE_TYPES.Identifier && annotated.parent?.type === AST_NODE_TYPES.TSParameterProperty) {
      readMemberCalls(scan, annotated.parent.parent as TSESTree.Node, annotated.name);
      continue;
    }
    const call = identifier.parent;
    if (!isInjectCall(scan, call, inject) || call.arguments[0] !== identifier) continue;
    const holder = call.parent;
    if (holder?.type === AST_NODE_TYPES.PropertyDefinition && holder.value === call && !holder.static) {
      const name = classMemberName(holder.key);
      if (name !== undefined && !holder.computed) readMemberCalls(scan, holder.parent.parent, name);
    }
    if (holder?.type === AST_NODE_TYPES.VariableDeclarator && holder.init === call && holder.id.type === AST_NODE_TYPES.Identifier)
      for (const read of variableOf(holder.id, scan.file.scopeOf(holder))?.references ?? []) {
        const member = (read.identifier as TSESTree.Node).parent;
        if (read.isRead() && member?.type === AST_NODE_TYPES.MemberExpression && member.parent.type === AST_NODE_TYPES.CallExpression)
          readClientCall(scan, member.parent);
      }
  }
}

/** `this.<name>.get(...)` in the class that holds the client as `<name>`. */
function readMemberCalls(scan: Scan, inside: TSESTree.Node, name: string): void {
  let classNode: TSESTree.Node | undefined = inside;
  while (classNode && classNode.type !== AST_NODE_TYPES.ClassDeclaration && classNode.type !== AST_NODE_TYPES.ClassExpression)
    classNode = classNode.parent;
  if (!classNode) return;
  for (const call of collectedWithin(scan.file.nodes.calls, classNode)) {
    const callee = unwrapExpression(call.callee);
    if (callee.type === AST_NODE_TYPES.MemberExpression && isThisMember(unwrapExpression(callee.object), classNode, name))
      readClientCall(scan, call);
  }
}

/**
 * Interceptors: the request parameter of a class interceptor's `intercept(req: HttpRequest<T>, next)`
 * (any parameter typed `HttpRequest`) and of a functional one (`const auth: HttpInterceptorFn = (req, next) => ...`).
 */
function traceInterceptors(scan: Scan): void {
  for (const reference of importedBinding(scan, HTTP_MODULE, 'HttpRequest')?.references ?? []) {
    const annotated = annotatedBinding(reference.identifier as TSESTree.Node);
    const parameter = annotated?.type === AST_NODE_TYPES.Identifier ? annotated : undefined;
    const variable = parameter && variableOf(parameter, scan.file.scopeOf(parameter));
    if (variable?.defs[0]?.type === 'Parameter') readRequestUses(scan, variable);
  }
  for (const reference of importedBinding(scan, HTTP_MODULE, 'HttpInterceptorFn')?.references ?? []) {
    const declared = annotatedBinding(reference.identifier as TSESTree.Node);
    const declarator = declared?.parent;
    if (declarator?.type !== AST_NODE_TYPES.VariableDeclarator || declarator.id !== declared || !declarator.init) continue;
    const fn = unwrapExpression(declarator.init);
    const request = isFunctionNode(fn) ? fn.params[0] : undefined;
    const variable = request?.type === AST_NODE_TYPES.Identifier ? variableOf(request, scan.file.scopeOf(request)) : undefined;
    if (variable) readRequestUses(scan, variable);
  }
}

/** Angular's `@angular/common/http`: `HttpHeaders`, an injected `HttpClient`, and interceptors. */
export function traceAngular(scan: Scan): void {
  traceModule(scan, HTTP_MODULE, { HttpHeaders: { [CONSTRUCT]: headersConstruct } }, { HttpHeaders: { [CONSTRUCT]: headersConstruct } });
  traceHttpClient(scan);
  traceInterceptors(scan);
}
