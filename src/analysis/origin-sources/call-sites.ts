import type { TSESLint, TSESTree } from '@typescript-eslint/utils';
import { AST_NODE_TYPES } from '@typescript-eslint/utils';
import type { FunctionNode } from '../../ast/functions';
import { propertyNameOf } from '../../ast/static-values';
import { transparentParent } from '../../ast/unwrap';
import { classMemberName, thisMemberCalls } from '../../ast/classes';
import type { Variable } from '../../ast/variables';
import { callsOfMethods } from '../call-index';
import { collectedWithin } from '../collect';
import type { CorsFile } from '../file-context';
import { functionOfVariable } from './functions';

/** Who calls a same-file function, as far as the file shows. */
export interface CallSites {
  /** Calls that name the function through scope analysis (never by name alone). */
  readonly calls: readonly TSESTree.CallExpression[];
  /**
   * Calls may exist that the file does not show: the function is exported, passed on, stored,
   * called with spread arguments, through `.call`/`.apply`, as `this.method()` of an object
   * literal, or as a class method named anywhere but in its own class's `this.method(...)` calls.
   */
  readonly escapes: boolean;
}

const NONE: CallSites = { calls: [], escapes: true };

/**
 * A function called from more places than this is treated as called from places the file does not
 * show: its parameters are unknown, rather than every call site being followed on every question.
 */
export const MAX_CALL_SITES = 256;

const sitesByFile = new WeakMap<TSESTree.Program, Map<FunctionNode, CallSites>>();

/**
 * The calls of a function declaration, a `const f = function/arrow`, an IIFE, a method of a
 * `const` object literal (`cors.apply(res, origin)`), or a class method called on `this` in its own
 * class. Any other function (a callback) has no visible calls and escapes. Found once per function,
 * from its variable's references (a class method: from the calls inside its class).
 */
export function callSitesOf(file: CorsFile, fn: FunctionNode): CallSites {
  let byFunction = sitesByFile.get(file.program);
  if (!byFunction) {
    byFunction = new Map();
    sitesByFile.set(file.program, byFunction);
  }
  let sites = byFunction.get(fn);
  if (!sites) {
    sites = findCallSites(file, fn);
    if (sites.calls.length > MAX_CALL_SITES) sites = NONE;
    byFunction.set(fn, sites);
  }
  return sites;
}

/** The argument at a parameter position, unless a spread before it hides which one it is. */
export function argumentAt(call: TSESTree.CallExpression, index: number): TSESTree.Expression | undefined {
  for (let position = 0; position <= index; position++) {
    const argument = call.arguments[position];
    if (!argument) return undefined;
    if (argument.type === AST_NODE_TYPES.SpreadElement) return undefined;
    if (position === index) return argument;
  }
  return undefined;
}

function findCallSites(file: CorsFile, fn: FunctionNode): CallSites {
  const { child, parent } = transparentParent(fn);
  if (parent?.type === AST_NODE_TYPES.CallExpression && parent.callee === child) return { calls: [parent], escapes: false };
  if (fn.type === AST_NODE_TYPES.FunctionDeclaration) return variableCalls(file, fn, fn, exported(fn.parent));
  if (parent?.type === AST_NODE_TYPES.VariableDeclarator && parent.init === child)
    return variableCalls(file, fn, parent, exported(parent.parent.parent));
  if (parent?.type === AST_NODE_TYPES.Property && parent.value === child) return methodCalls(file, fn, parent);
  if (parent?.type === AST_NODE_TYPES.MethodDefinition && parent.value === child) return classMethodCalls(file, parent);
  return NONE;
}

function exported(node: TSESTree.Node | undefined): boolean {
  return node?.type === AST_NODE_TYPES.ExportNamedDeclaration || node?.type === AST_NODE_TYPES.ExportDefaultDeclaration;
}

/** The variable a declaration binds to `fn` for good, found through the scope manager. */
function boundVariable(file: CorsFile, fn: FunctionNode, declaration: TSESTree.Node): Variable | undefined {
  const variables = file.sourceCode.getDeclaredVariables(declaration);
  return variables.find((variable) => functionOfVariable(variable) === fn);
}

/**
 * `function setCors(res, origin) {}` or `const setCors = (res, origin) => {}`: each reference must
 * be a call. A named function expression's own name (`const f = function g() { g() }`) counts too.
 */
function variableCalls(file: CorsFile, fn: FunctionNode, declaration: TSESTree.Node, isExported: boolean): CallSites {
  const variable = boundVariable(file, fn, declaration);
  if (!variable) return NONE;
  const ownName = fn.type === AST_NODE_TYPES.FunctionExpression && fn.id ? file.sourceCode.getDeclaredVariables(fn)[0] : undefined;
  const calls: TSESTree.CallExpression[] = [];
  let escapes = isExported;
  for (const reference of [...valueReadsOf(variable), ...(ownName ? valueReadsOf(ownName) : [])]) {
    const call = callOf(reference.identifier);
    if (call) calls.push(call);
    else escapes = true;
    if (call?.arguments.some((argument) => argument.type === AST_NODE_TYPES.SpreadElement)) escapes = true;
  }
  return { calls, escapes };
}

/**
 * `const cors = { apply(res, origin) {} }`: the calls are `cors.apply(...)`. Any other use of
 * `cors` (exported, passed on, `cors[name]`, `cors.apply` read without a call) may call it unseen.
 */
