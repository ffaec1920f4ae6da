import type { CorsFile } from '../file-context';
import { CLIENT_DIRECTIVE, CLIENT_FILE, DECLARED_BROWSER_MODULES, DECLARED_SERVER_MODULES, SERVER_DIRECTIVE, SERVER_FILE } from './code-signals';
import { decided, type EnvironmentDecision } from './decision';
import { basenameOf, fileDirectives, importedModules } from './program-facts';

/**
 * What the file declares about itself, which frameworks and bundlers enforce: `'use client'`,
 * `client-only`, `*.client.ts` (browser, first) and `'use server'`, `server-only`, `*.server.ts`.
 */
export function declaredEnvironment(file: CorsFile): EnvironmentDecision | undefined {
  const directives = fileDirectives(file.program);
  const modules = importedModules(file);
  const basename = basenameOf(file.filename);
  if (directives.has(CLIENT_DIRECTIVE)) return decided('browser', 'declaration', `'${CLIENT_DIRECTIVE}' directive`, true);
  if (modules.some((m) => DECLARED_BROWSER_MODULES.has(m))) return decided('browser', 'declaration', 'imports client-only', true);
  if (CLIENT_FILE.test(basename)) return decided('browser', 'declaration', '*.client.* file name', true);
  if (directives.has(SERVER_DIRECTIVE)) return decided('server', 'declaration', `'${SERVER_DIRECTIVE}' directive`, true);
  if (modules.some((m) => DECLARED_SERVER_MODULES.has(m))) return decided('server', 'declaration', 'imports server-only', true);
  if (SERVER_FILE.test(basename)) return decided('server', 'declaration', '*.server.* file name', true);
  return undefined;
}
