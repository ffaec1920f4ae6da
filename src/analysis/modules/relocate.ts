import { dirname, relative } from 'node:path';
import type { TSESTree } from '@typescript-eslint/utils';
import type { Finding } from '../../model/finding';
import type { Repair } from '../../model/repair';
import type { CorsFile } from '../file-context';

/** How the importer names the other module: `./config/cors.ts`, `../utils/origin.js`. */
export function modulePath(file: CorsFile, other: CorsFile): string {
  const where = relative(dirname(file.filename), other.filename).replace(/\\/g, '/');
  return where.startsWith('.') ? where : `./${where}`;
}

/**
 * Findings computed in another module, reported in this one at `anchor`: edits of the other module's
 * text cannot apply here, so suggestions go and the codemod is pointed at the module to rewrite.
 */
export function relocated(file: CorsFile, other: CorsFile, findings: readonly Finding[], anchor: TSESTree.Node): Finding[] {
  const where = modulePath(file, other);
  return findings.map((finding) => ({
    ruleId: finding.ruleId,
    messageId: finding.messageId,
    node: anchor,
    data: finding.data,
    ...(finding.repair && {
      repair: {
        kind: 'manual-review' as const,
        anchorRange: anchor.range,
        reason: `the decision is defined in ${where}; fix it there`,
        ...(finding.repair.kind !== 'manual-review' && { elsewhere: { file: other.filename, repair: finding.repair, targetText: targetText(other, finding.repair) } }),
      },
    }),
    ...(finding.tags && { tags: finding.tags }),
  }));
}

/** The text a repair starts from in its module: what must be unchanged for it to apply. */
function targetText(module: CorsFile, repair: Exclude<Repair, { kind: 'manual-review' }>): string {
  const range = 'targetRange' in repair ? repair.targetRange : undefined;
  return range ? module.sourceCode.text.slice(range[0], range[1]) : module.sourceCode.text;
}
