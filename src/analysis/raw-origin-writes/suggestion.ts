import type { TSESTree } from '@typescript-eslint/utils';
import { AST_NODE_TYPES } from '@typescript-eslint/utils';
import type { SuggestionHint, TextEdit } from '../../model/finding';
import { unwrapExpression } from '../../ast/unwrap';
import { variableNamed } from '../../ast/variables';
import type { CorsFile } from '../file-context';
import { allowlistCheck, guardedExpression, guardedItems, guardedProperty, guardedStatement, writeWithOrigin } from './allowlist-text';
import type { WriteShape } from './write-shape';

export const ALLOWLIST_NAME = 'allowedOrigins';
const TYPED_FILE = /\.[cm]?tsx?$/i;

/**
 * Wrap the write in `allowedOrigins.has(origin)`. When the file has no `allowedOrigins` yet, the
 * suggestion declares an empty one, so nothing is allowed until the user lists their origins: the
 * security decision stays visible in the diff instead of being made silently.
 */
export function allowlistSuggestion(
  file: CorsFile,
  at: TSESTree.Node,
  shape: WriteShape,
  originText: string,
  value: WrittenValue,
): SuggestionHint | undefined {
  const binding = allowlistBinding(file, at);
  if (!binding) return undefined;
  const check = allowlistCheck(ALLOWLIST_NAME, originText);
  const write = writeWithOrigin(file.sourceCode.text, shape.range, value, originText, TYPED_FILE.test(file.filename));
  const edits: TextEdit[] = [{ range: shape.range, text: guardedText(shape, check, write) }];
  if (binding === 'declare') edits.unshift(declarationEdit(file));
  return {
    messageId: 'allowlistOrigin',
    data: {
      allowlist: ALLOWLIST_NAME,
      origin: originText,
      declaration: binding === 'declare' ? `, and declare an empty \`${ALLOWLIST_NAME}\` Set for the trusted origins (none is allowed until you list them)` : '',
    },
    edits,
  };
}

/** The Allow-Origin value as written, and whether it is only the origin (kept as is). */
export interface WrittenValue {
  readonly range: readonly [number, number];
  readonly keep: boolean;
}

function guardedText(shape: WriteShape, check: string, text: string): string {
  switch (shape.kind) {
    case 'statement':
      return guardedStatement(check, text, shape.braces);
    case 'property':
      return guardedProperty(check, text);
    case 'tuple':
      return guardedItems(check, text);
    case 'flat-pair':
      return guardedItems(check, text);
    case 'expression':
      return guardedExpression(check, text, shape.receiver);
  }
}

/** `declare` when the name is free, `reuse` when it already names a `Set`, `undefined` when it names something else. */
function allowlistBinding(file: CorsFile, at: TSESTree.Node): 'declare' | 'reuse' | undefined {
  const variable = variableNamed(file.scopeOf(at), ALLOWLIST_NAME);
  if (!variable || variable.defs.length === 0) return 'declare';
  const def = variable.defs[0]!;
  if (def.type !== 'Variable' || !def.node.init) return undefined;
  const init = unwrapExpression(def.node.init);
  return init.type === AST_NODE_TYPES.NewExpression && init.callee.type === AST_NODE_TYPES.Identifier && init.callee.name === 'Set'
    ? 'reuse'
    : undefined;
}

/** `const allowedOrigins = new Set([...])` after the imports (or directives), or at the top. */
function declarationEdit(file: CorsFile): TextEdit {
  const typed = TYPED_FILE.test(file.filename) ? '<string>' : '';
  const declaration = `const ${ALLOWLIST_NAME} = new Set${typed}([/* the exact trusted origins, e.g. 'https://app.example.com' */]);`;
  let last: TSESTree.ProgramStatement | undefined;
  for (const statement of file.program.body) {
    if (!isPrologue(statement)) break;
    last = statement;
  }
  if (last) return { range: [last.range[1], last.range[1]], text: `\n${declaration}` };
  const first = file.program.body[0];
  const offset = first ? first.range[0] : file.sourceCode.text.length;
  return { range: [offset, offset], text: `${declaration}\n` };
}

function isPrologue(statement: TSESTree.ProgramStatement): boolean {
  return (
    statement.type === AST_NODE_TYPES.ImportDeclaration ||
    (statement.type === AST_NODE_TYPES.ExpressionStatement && statement.directive !== undefined)
  );
}