function methodCalls(file: CorsFile, fn: FunctionNode, property: TSESTree.Property): CallSites {
  const name = propertyNameOf(property, file.scopeOf);
  const object = property.parent;
  const declarator = object.parent;
  if (name === undefined || property.kind !== 'init' || declarator?.type !== AST_NODE_TYPES.VariableDeclarator) return NONE;
  if (declarator.init !== object || declarator.parent.kind !== 'const') return NONE;
  const variable = file.sourceCode.getDeclaredVariables(declarator)[0];
  if (!variable || declarator.id.type !== AST_NODE_TYPES.Identifier) return NONE;
  const calls: TSESTree.CallExpression[] = [];
  let escapes = exported(declarator.parent.parent) || calledOnThis(file, name);
  for (const reference of valueReadsOf(variable)) {
    const member = reference.identifier.parent;
    if (member?.type !== AST_NODE_TYPES.MemberExpression || member.object !== reference.identifier) {
      escapes = true;
      continue;
    }
    const read = propertyNameOf(member, file.scopeOf);
    if (read === undefined) escapes = true;
    if (read !== name) continue;
    const call = callOf(member);
    if (call) calls.push(call);
    else escapes = true;
    if (call?.arguments.some((argument) => argument.type === AST_NODE_TYPES.SpreadElement)) escapes = true;
  }
  return { calls, escapes };
}

/**
 * `class Cors { apply(res, origin) {} handle(req, res) { this.apply(res, req.headers.origin) } }`:
 * the calls are `this.apply(...)` in the class's own methods and field initializers. A private
 * method (`#apply`, TypeScript `private`) has no others unless its name appears elsewhere; a public
 * one also escapes when the class leaves the file or is used other than by `new` (exported, passed
 * on): an instance may then be called with a value out of sight.
 */
function classMethodCalls(file: CorsFile, method: TSESTree.MethodDefinition): CallSites {
  const name = classMemberName(method.key);
  if (method.kind !== 'method' || method.static || method.computed || name === undefined) return NONE;
  const classNode = method.parent.parent;
  const calls = thisMemberCalls(collectedWithin(file.nodes.calls, method.parent), classNode, name);
  // No call on `this`: nothing to follow, and no need to read the file for other mentions.
  if (calls.length === 0) return NONE;
  const isPrivate = method.key.type === AST_NODE_TYPES.PrivateIdentifier || method.accessibility === 'private';
  const escapes =
    wordMentions(file.sourceCode.text, name) !== calls.length + 1 ||
    (!isPrivate && classLeaves(file, classNode)) ||
    calls.some((call) => call.arguments.some((argument) => argument.type === AST_NODE_TYPES.SpreadElement));
  return { calls, escapes };
}

/** Whether a class is exported, or its binding is used other than by `new` (passed on, assigned, exported by name). */
function classLeaves(file: CorsFile, classNode: TSESTree.ClassDeclaration | TSESTree.ClassExpression): boolean {
  if (exported(classNode.parent)) return true;
  const declaration = classNode.type === AST_NODE_TYPES.ClassDeclaration ? classNode : classNode.parent;
  if (declaration?.type !== AST_NODE_TYPES.ClassDeclaration && declaration?.type !== AST_NODE_TYPES.VariableDeclarator) return true;
  if (declaration.type === AST_NODE_TYPES.VariableDeclarator && exported(declaration.parent.parent)) return true;
  // The binding in the enclosing scope (a class declaration also binds its name inside the class).
  const variable = file.sourceCode.getDeclaredVariables(declaration).find((candidate) => candidate.scope.type !== 'class');
  if (!variable) return true;
  return valueReadsOf(variable).some((reference) => {
    const parent = reference.identifier.parent;
    return parent?.type !== AST_NODE_TYPES.NewExpression || parent.callee !== reference.identifier;
  });
}

/** How often `word` appears in `text` as a whole identifier (comments and strings included). */
function wordMentions(text: string, word: string): number {
  const isIdentifierChar = (char: string | undefined) => char !== undefined && /[\w$]/.test(char);
  let count = 0;
  for (let at = text.indexOf(word); at !== -1; at = text.indexOf(word, at + word.length))
    if (!isIdentifierChar(text[at - 1]) && !isIdentifierChar(text[at + word.length])) count++;
  return count;
}

/** `this.apply(...)` anywhere: a sibling method may call it with a value out of sight. */
function calledOnThis(file: CorsFile, name: string): boolean {
  return callsOfMethods(file, (method) => method === name).some((call) => {
    const callee = call.callee.type === AST_NODE_TYPES.ChainExpression ? call.callee.expression : call.callee;
    return callee.type === AST_NODE_TYPES.MemberExpression && callee.object.type === AST_NODE_TYPES.ThisExpression;
  });
}

/** References that read the value at run time (not the declaration, nor `typeof f` in a type). */
function valueReadsOf(variable: Variable): TSESLint.Scope.Reference[] {
  return variable.references.filter(
    (reference) => !reference.init && reference.identifier.parent?.type !== AST_NODE_TYPES.TSTypeQuery,
  );
}

/** The call whose callee `callee` is (through `!`, `as`, optional chaining). */
function callOf(callee: TSESTree.Node): TSESTree.CallExpression | undefined {
  const { child, parent } = transparentParent(callee);
  return parent?.type === AST_NODE_TYPES.CallExpression && parent.callee === child ? parent : undefined;
}
