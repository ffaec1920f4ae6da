import type { Finding } from '../model/finding';
import type { CorsFile } from './file-context';
import { analyzeRawOriginWrites } from './raw-origin-writes';
import { analyzeResponseHeaders } from './response-headers';
import { analyzeLibraryConfigs } from './library-configs';
import { analyzeRequestHeaders } from './request-headers';
import { analyzeOriginChecks } from './origin-checks';

export type Analyzer = (file: CorsFile) => Finding[];

/**
 * The analyzers, each owning one family of findings. Every rule reads the union, so a
 * rule never depends on which analyzer found its problem.
 */
const ANALYZERS: readonly Analyzer[] = [
  analyzeRawOriginWrites,
  analyzeResponseHeaders,
  analyzeLibraryConfigs,
  analyzeRequestHeaders,
  analyzeOriginChecks,
];

export function analyzeFile(file: CorsFile): Finding[] {
  return ANALYZERS.flatMap((analyze) => analyze(file));
}
