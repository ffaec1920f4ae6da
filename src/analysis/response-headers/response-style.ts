import type { TSESTree } from '@typescript-eslint/utils';
import { AST_NODE_TYPES } from '@typescript-eslint/utils';
import type { HeaderWrite } from '../../model/header-write';
import { isFunctionNode, type FunctionNode } from '../../ast/functions';
import { chainRoot } from '../../ast/member-chains';
import { calledMethodName, propertyName } from '../../ast/static-values';
import { constInitializer, variableOf } from '../../ast/const-initializer';
import { unwrapExpression } from '../../ast/unwrap';
import { callsOfFunction } from '../call-index';
import type { CorsFile } from '../file-context';
import { h3LocalName, h3NamedImportEnd } from '../h3-calls';
import { importedModules, requiredModule } from '../library-configs/module-imports';
import { headersLiteral, receiverOf, responseLiteral } from './responses';

/**
 * How to append `Vary: Origin` to a response, one value per calling convention (the
 * `append-vary-origin` transform turns it into code).
 */
export type VaryStyle =
  /** Express `res.vary('Origin')`. */
  | 'express'
  /** Node `res.appendHeader('Vary', 'Origin')` (Node 18.3+ / 16.17+). */
  | 'node'
  /** `vary(res, 'Origin')` when the file already imports the `vary` package. */
  | 'vary-package'
  /** Koa `ctx.vary('Origin')`. */
  | 'koa'
  /** Hono `c.header('Vary', 'Origin', { append: true })`. */
  | 'hono'
  /** Fastify has no append: `reply.header('Vary', ...)` built from `reply.getHeader('Vary')`. */
  | 'fastify'
  /** Web `headers.append('Vary', 'Origin')`. */
  | 'web'
  /** A plain headers record (Elysia `set.headers`): `set.headers.vary = ...` built from the old value. */
  | 'record'
  /** A `Vary: 'Origin'` property in the same headers object. */
  | 'object'
  /** A `['Vary', 'Origin']` entry in the same headers list. */
  | 'tuple'
  /** h3 `appendResponseHeader(event, 'Vary', 'Origin')`, imported or auto-imported. */
  | 'h3';

/** Where the request is in the handler, to read its Origin. */
export type RequestKind = 'node' | 'koa' | 'hono' | 'web' | 'lambda' | 'elysia';

export interface ResponseStyle {
  readonly vary: VaryStyle | undefined;
  /** Source text of what the Vary goes on: `res`, `ctx`, `reply`, `c`, `headers`, `set.headers`. */
  readonly target: string;
  readonly request: RequestKind | undefined;
  /** The local name of the function that appends: the `vary` package's, or h3's `appendResponseHeader`. */
  readonly varyFunction?: string;
  /** The headers literal that stands for the response, for the `object` and `tuple` styles. */
  readonly literal?: TSESTree.ObjectExpression | TSESTree.ArrayExpression;
  /** Where `, <varyFunction>` joins the file's named imports from its module, when it is not imported yet. */
  readonly addImportAt?: number;
}

/** Node's own `ServerResponse` methods. */
const NODE_METHODS = new Set(['setHeader', 'appendHeader', 'writeHead', 'setHeaders']);

/** Modules that show a file is written for a framework: the framework or its router and plugins. */
const FRAMEWORK_MODULES: Readonly<Record<'koa' | 'hono', readonly string[]>> = {
  koa: ['koa', '@koa/', 'koa-'],
  hono: ['hono', 'hono/', '@hono/'],
};

function importsFramework(modules: ReadonlySet<string>, framework: 'koa' | 'hono'): boolean {
  return [...modules].some((specifier) =>
    FRAMEWORK_MODULES[framework].some((prefix) => (/[/-]$/.test(prefix) ? specifier.startsWith(prefix) : specifier === prefix)),
  );
}

/** Factories of web responses: their headers init is a web `HeadersInit`. */
const WEB_RESPONSE_FACTORIES = new Set(['Response', 'NextResponse', 'Headers']);

