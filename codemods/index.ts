/** The codemod's programmatic API: the same runs as the `cors-codemod` CLI. */
export { runCodemod, CodemodRefusalError, type RunCodemodOptions, type FileChange } from './runner';
export { transformSource, type TransformSourceOptions, type TransformSourceResult, type ReviewSite } from './transform-source';
export { detectFindings, type DetectedFinding, type Detection } from './detect';
export { TRANSFORMS as transforms, TRANSFORM_IDS as transformIds, type AnyTransform } from './registry';
export { CodemodUsageError, DEFAULT_ALLOW_ORIGINS_ENV, invalidAllowOriginReason, validateCodemodOptions } from './options';
export { REVIEW_PREFIX } from './review-comment';
export type { CodemodSummary, ReviewEntry, FailedFile, SkippedFile } from './summary';
export type { CodemodOptions, Transform, TransformContext } from './transform';
export type { Repair, TransformId, Range } from '../src/model/repair';
export type { TextEdit } from '../src/model/finding';
