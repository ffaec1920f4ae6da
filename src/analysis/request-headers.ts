import type { Finding } from '../model/finding';
import type { CorsFile } from './file-context';

/** Forbidden request headers set by browser code (no-forbidden-request-headers). */
export function analyzeRequestHeaders(_file: CorsFile): Finding[] {
  return [];
}
