import { invalidOriginReason } from '../../src/analysis/origin-syntax';
import type { TransformId } from '../../src/model/repair';
import type { CodemodOptions } from '../transforms/transform';
import { TRANSFORM_IDS, isTransformId } from '../transforms/transform-ids';

export const DEFAULT_ALLOW_ORIGINS_ENV = 'CORS_ALLOWED_ORIGINS';

/** Bad input from the user: the CLI exits with 2 and nothing has been touched. */
export class CodemodUsageError extends Error {
  override readonly name: string = 'CodemodUsageError';
}

/** Why `value` cannot be an allowlist entry: it must be one exact serialized origin. */
export function invalidAllowOriginReason(value: string): string | undefined {
  if (value === '*') return '`*` would allow every site; list the exact origins that may read responses';
  if (value === 'null') return '`null` is sent by sandboxed iframes and local files, which any site can create';
  return invalidOriginReason(value);
}

const ENV_NAME = /^[A-Za-z_][A-Za-z0-9_]*$/;

/** Validated options, or a usage error naming the first bad value and how to fix it. */
export function validateCodemodOptions(input: {
  readonly allowOrigins?: readonly string[];
  readonly allowOriginsEnv?: string;
}): CodemodOptions {
  const allowOrigins = [...new Set(input.allowOrigins ?? [])];
  for (const origin of allowOrigins) {
    const reason = invalidAllowOriginReason(origin);
    if (reason) {
      throw new CodemodUsageError(
        `--allow-origin ${JSON.stringify(origin)} is not a serialized origin: ${reason}. Pass exact origins such as https://app.example.com (scheme, host and optional port; no path, no trailing slash, no wildcard).`,
      );
    }
  }
  const allowOriginsEnv = input.allowOriginsEnv ?? DEFAULT_ALLOW_ORIGINS_ENV;
  if (!ENV_NAME.test(allowOriginsEnv)) {
    throw new CodemodUsageError(
      `--allow-origins-env ${JSON.stringify(allowOriginsEnv)} is not an environment variable name (letters, digits and _, not starting with a digit).`,
    );
  }
  return { allowOrigins, allowOriginsEnv };
}

/** `--transforms a,b` → ids, or a usage error listing the known ids. */
export function parseTransformIds(value: string): TransformId[] {
  const ids = value
    .split(',')
    .map((id) => id.trim())
    .filter(Boolean);
  if (ids.length === 0) throw new CodemodUsageError(`--transforms needs at least one id; known: ${TRANSFORM_IDS.join(', ')}`);
  const unknown = ids.filter((id) => !isTransformId(id));
  if (unknown.length > 0) {
    throw new CodemodUsageError(`unknown transform ${unknown.join(', ')}; known: ${TRANSFORM_IDS.join(', ')}`);
  }
  return ids as TransformId[];
}

export function validateTransformIds(ids: readonly string[] | undefined): TransformId[] | undefined {
  return ids === undefined ? undefined : parseTransformIds(ids.join(','));
}

export const MAX_CONCURRENCY = 256;

function validateCount(flag: string, max: number, value: number | string | undefined, fallback: number): number {
  if (value === undefined) return fallback;
  const number = typeof value === 'number' ? value : /^\d+$/.test(value.trim()) ? Number(value) : Number.NaN;
  if (!Number.isInteger(number) || number < 1 || number > max) {
    throw new CodemodUsageError(`${flag} must be a whole number from 1 to ${max}, got ${JSON.stringify(String(value))}`);
  }
  return number;
}

export function validateConcurrency(value: number | string | undefined, fallback: number): number {
  return validateCount('--concurrency', MAX_CONCURRENCY, value, fallback);
}

/** Each worker thread holds its own parser and ts-morph project: far fewer than files in flight. */
export const MAX_WORKERS = 64;

export function validateWorkers(value: number | string | undefined, fallback: number): number {
  return validateCount('--workers', MAX_WORKERS, value, fallback);
}
