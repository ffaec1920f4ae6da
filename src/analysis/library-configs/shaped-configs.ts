import type { TSESTree } from '@typescript-eslint/utils';
import { AST_NODE_TYPES } from '@typescript-eslint/utils';
import { isFunctionNode, type FunctionNode } from '../../ast/functions';
import { staticValueOf } from '../../ast/static-values';
import type { CorsFile } from '../file-context';
import { exportedValues } from '../modules/exported-values';
import { resolveFunction } from './callback-function';
import { lookupOption, resolveValue } from './object-options';
import { valueChoices } from './value-choices';

const shapedCache = new WeakMap<TSESTree.Program, readonly TSESTree.ObjectExpression[]>();

/**
 * Exported objects that are CORS options by their shape alone, in a module that may import no CORS
 * library: an `origin` that is an `(origin, callback)` function, or an `origin` list, `true` or
 * RegExp next to a `credentials` key. Objects a value can evaluate to count (`isDev ? a : b`).
 * Judged where they are defined, because that is where the fix goes.
 */
export function findShapedOptions(file: CorsFile): readonly TSESTree.ObjectExpression[] {
  let found = shapedCache.get(file.program);
  if (found) return found;
  const objects = new Set<TSESTree.ObjectExpression>();
  for (const exported of exportedValues(file.program)) {
    for (const choice of valueChoices(file, exported.node))
      if (choice.type === AST_NODE_TYPES.ObjectExpression && hasCorsShape(file, choice)) objects.add(choice);
  }
  found = [...objects];
  shapedCache.set(file.program, found);
  return found;
}

function hasCorsShape(file: CorsFile, object: TSESTree.ObjectExpression): boolean {
  const origin = lookupOption(file, object, 'origin');
  if (origin.state !== 'present') return false;
  const fn = resolveFunction(file, origin.value);
  if (fn) return fn.params.length >= 2;
  if (lookupOption(file, object, 'credentials').state !== 'present') return false;
  return valueChoices(file, origin.value).some((value) => isListLike(file, value));
}

/** A list, `true` or a RegExp: the `origin` values only a CORS options object takes. */
function isListLike(file: CorsFile, value: TSESTree.Node): boolean {
  // `[0, 0]` is a point, not a list of origins.
  if (value.type === AST_NODE_TYPES.ArrayExpression)
    return !value.elements.some((element) => element?.type === AST_NODE_TYPES.Literal && typeof element.value === 'number');
  if (value.type === AST_NODE_TYPES.Literal && 'regex' in value && value.regex) return true;
  if (value.type === AST_NODE_TYPES.NewExpression && value.callee.type === AST_NODE_TYPES.Identifier && value.callee.name === 'RegExp') return true;
  return staticValueOf(value, file.scopeOf)?.value === true;
}

/**
 * Export names of a predicate that decides whether an origin is allowed (`isOriginAllowed`,
 * `checkOrigin`), or that asks whether it is one of a kind (`isPartnerOrigin`, `hasTrustedOrigin`).
 */
const PREDICATE_NAME = /allow|valid|trust|permit|accept|check|verif/i;
const KIND_PREDICATE_NAME = /^(?:is|has|can)[A-Z_$]\w*Origin$/;
/** A parameter that holds the request origin by its name (`origin`, `requestOrigin`). */
const ORIGIN_PARAMETER = /^(?:[a-z]+)?origin$/i;

const predicateCache = new WeakMap<TSESTree.Program, ReadonlyMap<FunctionNode, TSESTree.Identifier>>();

/**
 * Exported functions named as an origin predicate with a parameter named for the origin
 * (`export const isOriginAllowed = (origin, allowed) => …`): a CORS decision elsewhere calls them
 * with the request origin, so the checks they return are judged here. Maps each to its origin parameter.
 */
export function exportedOriginPredicates(file: CorsFile): ReadonlyMap<FunctionNode, TSESTree.Identifier> {
  let found = predicateCache.get(file.program);
  if (found) return found;
  const predicates = new Map<FunctionNode, TSESTree.Identifier>();
  for (const exported of exportedValues(file.program)) {
    const localName = functionName(exported.node);
    if (!isPredicateName(exported.name) && !(localName && isPredicateName(localName))) continue;
    const resolved = resolveValue(file, exported.node);
    const fn = isFunctionNode(resolved) ? resolved : resolveFunction(file, resolved);
    const parameter = fn?.params.find((p): p is TSESTree.Identifier => p.type === AST_NODE_TYPES.Identifier && ORIGIN_PARAMETER.test(p.name));
    if (fn && parameter) predicates.set(fn, parameter);
  }
  found = predicates;
  predicateCache.set(file.program, found);
  return found;
}

function isPredicateName(name: string): boolean {
  return PREDICATE_NAME.test(name) || KIND_PREDICATE_NAME.test(name);
}

function functionName(node: TSESTree.Node): string | undefined {
  if ((node.type === AST_NODE_TYPES.FunctionDeclaration || node.type === AST_NODE_TYPES.FunctionExpression) && node.id) return node.id.name;
  return node.type === AST_NODE_TYPES.Identifier ? node.name : undefined;
}
