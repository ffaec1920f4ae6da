import path from 'node:path';
import { Project, ts, type SourceFile } from 'ts-morph';
import type { TextEdit } from '../../src/model/finding';
import type { ElsewhereRepair, Repair, TransformId } from '../../src/model/repair';
import type { CorsRuleId } from '../../src/model/rule-ids';
import type { CodemodOptions, TransformContext } from '../transforms/transform';
import { detectFindings, type DetectedFinding } from './detect';
import { RULE_TRANSFORMS, TRANSFORMS, TRANSFORM_IDS, type AnyTransform } from '../transforms/registry';
import { applyEdits, mapOffset, partitionEdits } from '../transforms/editing/text-edits';
import { allowlistDeclarationEdit, chooseAllowlistName } from '../transforms/editing/allowlist';
import { reviewCommentEdits, reviewMarkers, type ReviewAnchor } from '../transforms/editing/review-comment';

export interface TransformSourceOptions extends CodemodOptions {
  /** The transforms to run (always in registry order); every transform when omitted. */
  readonly transforms?: readonly TransformId[];
  /** Repairs of this file that importers found (the decision lives here, its use elsewhere). */
  readonly importerRepairs?: readonly Exclude<Repair, { kind: 'manual-review' }>[];
}

/** A `// cors-codemod: review:` comment in the returned text (added now or by an earlier run); `line` is 1-based. */
export interface ReviewSite {
  readonly line: number;
  readonly reason: string;
}

export interface TransformSourceResult {
  /** The new text, or the input itself when nothing changed, the input was skipped or an error occurred. */
  readonly text: string;
  readonly changed: boolean;
  /** Sites each transform fixed (findings of its kind that are gone afterwards). */
  readonly applied: Readonly<Record<TransformId, number>>;
  readonly reviews: readonly ReviewSite[];
  /** The input does not parse (`could not parse: ...`): nothing was done. */
  readonly skipped?: string;
  /** A transform failed or its output did not parse: `text` is the input, unchanged. */
  readonly error?: string;
  /** Repairs of other modules this file's findings lead to: the runner applies them there. */
  readonly elsewhere?: readonly ElsewhereRepair[];
}

/** A transform gets another pass when some of its edits overlapped; this bounds a misbehaving one. */
const MAX_PASSES = 3;
const BOM = '\uFEFF';

function zeroCounts(): Record<TransformId, number> {
  return Object.fromEntries(TRANSFORM_IDS.map((id) => [id, 0])) as Record<TransformId, number>;
}

function selectTransforms(ids: readonly TransformId[] | undefined): readonly AnyTransform[] {
  if (!ids) return TRANSFORMS;
  const unknown = ids.filter((id) => !TRANSFORM_IDS.includes(id));
  if (unknown.length > 0) throw new Error(`unknown transform ${unknown.join(', ')}; known: ${TRANSFORM_IDS.join(', ')}`);
  return TRANSFORMS.filter((transform) => ids.includes(transform.id));
}

function repairsOf<K extends TransformId>(findings: readonly DetectedFinding[], kind: K): Array<Extract<Repair, { kind: K }>> {
  return findings.flatMap((finding) => (finding.repair?.kind === kind ? [finding.repair as Extract<Repair, { kind: K }>] : []));
}

/** A text edit's result does not parse: the transform, not the input, is at fault. */
class InvalidOutputError extends Error {}

/**
 * Rewrites one file's text: for each selected transform, detect with the rules' core, hand the
 * repairs of its kind to the transform, apply its edits bottom-up and re-detect; then declare the
 * allowlist once and add each review comment once. Pure: no I/O, the same for the CLI and tests.
 */
export function transformSource(text: string, filename: string, options: TransformSourceOptions): TransformSourceResult {
  const selected = selectTransforms(options.transforms);
  const bom = text.startsWith(BOM) ? BOM : '';
  const original = text.slice(bom.length);
  const unchanged = { text, changed: false, applied: zeroCounts(), reviews: [] };
  try {
    const detection = detectFindings(original, filename);
    if (!detection.ok) return { ...unchanged, skipped: detection.reason };
    const rewritten = rewrite(original, filename, options, selected, detection.findings);
    return { ...rewritten, text: bom + rewritten.text, changed: rewritten.text !== original };
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    return { ...unchanged, error: error instanceof InvalidOutputError ? message : `rewrite failed: ${message}` };
  }
}

