import type { TSESLint } from '@typescript-eslint/utils';
import type { Finding } from '../model/finding';

/** Reports a finding with its suggestions. Rules never build reports by hand. */
export function reportFinding<MessageIds extends string>(
  context: Readonly<TSESLint.RuleContext<MessageIds, readonly unknown[]>>,
  finding: Finding,
): void {
  context.report({
    node: finding.node,
    messageId: finding.messageId as MessageIds,
    data: finding.data,
    suggest: finding.suggestions?.map((suggestion) => ({
      messageId: suggestion.messageId as MessageIds,
      data: suggestion.data,
      fix: (fixer) => suggestion.edits.map((edit) => fixer.replaceTextRange(edit.range as [number, number], edit.text)),
    })),
  });
}
