import { createTwoFilesPatch } from 'diff';
import type { Colors } from 'picocolors/types';
import type { CodemodSummary } from './summary';
import type { FileChange } from './runner';

/** A unified diff of one change, coloured when `colors` is enabled. */
export function formatDiff(change: FileChange, colors: Colors): string {
  const name = change.file.split('\\').join('/');
  const patch = createTwoFilesPatch(`a/${name}`, `b/${name}`, change.before, change.after, undefined, undefined, { context: 3 });
  const body = patch.replace(/^=+\r?\n/m, '');
  return body
    .split('\n')
    .map((line) => {
      if (line.startsWith('+++') || line.startsWith('---')) return colors.bold(line);
      if (line.startsWith('+')) return colors.green(line);
      if (line.startsWith('-')) return colors.red(line);
      if (line.startsWith('@@')) return colors.cyan(line);
      return line;
    })
    .join('\n');
}

const seconds = (ms: number) => `${(ms / 1000).toFixed(ms < 10_000 ? 2 : 1)}s`;

/** The closing summary for people: counts, sites for review, skips, failures and warnings. */
export function formatSummary(summary: CodemodSummary, colors: Colors): string {
  const lines: string[] = [];
  const write = summary.dryRun ? 'would change' : 'changed';
  lines.push(
    colors.bold(
      `cors-codemod: ${summary.filesScanned} files scanned, ${summary.candidates} candidates, ${summary.parsed} parsed, ` +
        `${summary.filesChanged} ${write} in ${seconds(summary.durationMs)}${summary.dryRun ? ' (dry run: nothing written)' : ''}`,
    ),
  );
  const width = Math.max(...summary.transforms.map((id) => id.length));
  for (const id of summary.transforms) lines.push(`  ${id.padEnd(width)}  ${summary.applied[id]}`);
  if (summary.changedFiles.length > 0) {
    lines.push('', colors.bold(`Files ${write} (${summary.changedFiles.length}):`));
    for (const file of summary.changedFiles) lines.push(`  ${file}`);
  }
  if (summary.reviews.length > 0) {
    lines.push('', colors.bold(colors.yellow(`Left for manual review (${summary.reviews.length}), marked "// cors-codemod: review:":`)));
    for (const review of summary.reviews) lines.push(`  ${review.file}:${review.line}  ${review.reason}`);
  }
  if (summary.skipped.length > 0) {
    lines.push('', colors.bold(`Skipped (${summary.skipped.length}):`));
    for (const skip of summary.skipped) lines.push(`  ${skip.file}  ${colors.dim(skip.reason)}`);
  }
  if (summary.failures.length > 0) {
    lines.push('', colors.bold(colors.red(`Failed (${summary.failures.length}), left untouched:`)));
    for (const failure of summary.failures) lines.push(`  ${failure.file}  ${failure.error}`);
  }
  for (const warning of summary.warnings) lines.push('', colors.bold(colors.red(`WARNING: ${warning}`)));
  return lines.join('\n');
}
