import { FRAMEWORK_TABLES, type ConfigSite } from '../frameworks';
import { FORBIDDEN_NAMES, FORBIDDEN_PREFIXES, METHOD_OVERRIDE_NAMES } from './request-headers/forbidden-names';

/**
 * What a file's text must contain before an analyzer can find anything in it. Each analyzer starts
 * from something written in the file itself (a header name, an origin read, a module specifier), so
 * a file without the word is skipped unparsed by the codemod and unanalyzed by the rules: most
 * files of a project have no CORS code and then cost nothing. Imported values are followed only
 * from a configuration written in the file (src/analysis/modules/), whose words pass the gate, so a
 * gate can never hide what the analysis would have found.
 */
export interface TextGate {
  (text: string): boolean;
}

/** `Access-Control-*` written by name (also `HTTP2_HEADER_ACCESS_CONTROL_*`). */
export const mayWriteCorsHeader: TextGate = (text) => /access[-_]control/i.test(text);

/** The request origin read (`req.headers.origin`, `get('Origin')`) or a library's `origin` option or callback. */
export const mayReadOrigin: TextGate = (text) => /origin/i.test(text);

/**
 * A forbidden request header named as a string, an object key or a property (`'Cookie'`,
 * `{ host: h }`, `{ cookie }`, `headers.post.Cookie = c`, `set('Sec-Fetch-Site', …)`), in any case:
 * lowercase names are common in client code.
 */
const FORBIDDEN_NAME = `(?:${[...FORBIDDEN_NAMES, ...METHOD_OVERRIDE_NAMES].join('|')}|(?:${FORBIDDEN_PREFIXES.join('|')})[\\w-]+)`;
const FORBIDDEN_HEADER_NAME = new RegExp(`\\b${FORBIDDEN_NAME}['"\`]?\\s*[:,'"\`}]|\\.${FORBIDDEN_NAME}\\s*=`, 'i');
export const maySetForbiddenHeader: TextGate = (text) => FORBIDDEN_HEADER_NAME.test(text) && mayUseHttpClient(text);

/**
 * A client the request-header scan starts from, named in the file: the web globals (`fetch`,
 * `Request`, `Headers`, `XMLHttpRequest`, also `$fetch`), a client module, or jQuery's `$` / `jQuery`.
 */
const HTTP_CLIENT = /fetch|Request|Headers|axios|\bky\b|superagent|jquery|\$\s*\.|@angular\/common\/http|@apollo\/client|graphql-request/i;
export const mayUseHttpClient: TextGate = (text) => HTTP_CLIENT.test(text);

/** A request sent with `mode: 'no-cors'`, written as the string. */
export const maySendNoCors: TextGate = (text) => text.includes('no-cors') && mayUseHttpClient(text);

/** Every module a library table tracks: a default that reflects (graphql-yoga) needs no CORS word. */
const LIBRARY_MODULES = [...new Set(FRAMEWORK_TABLES.flatMap((table) => table.sites.flatMap(siteModules)))];

function siteModules(site: ConfigSite): string[] {
  if (site.kind === 'next-headers') return [];
  const exported = site.kind === 'method' ? [] : site.exports.map((entry) => entry.module);
  const required = site.kind === 'register' ? [] : (site.gate?.requires ?? []);
  return [...exported, ...required];
}

export const mayConfigureCorsLibrary: TextGate = (text) =>
  /cors|origin|access[-_]control/i.test(text) || LIBRARY_MODULES.some((module) => text.includes(module));

/** Whether any analyzer can find something in the text: the codemod parses only such files. */
export const mayHoldCorsFinding: TextGate = (text) =>
  mayWriteCorsHeader(text) || mayReadOrigin(text) || maySetForbiddenHeader(text) || mayConfigureCorsLibrary(text) || maySendNoCors(text);
