import type { Finding } from '../model/finding';
import type { CorsFile } from './file-context';

/** Weak origin checks (no-weak-origin-check). */
export function analyzeOriginChecks(_file: CorsFile): Finding[] {
  return [];
}