function rewrite(
  original: string,
  filename: string,
  options: TransformSourceOptions,
  selected: readonly AnyTransform[],
  initialFindings: readonly DetectedFinding[],
): { text: string; applied: Record<TransformId, number>; reviews: ReviewSite[]; elsewhere?: ElsewhereRepair[] } {
  // One small in-memory project per file, created only when there is something to do, and
  // dropped with the call so no ts-morph node outlives it.
  let project: Project | undefined;
  const virtualPath = `/virtual/${path.basename(filename)}`;
  const sourceFileFor = (text: string): SourceFile => {
    project ??= new Project({
      useInMemoryFileSystem: true,
      skipFileDependencyResolution: true,
      skipLoadingLibFiles: true,
      compilerOptions: { allowJs: true, jsx: ts.JsxEmit.Preserve },
    });
    return project.createSourceFile(virtualPath, text, { overwrite: true });
  };
  const detect = (text: string, producer: string): readonly DetectedFinding[] => {
    const detection = detectFindings(text, filename);
    if (!detection.ok) throw new InvalidOutputError(`${producer} produced code that does not parse, file left unchanged: ${detection.reason}`);
    return detection.findings;
  };

  const applied = zeroCounts();
  let current = original;
  let findings = initialFindings;
  let anchors: ReviewAnchor[] = [];
  let allowlistName: string | undefined;

  for (const transform of selected) {
    for (let pass = 0; pass < MAX_PASSES; pass++) {
      // Importers' repairs were computed on the original text: they apply before any other edit.
      const fromImporters = current === original ? (options.importerRepairs ?? []).filter((repair) => repair.kind === transform.id) : [];
      const repairs = [...repairsOf(findings, transform.id), ...fromImporters];
      if (repairs.length === 0) break;
      const sourceFile = sourceFileFor(current);
      const context: TransformContext = {
        options,
        useAllowlist: () => (allowlistName ??= chooseAllowlistName(sourceFile, options.allowOriginsEnv)),
        review: (anchorRange, reason) => void anchors.push({ offset: anchorRange[0], reason }),
      };
      // Each transform accepts exactly its own repair kind; the union of transforms hides that from TS.
      const edits = (transform.apply as (file: SourceFile, repairs: readonly Repair[], context: TransformContext) => TextEdit[])(
        sourceFile,
        repairs,
        context,
      );
      const { accepted, rejected } = partitionEdits(edits);
      if (accepted.length === 0) break;
      const next = applyEdits(current, accepted);
      const nextFindings = detect(next, `transform ${transform.id}`);
      applied[transform.id] += Math.max(0, repairs.length - repairsOf(nextFindings, transform.id).length);
      anchors = anchors.map((anchor) => ({ ...anchor, offset: mapOffset(anchor.offset, accepted) }));
      current = next;
      findings = nextFindings;
      // Another pass when edits were held back as overlapping, or when this pass uncovered a new
      // site of the same kind (a Vary added first, then found overwritten further down).
      if (rejected.length === 0 && repairsOf(findings, transform.id).length === 0) break;
    }
  }

  const everyTransform = selected.length === TRANSFORMS.length;
  const reviewed = (ruleId: CorsRuleId) =>
    everyTransform || RULE_TRANSFORMS[ruleId].some((id) => selected.some((transform) => transform.id === id));
  const elsewhere: ElsewhereRepair[] = [];
  for (const finding of findings) {
    if (!reviewed(finding.ruleId)) continue;
    const moved = finding.repair?.kind === 'manual-review' ? finding.repair.elsewhere : undefined;
    if (moved && selected.some((transform) => transform.id === moved.repair.kind)) {
      elsewhere.push(moved);
    } else if (finding.repair?.kind === 'manual-review') {
      anchors.push({ offset: finding.repair.anchorRange[0], reason: finding.repair.reason });
    } else if (!finding.repair) {
      // A finding no transform can fix is still listed, so a run never leaves a problem unmentioned.
      anchors.push({ offset: finding.range[0], reason: unfixedReason(finding) });
    }
  }

  if (!allowlistName && anchors.length === 0) return { text: current, applied, reviews: reviewMarkers(current), ...(elsewhere.length > 0 && { elsewhere }) };
  const sourceFile = sourceFileFor(current);
  const finalEdits: TextEdit[] = [];
  const declaration = allowlistName && allowlistDeclarationEdit(sourceFile, allowlistName, options, filename);
  if (declaration) finalEdits.push(declaration);
  finalEdits.push(...reviewCommentEdits(sourceFile, anchors));
  const text = applyEdits(current, finalEdits);
  if (text !== original && finalEdits.length > 0) detect(text, 'the allowlist declaration or a review comment');
  return { text, applied, reviews: reviewMarkers(text), ...(elsewhere.length > 0 && { elsewhere }) };
}

/** `<rule>: <first sentence of the message>`, short enough for a one-line comment. */
function unfixedReason(finding: DetectedFinding): string {
  const sentence = finding.message?.split(/(?<=[.:])\s/)[0]?.replace(/[.:]$/, '') ?? finding.messageId;
  return `${finding.ruleId}: ${sentence.replace(/\s+/g, ' ')}`;
}
