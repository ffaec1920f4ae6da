import type { Finding } from '../model/finding';
import type { CorsFile } from './file-context';

/** Raw Allow-Origin writes whose value comes from the request Origin (no-reflected-origin). */
export function analyzeRawOriginWrites(_file: CorsFile): Finding[] {
  return [];
}
