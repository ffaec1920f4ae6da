import { readFileSync, statSync } from 'node:fs';
import type { TSESLint, TSESTree } from '@typescript-eslint/utils';
import { parseForESLint } from '@typescript-eslint/parser';
import { ReferenceTracker } from '@eslint-community/eslint-utils';
import { SourceCode } from 'eslint';
import { createCollectedNodes, type CollectedNodes } from '../collect';
import type { CorsFile } from '../file-context';

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
export function loadModule(path: string): CorsFile | undefined {
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
  const file = size > MAX_BYTES ? undefined : parseModule(path);
  cache.set(path, { mtimeMs, file });
  return file;
}

function parseModule(path: string): CorsFile | undefined {
  try {
    const text = readFileSync(path, 'utf8');
    const jsx = /\.[jt]sx$/.test(path) || path.endsWith('.js');
    const { ast, scopeManager, visitorKeys, services } = parseForESLint(text, {
      filePath: path,
      sourceType: 'module',
      ecmaVersion: 'latest',
      ecmaFeatures: { jsx },
      range: true,
      loc: true,
      tokens: true,
      comment: true,
    });
    const nodes = createCollectedNodes();
    attachParents(ast as TSESTree.Program, visitorKeys as Record<string, readonly string[]>, nodes);
    const sourceCode = new SourceCode({ text, ast: ast as never, scopeManager: scopeManager as never, visitorKeys, parserServices: services } as never);
    const typed = sourceCode as unknown as Readonly<TSESLint.SourceCode>;
    return {
      filename: path,
      sourceCode: typed,
      program: ast as TSESTree.Program,
      nodes,
      tracker: new ReferenceTracker(scopeManager.globalScope as never),
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
