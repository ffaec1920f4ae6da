/** The codemod's programmatic API: the same runs as the `cors-codemod` CLI. */
export { runCodemod, CodemodRefusalError, type RunCodemodOptions, type FileChange } from './run/runner';
export { transformSource, type TransformSourceOptions, type TransformSourceResult, type ReviewSite } from './run/transform-source';
export { detectFindings, type DetectedFinding, type Detection } from './run/detect';
export { TRANSFORMS as transforms, TRANSFORM_IDS as transformIds, type AnyTransform } from './transforms/registry';
export { CodemodUsageError, DEFAULT_ALLOW_ORIGINS_ENV, invalidAllowOriginReason, validateCodemodOptions } from './run/options';
export { REVIEW_PREFIX } from './transforms/editing/review-comment';
export type { CodemodSummary, ReviewEntry, FailedFile, SkippedFile } from './run/summary';
export type { CodemodOptions, Transform, TransformContext } from './transforms/transform';
export type { Repair, TransformId, Range } from '../src/model/repair';
export type { TextEdit } from '../src/model/finding';
