import type { CorsFile } from '../file-context';
import { BROWSER_GLOBALS, SERVER_AUTO_IMPORTS, isBrowserModule, isServerModule } from './code-signals';
import { decided, type EnvironmentDecision } from './decision';
import { importedModules, usesGlobal } from './program-facts';
import { requestsRelativeUrl } from './relative-requests';

/**
 * The file's code: browser globals first (isomorphic code behind a `typeof window` check, an
 * Electron renderer), then server imports, then weaker browser evidence (a DOM library, a request
 * to a relative URL).
 */
export function codeEnvironment(file: CorsFile): EnvironmentDecision | undefined {
  if (usesGlobal(file, BROWSER_GLOBALS)) return decided('browser', 'code', 'reads a browser global');
  const modules = importedModules(file);
  const server = modules.find(isServerModule);
  if (server !== undefined) return decided('server', 'code', `imports ${server}`);
  if (usesGlobal(file, SERVER_AUTO_IMPORTS)) return decided('server', 'code', 'calls a Nuxt server helper');
  const browser = modules.find(isBrowserModule);
  if (browser !== undefined) return decided('browser', 'code', `imports ${browser}`);
  if (requestsRelativeUrl(file)) return decided('browser', 'code', 'requests a relative URL');
  return undefined;
}
