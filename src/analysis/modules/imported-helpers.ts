import type { TSESTree } from '@typescript-eslint/utils';
import { AST_NODE_TYPES } from '@typescript-eslint/utils';
import type { FunctionNode } from '../../ast/functions';
import { unwrapExpression } from '../../ast/unwrap';
import type { Finding } from '../../model/finding';
import type { CorsFile } from '../file-context';
import { isOriginGuarded } from '../guards';
import { ALLOW_ORIGIN } from '../header-names';
import { parameterIdentifier } from '../library-configs/callback-function';
import { originSourceOf } from '../origin-sources';
import { evaluateOrigin, parameterKey } from '../origin-sources/evaluate';
import type { OriginEnv, OriginSource } from '../origin-sources/model';
import { analyzeRawOriginWrites, reflectedWriteFinding } from '../raw-origin-writes';
import { responseHeaderWrites } from '../response-writes';
import { importedFunction, type ImportedFunction } from './imported-function';
import { isImportedName } from './imported-value';
import { modulePath, relocated } from './relocate';

/** The environment in which parameter `index` of a helper holds the request Origin of a caller. */
export function originParameterEnv(helper: ImportedFunction, index: number, key: string): OriginEnv | undefined {
  const parameter = parameterIdentifier(helper.fn, index);
  if (!parameter) return undefined;
  const source: OriginSource = { node: parameter, kind: 'helper-parameter', text: parameter.name, key };
  return new Map([[parameterKey(helper.fn, index), { kind: 'origin', source }]]);
}

/**
 * Helpers imported from another module that write the Origin they are passed into
 * Access-Control-Allow-Origin (`setCorsHeaders(res, req.headers.origin)`), judged as a same-file
 * helper is: a guard around the call here, or around the write in the helper, is a check. Reported
 * here, at the argument, because the reflected value comes from this file; not when the helper's
 * own module already reports the write (its own calls pass it the Origin), so never twice.
 */
export function analyzeImportedHelperWrites(file: CorsFile): Finding[] {
  if (!file.filename || file.filename.startsWith('<')) return [];
  const findings: Finding[] = [];
  for (const call of file.nodes.calls) {
    if (call.arguments.length === 0 || !isImportedName(file, unwrapExpression(call.callee))) continue;
    const passed = call.arguments.flatMap((argument, index) =>
      argument.type !== AST_NODE_TYPES.SpreadElement && originSourceOf(file, argument) ? [index] : [],
    );
    // A spread before an argument hides which parameter it is.
    const spread = call.arguments.findIndex((argument) => argument.type === AST_NODE_TYPES.SpreadElement);
    const indexes = passed.filter((index) => spread < 0 || index < spread);
    if (indexes.length === 0) continue;
    const helper = importedFunction(file, call);
    if (!helper) continue;
    for (const index of indexes) {
      const argument = call.arguments[index]!;
      const finding = helperWriteFinding(file, helper, index, argument);
      if (finding) findings.push(finding);
    }
  }
  return findings;
}

function helperWriteFinding(file: CorsFile, helper: ImportedFunction, index: number, argument: TSESTree.Node): Finding | undefined {
  const env = originParameterEnv(helper, index, `import:${helper.file.filename}#${helper.fn.range[0]}#${index}`);
  if (!env) return undefined;
  const module = helper.file;
  const [start, end] = helper.fn.range;
  const write = responseHeaderWrites(module).find(
    (candidate) =>
      candidate.name === ALLOW_ORIGIN &&
      candidate.value !== undefined &&
      candidate.node.range[0] >= start &&
      candidate.node.range[1] <= end &&
      evaluateOrigin(module, candidate.value, env)?.kind === 'origin' &&
      !isOriginGuarded(module, candidate.value, env),
  );
  if (!write || isOriginGuarded(file, argument)) return undefined;
  if (reportedInModule(module).has(write.value!)) return undefined;
  const source = env.values().next().value as { source: OriginSource };
  const inModule = reflectedWriteFinding(module, write, source.source);
  const helperName = helperNameOf(helper.fn) ?? 'the imported helper';
  const moved = relocated(file, module, [inModule], argument)[0]!;
  return {
    ...moved,
    messageId: 'reflectedOriginThroughHelper',
    data: { ...inModule.data, helper: helperName, module: modulePath(file, module) },
  };
}

const reportedByProgram = new WeakMap<TSESTree.Program, ReadonlySet<TSESTree.Node>>();

/** The Allow-Origin values a module reports itself: computed once per module, however many calls its helpers get. */
function reportedInModule(module: CorsFile): ReadonlySet<TSESTree.Node> {
  let reported = reportedByProgram.get(module.program);
  if (!reported) {
    reported = new Set(analyzeRawOriginWrites(module).map((finding) => finding.node));
    reportedByProgram.set(module.program, reported);
  }
  return reported;
}

function helperNameOf(fn: FunctionNode): string | undefined {
  if (fn.id) return fn.id.name;
  const parent = fn.parent;
  if (parent?.type === AST_NODE_TYPES.VariableDeclarator && parent.id.type === AST_NODE_TYPES.Identifier) return parent.id.name;
  if (parent?.type === AST_NODE_TYPES.Property && parent.key.type === AST_NODE_TYPES.Identifier) return parent.key.name;
  return undefined;
}
