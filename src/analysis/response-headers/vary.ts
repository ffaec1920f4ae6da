import type { TSESTree } from '@typescript-eslint/utils';
import { AST_NODE_TYPES } from '@typescript-eslint/utils';
import type { Finding } from '../../model/finding';
import type { HeaderWrite } from '../../model/header-write';
import type { Repair } from '../../model/repair';
import { branchesAround, earlyExitsBefore } from '../../ast/branches';
import { enclosingFunction, isFunctionNode, type FunctionNode } from '../../ast/functions';
import { variableOf } from '../../ast/const-initializer';
import { argumentAt, callSitesOf } from '../origin-sources/call-sites';
import { staticString } from '../../ast/static-values';
import type { CorsFile } from '../file-context';
import { ALLOW_ORIGIN, VARY } from '../header-names';
import { dependsOnRequest, readsOrigin } from './request-dependence';
import { responseStyleOf } from './response-style';
import { headersLiteral, normalizeReceiver, receiverOf, responseLiteral, type ResponseIndex } from './responses';
import { varyNamesOrigin } from './vary-values';
import { encodeRange, writeRange } from './write-range';

/** Why a response lacks a dependable `Vary: Origin`. */
type VaryProblem =
  | { readonly reason: 'missing' }
  | { readonly reason: 'branch' }
  | { readonly reason: 'overwritten'; readonly overwrite: HeaderWrite };

const MESSAGE_IDS: Readonly<Record<VaryProblem['reason'], string>> = {
  missing: 'missingVary',
  branch: 'varyOnlyInBranch',
  overwritten: 'varyOverwritten',
};

/**
 * require-vary-origin: an Allow-Origin that depends on the request needs `Vary: Origin` on every
 * response of the handler, appended (not overwritten later) and outside the origin decision.
 */
export function varyFindings(file: CorsFile, index: ResponseIndex): Finding[] {
  const findings: Finding[] = [];
  for (const write of index.writes) {
    if (write.name !== ALLOW_ORIGIN || !write.value || !dependsOnRequest(file, write.value)) continue;
    const problem = varyProblem(file, index, write, write.value);
    if (!problem) continue;
    const overwrite = problem.reason === 'overwritten' ? shownValue(file, problem.overwrite) : '';
    findings.push({
      ruleId: 'require-vary-origin',
      messageId: MESSAGE_IDS[problem.reason],
      node: write.value,
      data: problem.reason === 'overwritten' ? { value: overwrite } : {},
      repair: varyRepair(file, write, problem),
    });
  }
  return findings;
}

/** `Accept-Encoding` for `'Accept-Encoding'`; the source text when the value is computed. */
function shownValue(file: CorsFile, write: HeaderWrite): string {
  const node = write.value ?? write.node;
  return staticString(node, file.scopeOf(node)) ?? file.sourceCode.getText(node);
}

function varyProblem(file: CorsFile, index: ResponseIndex, write: HeaderWrite, value: TSESTree.Node): VaryProblem | undefined {
  const response = index.sameResponse(write).sort((a, b) => a.node.range[0] - b.node.range[0]);
  const varies = response.filter((other) => other.name === VARY && varyNamesOrigin(file, other));
  const covering = varies.filter((vary) => covers(file, vary, write, value));
  const last = covering.at(-1);
  if (!last && varies.length === 0 && callersVary(file, index, write)) return undefined;
  if (!last) return { reason: varies.length > 0 ? 'branch' : 'missing' };
  const overwrite = response.find(
    (other) => other.name === VARY && !other.appends && other.node.range[0] > last.node.range[0] && !varyNamesOrigin(file, other),
  );
  return overwrite ? { reason: 'overwritten', overwrite } : undefined;
}

/**
 * Whether a Vary write runs on every path the Allow-Origin write's handler takes: it sits in the
 * same headers literal, or every branch around it also holds the Allow-Origin write and does not
 * decide on the origin, and no origin-deciding early exit comes before it.
 */
function covers(file: CorsFile, vary: HeaderWrite, write: HeaderWrite, value: TSESTree.Node): boolean {
  // One headers literal is one response, unless it is only an arm of a conditional spread; and a
  // literal inside an origin decision (`if (allowed) setHeaders({ ACAO, Vary })`) misses the refused ones.
  const literal = headersLiteral(vary);
  if (literal && literal === headersLiteral(write) && responseLiteral(literal) === literal && !decidedByOrigin(file, literal, vary.fn, value)) return true;
  return coversSite(file, vary, write.node, value);
}

/** Whether a branch around `node` in `fn` (an `if`, a ternary arm) decides on the origin `value` carries. */
function decidedByOrigin(file: CorsFile, node: TSESTree.Node, fn: HeaderWrite['fn'], value: TSESTree.Node): boolean {
  return branchesAround(node, fn).some((branch) => branch.test !== undefined && readsOrigin(file, branch.test, value));
}