/** Hono context helpers whose last argument is a headers record. */
const HONO_BODY_METHODS = new Set(['json', 'text', 'body', 'html', 'newResponse']);

export function responseStyleOf(file: CorsFile, write: HeaderWrite): ResponseStyle {
  const literal = headersLiteral(write);
  if (literal) return literalStyle(file, write, literal);
  const receiver = receiverOf(write);
  if (!receiver) return { vary: undefined, target: '', request: undefined };
  const target = file.sourceCode.getText(receiver);
  if (write.api === 'h3') {
    // `appendResponseHeader` as the file can call it (imported, or auto-imported), else added to its `h3` import.
    const append = h3LocalName(file, 'appendResponseHeader');
    if (append) return { vary: 'h3', target, request: undefined, varyFunction: append };
    const addImportAt = h3NamedImportEnd(file);
    return addImportAt === undefined
      ? { vary: undefined, target, request: undefined }
      : { vary: 'h3', target, request: undefined, varyFunction: 'appendResponseHeader', addImportAt };
  }
  if (write.api === 'assignment') return { vary: 'record', target, request: recordRequest(write.fn) };
  if (write.api === 'headersSet' || isWebHeaders(file, receiver)) return { vary: 'web', target, request: webRequest(file, receiver) };

  const method = write.call?.type === AST_NODE_TYPES.CallExpression ? calledMethodName(write.call) : undefined;
  const root = chainRoot(receiver);
  const position = root?.type === AST_NODE_TYPES.Identifier ? parameterPosition(file, root) : undefined;
  const rootText = root ? file.sourceCode.getText(root) : target;
  const modules = importedModules(file);
  const varyFunction = varyPackageName(file);

  if (write.api === 'vary' || NODE_METHODS.has(method ?? '')) {
    if (varyFunction) return { vary: 'vary-package', target, request: 'node', varyFunction };
    const plainResponse = receiver.type === AST_NODE_TYPES.Identifier;
    return { vary: plainResponse && modules.has('express') ? 'express' : 'node', target, request: 'node' };
  }
  // A context as first parameter (`(ctx, next)`, `(c, next)`) is Koa's or Hono's; the request is
  // only read through it when the file imports that framework (a helper `(res) => ...` looks alike).
  const koa = importsFramework(modules, 'koa');
  const hono = importsFramework(modules, 'hono');
  if (method === 'set' || method === 'append') {
    if (position === 0 || (position === undefined && koa)) return { vary: 'koa', target: rootText, request: koa ? 'koa' : undefined };
    return { vary: 'express', target, request: 'node' };
  }
  if (method === 'header' || method === 'headers') {
    if (position === 0 || (position === undefined && hono)) return { vary: 'hono', target: rootText, request: hono ? 'hono' : undefined };
    if (isHapiResponse(file, receiver)) return { vary: undefined, target, request: 'node' };
    // Express's `res.header` is `res.set`, and its response has `getHeader` too, so the Fastify
    // form is right for both when the file does not say which it is.
    return { vary: modules.has('express') && !modules.has('fastify') ? 'express' : 'fastify', target, request: 'node' };
  }
  return { vary: undefined, target, request: undefined };
}

function literalStyle(
  file: CorsFile,
  write: HeaderWrite,
  literal: TSESTree.ObjectExpression | TSESTree.ArrayExpression,
): ResponseStyle {
  const response = responseLiteral(literal);
  const style = (request: RequestKind | undefined): ResponseStyle => ({
    vary: response.type === AST_NODE_TYPES.ObjectExpression ? 'object' : 'tuple',
    target: '',
    request,
    literal: response,
  });
  const call = write.call;
  if (!call) return style('lambda');
  const callee = unwrapExpression(call.callee);
  if (callee.type === AST_NODE_TYPES.MemberExpression && HONO_BODY_METHODS.has(propertyName(callee) ?? '')) {
    const root = chainRoot(callee.object);
    if (root?.type === AST_NODE_TYPES.Identifier && parameterPosition(file, root) === 0) return style('hono');
  }
  const root = chainRoot(callee);
  if (root?.type === AST_NODE_TYPES.Identifier && WEB_RESPONSE_FACTORIES.has(root.name)) return style('web');
  return style(undefined);
}

