import path from 'node:path';
import type { ParserServices, TSESLint, TSESTree } from '@typescript-eslint/utils';
import { ReferenceTracker } from '@eslint-community/eslint-utils';
import type { CollectedNodes } from './collect';

/** Everything an analyzer may read about one file. Built once per file and shared by all rules. */
export interface CorsFile {
  readonly filename: string;
  /** The file on disk, absolute (differs from `filename` for a block inside a Markdown file); `<input>` when none. */
  readonly physicalFilename: string;
  /** The shared `settings` of the config that applies to this file. */
  readonly settings: Readonly<Record<string, unknown>>;
  /** The globals the config declares for this file (`languageOptions.globals`). */
  readonly configuredGlobals: Readonly<Record<string, unknown>> | undefined;
  /** The parser and its options, to parse the project's other modules the same way. */
  readonly languageOptions: ParsingOptions | undefined;
  readonly sourceCode: Readonly<TSESLint.SourceCode>;
  readonly program: TSESTree.Program;
  readonly nodes: CollectedNodes;
  /** Module and global tracking from the program's global scope (imports, requires, globals). */
  readonly tracker: ReferenceTracker;
  /** Type information, only when the user runs with a TypeScript program. */
  readonly types: ParserServices | undefined;
  /** The innermost scope around `node`. */
  scopeOf(node: TSESTree.Node): TSESLint.Scope.Scope;
}

/** The part of ESLint's `languageOptions` that says how to parse a file. */
export interface ParsingOptions {
  readonly parser?: unknown;
  readonly parserOptions?: Readonly<Record<string, unknown>>;
}

export function createCorsFile(
  context: Readonly<TSESLint.RuleContext<string, readonly unknown[]>>,
  nodes: CollectedNodes,
): CorsFile {
  const sourceCode = context.sourceCode;
  const program = sourceCode.ast;
  const services = sourceCode.parserServices;
  const types = services?.program ? (services as ParserServices) : undefined;
  const languageOptions = context.languageOptions as (ParsingOptions & { globals?: Record<string, unknown> }) | undefined;
  return {
    filename: context.filename,
    physicalFilename: onDisk(context.physicalFilename ?? context.filename, context.cwd),
    settings: context.settings ?? {},
    configuredGlobals: languageOptions?.globals,
    languageOptions,
    sourceCode,
    program,
    nodes,
    // eslint-utils types predate TSESTree; the runtime objects are the same.
    tracker: new ReferenceTracker(sourceCode.getScope(program) as never),
    types,
    scopeOf: (node) => sourceCode.getScope(node),
  };
}

/** A file name made absolute against ESLint's cwd; `<input>` / `<text>` (not on disk) stay as they are. */
function onDisk(filename: string, cwd: string | undefined): string {
  return filename.startsWith('<') || filename === '' ? filename : path.resolve(cwd ?? process.cwd(), filename);
}
