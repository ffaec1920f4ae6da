import { readFileSync, statSync } from 'node:fs';
import type { ParserServices, TSESLint, TSESTree } from '@typescript-eslint/utils';
import { ReferenceTracker } from '@eslint-community/eslint-utils';
import { Linter } from 'eslint';
import { parse as parsePath } from 'node:path';
import { createCollectedNodes, type CollectedNodes } from '../collect';
import type { CorsFile, ParsingOptions } from '../file-context';
import { programSource, type TypedProgram } from './program-modules';

/** Larger files are generated or bundled code, not a module that holds a CORS decision. */
const MAX_BYTES = 512 * 1024;

/**
 * The source text the parsed-module cache keeps at most: an AST with its scopes is some fifty times
 * its text, and a run over a large tree would otherwise keep every module it ever imported.
 */
const MAX_CACHED_TEXT = 8 * 1024 * 1024;

interface Cached {
  readonly mtimeMs: number;
  readonly file: CorsFile | undefined;
  readonly textLength: number;
}

/**
 * Parsed modules by path, least recently used first: a module is read and parsed once per
 * modification while it stays among the recently used.
 */
const cache = new Map<string, Cached>();
let cachedText = 0;

function remember(path: string, entry: Cached): void {
  const previous = cache.get(path);
  if (previous) {
    cache.delete(path);
    cachedText -= previous.textLength;
  }
  cache.set(path, entry);
  cachedText += entry.textLength;
  for (const [oldest, { textLength }] of cache) {
    if (cachedText <= MAX_CACHED_TEXT || oldest === path) break;
    cache.delete(oldest);
    cachedText -= textLength;
  }
}

/** How many module reads and parses happened (the bench reports it); `fromProgram`: parses of a program's source file, without a read. */
export const moduleReadStats = { reads: 0, hits: 0, fromProgram: 0 };

/** Modules parsed from a program's source files: a program is one snapshot of the project, so no modification check. */
const programCache = new WeakMap<TypedProgram, Map<string, CorsFile | undefined>>();

/**
 * Another module of the project, parsed and analysable like the linted file (without type
 * information). Undefined when it cannot be read or parsed: a broken module is never an error here.
 */
export function loadModule(path: string, languageOptions: ParsingOptions | undefined, program?: TypedProgram): CorsFile | undefined {
  const source = program && programSource(program, path);
  if (program && source) return loadFromProgram(program, path, source.text, languageOptions);
  let mtimeMs: number;
  let size: number;
  try {
    ({ mtimeMs, size } = statSync(path));
  } catch {
    return undefined;
  }
  const cached = cache.get(path);
  if (cached?.mtimeMs === mtimeMs) {
    moduleReadStats.hits++;
    remember(path, cached);
    return cached.file;
  }
  moduleReadStats.reads++;
  const file = size > MAX_BYTES ? undefined : parseModule(path, languageOptions);
  remember(path, { mtimeMs, file, textLength: file ? file.sourceCode.text.length : 0 });
  return file;
}

/**
 * With type information, a module the program holds is parsed from the program's own source file
 * (its text, and its AST through typescript-estree's `programs` option): nothing is read from disk,
 * and the module gets the program's type information too.
 */
function loadFromProgram(program: TypedProgram, path: string, text: string, languageOptions: ParsingOptions | undefined): CorsFile | undefined {
  let byPath = programCache.get(program);
  if (!byPath) {
    byPath = new Map();
    programCache.set(program, byPath);
  }
  if (byPath.has(path)) {
    moduleReadStats.hits++;
    return byPath.get(path);
  }
  moduleReadStats.fromProgram++;
  const file = text.length > MAX_BYTES ? undefined : parseText(path, text, languageOptions, program);
  byPath.set(path, file);
  return file;
}

/** Parses with ESLint itself, so a module needs nothing beyond what the linted file's parser gives. */
const linter = new Linter({ configType: 'flat', cwd: parsePath(process.cwd()).root });

