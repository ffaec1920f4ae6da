import type { ParserServices, TSESLint, TSESTree } from '@typescript-eslint/utils';
import { ReferenceTracker } from '@eslint-community/eslint-utils';
import type { CollectedNodes } from './collect';

/** Everything an analyzer may read about one file. Built once per file and shared by all rules. */
export interface CorsFile {
  readonly filename: string;
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

export function createCorsFile(
  context: Readonly<TSESLint.RuleContext<string, readonly unknown[]>>,
  nodes: CollectedNodes,
): CorsFile {
  const sourceCode = context.sourceCode;
  const program = sourceCode.ast;
  const services = sourceCode.parserServices;
  const types = services?.program ? (services as ParserServices) : undefined;
  return {
    filename: context.filename,
    sourceCode,
    program,
    nodes,
    // eslint-utils types predate TSESTree; the runtime objects are the same.
    tracker: new ReferenceTracker(sourceCode.getScope(program) as never),
    types,
    scopeOf: (node) => sourceCode.getScope(node),
  };
}
