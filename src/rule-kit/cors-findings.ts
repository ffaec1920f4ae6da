import type { TSESLint } from '@typescript-eslint/utils';
import type { Finding } from '../model/finding';
import type { CorsRuleId } from '../model/rule-ids';
import { analyzeFile, mayHoldCorsFinding } from '../analysis';
import { collectorListeners, createCollectedNodes, type CollectedNodes } from '../analysis/collect';
import { createCorsFile } from '../analysis/file-context';

interface FileState {
  /** The rule whose listeners collect nodes for everyone. */
  readonly collector: object;
  readonly nodes: CollectedNodes;
  findings?: Finding[];
}

/** A file whose text no analyzer's gate admits: no rule registers a listener in it. */
const NOTHING_TO_FIND = 'nothing to find';

/** Keyed by SourceCode: all rules linting one file share one collection and one analysis. */
const fileStates = new WeakMap<object, FileState | typeof NOTHING_TO_FIND>();

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
    // Decided once per file, before the traversal: most files of a project have no CORS code, and
    // then not even the collector's selectors run (ESLint skips node types nobody listens to).
    state = mayHoldCorsFinding(sourceCode.text) ? { collector: context, nodes: createCollectedNodes() } : NOTHING_TO_FIND;
    fileStates.set(sourceCode, state);
  }
  if (state === NOTHING_TO_FIND) return {};
  const current = state;
  const listeners: TSESLint.RuleListener = current.collector === context ? { ...collectorListeners(current.nodes) } : {};
  listeners['Program:exit'] = () => {
    current.findings ??= analyzeFile(createCorsFile(context, current.nodes));
    for (const finding of current.findings) if (ruleId === '*' || finding.ruleId === ruleId) onFinding(finding);
  };
  return listeners;
}
