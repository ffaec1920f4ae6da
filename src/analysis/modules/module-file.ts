import { readFileSync, statSync } from 'node:fs';
import type { TSESLint, TSESTree } from '@typescript-eslint/utils';
import { ReferenceTracker } from '@eslint-community/eslint-utils';
import { Linter } from 'eslint';
import { parse as parsePath } from 'node:path';
import { createCollectedNodes, type CollectedNodes } from '../collect';
import type { CorsFile, ParsingOptions } from '../file-context';

/** Larger files are generated or bundled code, not a module that holds a CORS decision. */
const MAX_BYTES = 512 * 1024;

interface Cached {
  readonly mtimeMs: number;
  readonly file: CorsFile | undefined;
}

/** Parsed modules by path, for the lint run: each module is read and parsed at most once per modification. */
const cache = new Map<string, Cached>();

/** How many module reads and parses happened (the bench reports it). */
export const moduleReadStats = { reads: 0, hits: 0 };

/**
 * Another module of the project, parsed and analysable like the linted file (without type
 * information). Undefined when it cannot be read or parsed: a broken module is never an error here.
 */
export function loadModule(path: string, languageOptions: ParsingOptions | undefined): CorsFile | undefined {
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
    return cached.file;
  }
  moduleReadStats.reads++;
  const file = size > MAX_BYTES ? undefined : parseModule(path, languageOptions);
  cache.set(path, { mtimeMs, file });
  return file;
}

/** Parses with ESLint itself, so a module needs nothing beyond what the linted file's parser gives. */
const linter = new Linter({ configType: 'flat', cwd: parsePath(process.cwd()).root });

function parseModule(path: string, languageOptions: ParsingOptions | undefined): CorsFile | undefined {
  try {
    const text = readFileSync(path, 'utf8');
    const jsx = /\.[jt]sx$/.test(path) || path.endsWith('.js');
    // Type-aware parser options would ask for a TypeScript program that this module is not part of.
    const { project, projectService, programs, ...parserOptions } = languageOptions?.parserOptions ?? {};
    const messages = linter.verify(
      text,
      {
        // Patterns ending in `*` alone match no file in flat config; name the extensions.
        files: ['**/*.{js,jsx,mjs,cjs,ts,tsx,mts,cts}'],
        languageOptions: {
          ...(languageOptions?.parser ? { parser: languageOptions.parser as never } : {}),
          ecmaVersion: 'latest',
          sourceType: 'module',
          parserOptions: { ...parserOptions, ecmaFeatures: { ...(parserOptions.ecmaFeatures as object), jsx } },
        },
      },
      { filename: path },
    );
    if (messages.some((message) => message.fatal)) return undefined;
    const typed = linter.getSourceCode() as unknown as Readonly<TSESLint.SourceCode>;
    const ast = typed.ast;
    const nodes = createCollectedNodes();
    attachParents(ast, typed.visitorKeys as Record<string, readonly string[]>, nodes);
    return {
      filename: path,
      physicalFilename: path,
      settings: {},
      configuredGlobals: undefined,
      languageOptions,
      sourceCode: typed,
      program: ast,
      nodes,
      tracker: new ReferenceTracker(typed.scopeManager!.globalScope as never),
      types: undefined,
      scopeOf: (node) => typed.getScope(node),
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
