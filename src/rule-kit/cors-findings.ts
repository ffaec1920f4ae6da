import type { TSESLint } from '@typescript-eslint/utils';
import type { Finding } from '../model/finding';
import type { CorsRuleId } from '../model/rule-ids';
import { analyzeFile } from '../analysis';
import { collectorListeners, createCollectedNodes, type CollectedNodes } from '../analysis/collect';
import { createCorsFile } from '../analysis/file-context';

interface FileState {
  /** The rule whose listeners collect nodes for everyone. */
  readonly collector: object;
  readonly nodes: CollectedNodes;
  findings?: Finding[];
}

/** Keyed by SourceCode: all rules linting one file share one collection and one analysis. */
const fileStates = new WeakMap<object, FileState>();

type AnyContext = Readonly<TSESLint.RuleContext<string, readonly unknown[]>>;

/**
 * Listeners that hand `onFinding` every finding of `ruleId` in the file. The first rule to ask
 * collects the nodes during ESLint's traversal; the analysis runs once, at the first `Program:exit`.
 */
export function defineCorsFindingsListener(
  context: AnyContext,
  ruleId: CorsRuleId | '*',
  onFinding: (finding: Finding) => void,
): TSESLint.RuleListener {
  const sourceCode = context.sourceCode;
  let state = fileStates.get(sourceCode);
  if (!state) {
    state = { collector: context, nodes: createCollectedNodes() };
    fileStates.set(sourceCode, state);
  }
  const current = state;
  const listeners: TSESLint.RuleListener = current.collector === context ? { ...collectorListeners(current.nodes) } : {};
  listeners['Program:exit'] = () => {
    current.findings ??= analyzeFile(createCorsFile(context, current.nodes));
    for (const finding of current.findings) if (ruleId === '*' || finding.ruleId === ruleId) onFinding(finding);
  };
  return listeners;
}
