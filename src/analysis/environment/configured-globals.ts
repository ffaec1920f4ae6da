import type { Environment } from './decision';

/** Names only the `globals` package's browser set declares, and only its Node set. */
const BROWSER_ONLY = ['window', 'document', 'localStorage', 'HTMLElement'];
// `process` is left out: front-end configs often declare it for `process.env.NODE_ENV`.
const NODE_ONLY = ['__dirname', '__filename', 'require', 'module'];

const declares = (globals: Readonly<Record<string, unknown>>, name: string) => {
  const value = globals[name];
  return value !== undefined && value !== false && value !== 'off';
};

/**
 * What the config's `languageOptions.globals` say about where the file runs: browser globals
 * without Node's (`globals.browser`), or Node globals only (`globals.node`). Both or neither say nothing.
 */
export function globalsEnvironment(globals: Readonly<Record<string, unknown>> | undefined): Environment {
  if (!globals) return 'unknown';
  const browser = BROWSER_ONLY.some((name) => declares(globals, name));
  const node = NODE_ONLY.some((name) => declares(globals, name));
  if (browser && !node) return 'browser';
  if (node && !browser) return 'server';
  return 'unknown';
}