/** `x.headers` (a web Response's headers) or a variable holding `new Headers()`. */
function isWebHeaders(file: CorsFile, receiver: TSESTree.Node): boolean {
  const node = unwrapExpression(receiver);
  if (node.type === AST_NODE_TYPES.MemberExpression) return propertyName(node) === 'headers';
  if (node.type === AST_NODE_TYPES.NewExpression) return true;
  if (node.type !== AST_NODE_TYPES.Identifier) return false;
  const init = constInitializer(node, file.scopeOf(node));
  return init?.type === AST_NODE_TYPES.NewExpression && init.callee.type === AST_NODE_TYPES.Identifier && init.callee.name === 'Headers';
}

/** hapi: `h.response(x).header(...)`, or a variable holding `h.response(x)`. */
function isHapiResponse(file: CorsFile, receiver: TSESTree.Node): boolean {
  let node = unwrapExpression(receiver);
  if (node.type === AST_NODE_TYPES.Identifier) node = constInitializer(node, file.scopeOf(node)) ?? node;
  for (let current = node; current.type === AST_NODE_TYPES.CallExpression; ) {
    const callee = unwrapExpression(current.callee);
    if (callee.type !== AST_NODE_TYPES.MemberExpression) return false;
    if (propertyName(callee) === 'response') return true;
    current = unwrapExpression(callee.object);
  }
  return false;
}

/** A web `headers` object: the request is the handler's first parameter, or Hono's `c.req`. */
function webRequest(file: CorsFile, receiver: TSESTree.Node): RequestKind {
  const root = chainRoot(receiver);
  const honoContext =
    root?.type === AST_NODE_TYPES.Identifier &&
    parameterPosition(file, root) === 0 &&
    unwrapExpression(receiver).type === AST_NODE_TYPES.MemberExpression &&
    /^\w+\.res\b/.test(file.sourceCode.getText(receiver));
  return honoContext ? 'hono' : 'web';
}

/** Elysia handlers destructure `{ set, request }` or `{ set, headers }`. */
function recordRequest(fn: HeaderWrite['fn']): RequestKind | undefined {
  return isFunctionNode(fn) && fn.params[0]?.type === AST_NODE_TYPES.ObjectPattern ? 'elysia' : undefined;
}

/** The index of the parameter an identifier names, when it is one. */
export function parameterPosition(file: CorsFile, identifier: TSESTree.Identifier): number | undefined {
  const definition = variableOf(identifier, file.scopeOf(identifier))?.defs[0];
  if (definition?.type !== 'Parameter') return undefined;
  const fn = definition.node as FunctionNode;
  const index = fn.params.findIndex(
    (param) => definition.name.range[0] >= param.range[0] && definition.name.range[1] <= param.range[1],
  );
  return index === -1 ? undefined : index;
}

const varyNames = new WeakMap<TSESTree.Program, { name: string | undefined }>();

/** The local name of the `vary` package's function, when the file imports it. Computed once per file. */
export function varyPackageName(file: CorsFile): string | undefined {
  let cached = varyNames.get(file.program);
  if (!cached) {
    cached = { name: findVaryPackageName(file) };
    varyNames.set(file.program, cached);
  }
  return cached.name;
}

function findVaryPackageName(file: CorsFile): string | undefined {
  for (const statement of file.program.body) {
    if (statement.type !== AST_NODE_TYPES.ImportDeclaration || statement.source.value !== 'vary') continue;
    const local = statement.specifiers.find((s) => s.type === AST_NODE_TYPES.ImportDefaultSpecifier);
    if (local) return local.local.name;
  }
  if (!importedModules(file).has('vary')) return undefined;
  for (const call of callsOfFunction(file, 'require')) {
    const declarator = call.parent;
    if (requiredModule(file, call) === 'vary' && declarator.type === AST_NODE_TYPES.VariableDeclarator && declarator.id.type === AST_NODE_TYPES.Identifier)
      return declarator.id.name;
  }
  return undefined;
}