function parseModule(path: string, languageOptions: ParsingOptions | undefined): CorsFile | undefined {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch {
    return undefined;
  }
  return parseText(path, text, languageOptions, undefined);
}

function parseText(path: string, text: string, languageOptions: ParsingOptions | undefined, program: TypedProgram | undefined): CorsFile | undefined {
  try {
    const jsx = /\.[jt]sx$/.test(path) || path.endsWith('.js');
    // Type-aware parser options would build a program of their own: a module is parsed from the
    // linted file's program when there is one, and without types otherwise.
    const { project, projectService, programs, ...parserOptions } = languageOptions?.parserOptions ?? {};
    const typed = program ? { programs: [program] } : {};
    const messages = linter.verify(
      text,
      {
        // Patterns ending in `*` alone match no file in flat config; name the extensions.
        files: ['**/*.{js,jsx,mjs,cjs,ts,tsx,mts,cts}'],
        languageOptions: {
          ...(languageOptions?.parser ? { parser: languageOptions.parser as never } : {}),
          ecmaVersion: 'latest',
          sourceType: 'module',
          parserOptions: { ...parserOptions, ...typed, ecmaFeatures: { ...(parserOptions.ecmaFeatures as object), jsx } },
        },
      },
      { filename: path },
    );
    if (messages.some((message) => message.fatal)) return undefined;
    const sourceCode = linter.getSourceCode() as unknown as Readonly<TSESLint.SourceCode>;
    const ast = sourceCode.ast;
    const nodes = createCollectedNodes();
    attachParents(ast, sourceCode.visitorKeys as Record<string, readonly string[]>, nodes);
    const services = sourceCode.parserServices;
    return {
      filename: path,
      physicalFilename: path,
      settings: {},
      configuredGlobals: undefined,
      languageOptions,
      sourceCode,
      program: ast,
      nodes,
      tracker: new ReferenceTracker(sourceCode.scopeManager!.globalScope as never),
      types: program && services?.program ? (services as ParserServices) : undefined,
      scopeOf: (node) => sourceCode.getScope(node),
    };
  } catch {
    return undefined;
  }
}

/** Sets `parent` as ESLint's traversal does, and collects the nodes the analysers read (src/analysis/collect.ts). */
function attachParents(program: TSESTree.Program, keys: Record<string, readonly string[]>, nodes: CollectedNodes): void {
  const stack: [TSESTree.Node, TSESTree.Node | undefined][] = [[program, undefined]];
  while (stack.length > 0) {
    const [node, parent] = stack.pop()!;
    (node as { parent?: TSESTree.Node }).parent = parent;
    collect(node, nodes);
    const children: TSESTree.Node[] = [];
    for (const key of keys[node.type] ?? []) {
      const value = (node as unknown as Record<string, unknown>)[key];
      if (Array.isArray(value)) for (const item of value) if (isNode(item)) children.push(item);
      if (isNode(value)) children.push(value);
    }
    for (let i = children.length - 1; i >= 0; i--) stack.push([children[i]!, node]);
  }
}

function isNode(value: unknown): value is TSESTree.Node {
  return typeof value === 'object' && value !== null && typeof (value as { type?: unknown }).type === 'string';
}

function collect(node: TSESTree.Node, nodes: CollectedNodes): void {
  switch (node.type) {
    case 'CallExpression':
      return void nodes.calls.push(node);
    case 'NewExpression':
      return void nodes.news.push(node);
    case 'AssignmentExpression':
      return void nodes.assignments.push(node);
    case 'Property':
      return void nodes.properties.push(node);
    case 'ArrayExpression':
      if (node.elements.length === 2) nodes.pairs.push(node);
      return;
    case 'BinaryExpression':
      if (/^[!=]==?$/.test(node.operator)) nodes.binaryChecks.push(node);
      return;
    case 'SwitchStatement':
      return void nodes.switches.push(node);
    case 'ReturnStatement':
      return void nodes.returns.push(node);
    default:
      return;
  }
}
