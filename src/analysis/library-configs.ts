import type { Finding } from '../model/finding';
import type { CorsFile } from './file-context';
import { findCorsConfigs } from './library-configs/find-configs';
import { configFindings } from './library-configs/findings';
import { judgeOrigin } from './library-configs/origin-effect';
import { analyzeImportedConfigs } from './modules/imported-configs';

export { findCorsConfigs } from './library-configs/find-configs';
export { analyzeNextConfig } from './library-configs/next-config';
export { judgeOrigin } from './library-configs/origin-effect';
export type { CorsConfig, OriginOption } from './library-configs/cors-config';
export type { OriginEffect, OriginJudgement } from './library-configs/origin-effect';

/**
 * CORS library configurations (cors, @fastify/cors, @koa/cors, hono, ...), read through the
 * src/frameworks tables. Next.js `headers()` entries are `analyzeNextConfig`'s.
 */
export function analyzeLibraryConfigs(file: CorsFile): Finding[] {
  const local = findCorsConfigs(file).flatMap((config) => configFindings(file, config, judgeOrigin(file, config)));
  return uniqueFindings([...local, ...analyzeImportedConfigs(file)]);
}

/** One options object used by two calls is one problem, reported once. */
function uniqueFindings(findings: Finding[]): Finding[] {
  const seen = new Set<string>();
  return findings.filter((finding) => {
    const key = `${finding.ruleId}:${finding.messageId}:${finding.node.range.join(':')}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
