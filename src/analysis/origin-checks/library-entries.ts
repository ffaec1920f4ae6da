import type { TSESTree } from '@typescript-eslint/utils';
import { AST_NODE_TYPES } from '@typescript-eslint/utils';
import { staticString } from '../../ast/static-values';
import type { CorsFile } from '../file-context';
import type { CorsConfig } from '../library-configs/cors-config';
import { findCorsConfigs } from '../library-configs/find-configs';
import { resolveValue } from '../library-configs/object-options';
import { staticRegexOf, type StaticRegex } from './regex-source';

/** One entry of a library's `origin` option that the library matches the request origin against. */
export type LibraryEntry =
  /** A RegExp the library tests the origin with (`cors`, `@fastify/cors`, Elysia, restify). */
  | { readonly type: 'regex'; readonly node: TSESTree.Node; readonly regex: StaticRegex; readonly config: CorsConfig; readonly site: EntrySite }
  /** A glob string the library compiles into a regex (hapi, middy, restify: `https://*.example.com`). */
  | { readonly type: 'glob'; readonly node: TSESTree.Node; readonly glob: string; readonly regex: StaticRegex; readonly config: CorsConfig; readonly site: EntrySite }
  /** A string the library compares exactly, or by host only (Elysia without a scheme). */
  | { readonly type: 'string'; readonly node: TSESTree.Node; readonly value: string; readonly hostOnly: boolean; readonly config: CorsConfig; readonly site: EntrySite };

/** `option-value`: the whole option (`origin: /re/`); `option-entry`: one element of its array. */
export type EntrySite = 'option-value' | 'option-entry';

const REGEX_SPECIALS = /[.*+?^${}()|[\]\\/]/g;

/**
 * How libraries turn a string with `*` into a pattern, read from their source:
 * hapi escapes everything and maps `*` to `.*`; middy maps `*` to one label; restify escapes only the
 * first `.` and replaces only the first `*` (so later dots match any character).
 */
const GLOB_COMPILERS: Readonly<Record<string, (glob: string) => string>> = {
  hapi: (glob) => `^${glob.replace(REGEX_SPECIALS, '\\$&').replace(/\\\*/g, '.*').replace(/\\\?/g, '.')}$`,
  '@middy/http-cors': (glob) => `^${glob.replace(REGEX_SPECIALS, '\\$&').replace(/\\\*/g, '[^.]*')}$`,
  'restify-cors-middleware2': (glob) => `^${glob.replace('.', '\\.').replace('*', '.*')}$`,
};

/** Every regex, glob or string entry of every CORS library `origin` option in the file. */
export function findLibraryEntries(file: CorsFile): LibraryEntry[] {
  const entries: LibraryEntry[] = [];
  for (const config of findCorsConfigs(file)) {
    for (const option of config.originOptions) {
      const resolved = resolveValue(file, option.value);
      if (resolved.type === AST_NODE_TYPES.ArrayExpression) {
        if (!config.table.origin.array) continue;
        for (const element of resolved.elements) {
          if (!element || element.type === AST_NODE_TYPES.SpreadElement) continue;
          const entry = entryOf(file, config, element, 'option-entry');
          if (entry) entries.push(entry);
        }
        continue;
      }
      const entry = entryOf(file, config, option.value, 'option-value');
      if (entry) entries.push(entry);
    }
  }
  return entries;
}

function entryOf(file: CorsFile, config: CorsConfig, node: TSESTree.Node, site: EntrySite): LibraryEntry | undefined {
  const semantics = config.table.origin;
  const regex = staticRegexOf(file, node);
  if (regex) return semantics.regexp ? { type: 'regex', node, regex, config, site } : undefined;
  const value = staticString(resolveValue(file, node), file.scopeOf(node));
  if (value === undefined || value === '*' || value === 'null' || semantics.keywords?.[value]) return undefined;
  const compile = GLOB_COMPILERS[config.library];
  const isGlob = site === 'option-entry' ? semantics.array?.compare === 'glob' : false;
  if (value.includes('*')) {
    if (!isGlob || !compile) return undefined;
    return { type: 'glob', node, glob: value, regex: { source: compile(value), flags: '', definition: node, written: 'constructor' }, config, site };
  }
  const matched = site === 'option-entry' ? semantics.array?.compare === 'exact' || isGlob : semantics.string === 'exact-match';
  if (!matched && !semantics.bareHosts) return undefined;
  return { type: 'string', node, value, hostOnly: !!semantics.bareHosts && !value.includes('://'), config, site };
}