/** Whether a Vary write runs on every path that reaches `site` (a write, or a call of a helper that writes). */
function coversSite(file: CorsFile, vary: HeaderWrite, site: TSESTree.Node, value: TSESTree.Node): boolean {
  const anchor = anchorIn(site, vary.fn);
  if (!anchor) return false;
  const around = branchesAround(anchor, vary.fn);
  for (const branch of branchesAround(vary.node, vary.fn)) {
    if (!around.some((other) => other.owner === branch.owner && other.side === branch.side)) return false;
    if (branch.test && readsOrigin(file, branch.test, value)) return false;
  }
  return !earlyExitsBefore(vary.node, vary.fn).some((exit) => readsOrigin(file, exit.test, value));
}

/** Helpers calling helpers: as deep as the origin sources follow them. */
const MAX_CALLER_DEPTH = 3;

/**
 * A helper that writes Allow-Origin on a response it is passed (`function allow(res, origin)`,
 * `this.allow(res, origin)`) is covered when every caller has `Vary: Origin` on the response it
 * passes, on every path to the call, or is itself such a helper. Only when the file shows every call.
 */
function callersVary(file: CorsFile, index: ResponseIndex, write: HeaderWrite): boolean {
  const receiver = receiverOf(write);
  return receiver !== undefined && parameterCallersVary(file, index, normalizeReceiver(receiver), 0);
}

function parameterCallersVary(file: CorsFile, index: ResponseIndex, response: TSESTree.Node, depth: number): boolean {
  const position = responseParameterIndex(file, response);
  if (position === undefined || depth >= MAX_CALLER_DEPTH) return false;
  const fn = enclosingFunction(response) as FunctionNode;
  const sites = callSitesOf(file, fn);
  if (sites.escapes || sites.calls.length === 0) return false;
  return sites.calls.every((call) => {
    const argument = argumentAt(call, position);
    if (!argument) return false;
    const passed = normalizeReceiver(argument);
    const vary = index.writesTo(passed).some((other) => other.name === VARY && varyNamesOrigin(file, other) && coversSite(file, other, call, call));
    return vary || parameterCallersVary(file, index, passed, depth + 1);
  });
}

/** The position of the parameter an identifier is, in the function it is a parameter of. */
function responseParameterIndex(file: CorsFile, node: TSESTree.Node): number | undefined {
  if (node.type !== AST_NODE_TYPES.Identifier) return undefined;
  const definition = variableOf(node, file.scopeOf(node))?.defs[0];
  if (definition?.type !== 'Parameter' || !isFunctionNode(definition.node) || enclosingFunction(node) !== definition.node) return undefined;
  const position = definition.node.params.findIndex((param) => param === definition.name);
  return position === -1 ? undefined : position;
}

/** `node` itself when it is directly in `fn`, else the function inside `fn` that contains it. */
function anchorIn(node: TSESTree.Node, fn: HeaderWrite['fn']): TSESTree.Node | undefined {
  let current = node;
  for (;;) {
    const owner = enclosingFunction(current);
    if (owner === fn) return current;
    if (owner.type === AST_NODE_TYPES.Program) return undefined;
    current = owner;
  }
}

function varyRepair(file: CorsFile, write: HeaderWrite, problem: VaryProblem): Repair {
  const range = writeRange(write);
  if (problem.reason === 'overwritten') {
    const value = problem.overwrite.value;
    if (value?.type === AST_NODE_TYPES.Literal && typeof value.value === 'string')
      return { kind: 'append-vary-origin', writeRange: range, details: { reason: 'overwritten', overwriteRange: encodeRange(value.range) } };
    return {
      kind: 'manual-review',
      anchorRange: problem.overwrite.node.range,
      reason: 'this Vary replaces an earlier `Vary: Origin`; add Origin to it',
    };
  }
  const style = responseStyleOf(file, write);
  if (!style.vary)
    return { kind: 'manual-review', anchorRange: range, reason: 'append `Vary: Origin` to every response of this handler' };
  // Vary in a literal that only allowed origins get would still miss the refused responses.
  if (style.literal && write.value && decidedByOrigin(file, style.literal, write.fn, write.value))
    return { kind: 'manual-review', anchorRange: range, reason: 'these headers go only to allowed origins; send `Vary: Origin` on every response' };
  return {
    kind: 'append-vary-origin',
    writeRange: range,
    details: {
      reason: problem.reason,
      style: style.vary,
      target: style.target,
      ...(style.varyFunction ? { varyFunction: style.varyFunction } : {}),
      ...(style.addImportAt !== undefined ? { addImportAt: String(style.addImportAt) } : {}),
      ...(style.literal ? { literalRange: encodeRange(style.literal.range) } : {}),
    },
  };
}
