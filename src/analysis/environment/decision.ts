/** Where a file's requests are sent from. */
export type Environment = 'browser' | 'server' | 'unknown';

/** Which kind of evidence decided, in the order they are consulted. */
export type EvidenceKind = 'setting' | 'declaration' | 'globals' | 'package' | 'test' | 'code' | 'none';

export interface EnvironmentDecision {
  readonly environment: Environment;
  /**
   * True when the file declares where it runs (`'use client'`, `'use server'`, `server-only`,
   * `*.server.ts`), which bundlers enforce; false when it is set or inferred.
   */
  readonly declared: boolean;
  readonly evidence: EvidenceKind;
  /** What decided, in words, for docs and debugging (`package.json depends on express`). */
  readonly reason: string;
}

export const decided = (
  environment: Exclude<Environment, 'unknown'>,
  evidence: EvidenceKind,
  reason: string,
  declared = false,
): EnvironmentDecision => ({ environment, declared, evidence, reason });

export const UNKNOWN: EnvironmentDecision = { environment: 'unknown', declared: false, evidence: 'none', reason: 'no evidence' };
