import path from 'node:path';
import { Node, type SourceFile, type Statement } from 'ts-morph';
import type { TextEdit } from '../../../src/model/finding';
import type { CodemodOptions } from '../transform';
import { detectCodeStyle, quoted, type CodeStyle } from './code-style';

const NAME_CANDIDATES = ['allowedOrigins', 'corsAllowedOrigins'];
const TYPED_EXTENSIONS = new Set(['.ts', '.tsx', '.mts', '.cts']);

const wordPattern = (name: string) => new RegExp(`(?<![\\w$])${name.replaceAll('$', '\\$')}(?![\\w$])`);

function readsEnv(text: string, envName: string): boolean {
  return text.includes(`process.env.${envName}`) || new RegExp(`process\\.env\\[\\s*['"\`]${envName}['"\`]\\s*\\]`).test(text);
}

/** The name of a module-level `new Set(...)` over `process.env.<envName>`: an earlier run's allowlist. */
export function findAllowlistDeclaration(sourceFile: SourceFile, envName: string): string | undefined {
  for (const statement of sourceFile.getVariableStatements()) {
    for (const declaration of statement.getDeclarations()) {
      const initializer = declaration.getInitializer();
      if (
        initializer &&
        Node.isNewExpression(initializer) &&
        initializer.getExpression().getText() === 'Set' &&
        Node.isIdentifier(declaration.getNameNode()) &&
        readsEnv(initializer.getText(), envName)
      ) {
        return declaration.getName();
      }
    }
  }
  return undefined;
}

/**
 * The allowlist's identifier: an existing declaration's, else the first candidate whose name
 * appears nowhere in the text (comments and strings included, to stay clear of any shadowing).
 */
export function chooseAllowlistName(sourceFile: SourceFile, envName: string): string {
  const existing = findAllowlistDeclaration(sourceFile, envName);
  if (existing) return existing;
  const text = sourceFile.getFullText();
  for (let suffix = 0; ; suffix++) {
    for (const candidate of NAME_CANDIDATES) {
      const name = suffix === 0 ? candidate : `${candidate}${suffix + 1}`;
      if (!wordPattern(name).test(text)) return name;
    }
  }
}

/** The declaration itself, in the file's style. TypeScript files get a type so strict mode is happy. */
export function allowlistDeclarationText(name: string, options: CodemodOptions, style: CodeStyle, typed: boolean): string {
  const { indent, eol } = style;
  const envEntries =
    `...(process.env.${options.allowOriginsEnv} ?? ${quoted('', style)})` +
    `.split(${quoted(',', style)}).map((origin) => origin.trim()).filter(Boolean),`;
  return [
    `// Origins allowed to read cross-origin responses; more come from the comma-separated ${options.allowOriginsEnv} variable.`,
    `const ${name}${typed ? ': ReadonlySet<string>' : ''} = new Set([`,
    ...options.allowOrigins.map((origin) => `${indent}${quoted(origin, style)},`),
    `${indent}${envEntries}`,
    `])${style.semicolons ? ';' : ''}`,
  ].join(eol);
}

/** Directives, imports and plain `require(...)` bindings: the allowlist goes right after them. */
function isPrologueStatement(statement: Statement): boolean {
  if (Node.isImportDeclaration(statement) || Node.isImportEqualsDeclaration(statement)) return true;
  if (Node.isExpressionStatement(statement)) return Node.isStringLiteral(statement.getExpression());
  if (!Node.isVariableStatement(statement)) return false;
  return statement.getDeclarations().every((declaration) => {
    let initializer = declaration.getInitializer();
    while (initializer && Node.isPropertyAccessExpression(initializer)) initializer = initializer.getExpression();
    return (
      initializer !== undefined &&
      Node.isCallExpression(initializer) &&
      initializer.getExpression().getText() === 'require' &&
      initializer.getArguments().length === 1 &&
      Node.isStringLiteral(initializer.getArguments()[0])
    );
  });
}

/** Text that starts with one of these continues the previous line when there is no `;`. */
const ASI_HAZARD = /^(?:\s|\/\/[^\n]*|\/\*[\s\S]*?\*\/)*[([`+\-/]/;

/**
 * The edit that declares the allowlist once, after the prologue (and before its first use), or
 * `undefined` when the file already declares it or never uses it.
 */
export function allowlistDeclarationEdit(
  sourceFile: SourceFile,
  name: string,
  options: CodemodOptions,
  filename: string,
): TextEdit | undefined {
  if (findAllowlistDeclaration(sourceFile, options.allowOriginsEnv) === name) return undefined;
  const text = sourceFile.getFullText();
  const baseStyle = detectCodeStyle(text);
  const statements = sourceFile.getStatements();
  const prologueLength = statements.findIndex((statement) => !isPrologueStatement(statement));
  const prologue = statements.slice(0, prologueLength === -1 ? statements.length : prologueLength);
  const firstUse = wordPattern(name).exec(text)?.index;
  if (firstUse === undefined) return undefined; // asked for but never used: declare nothing
  const firstUseStatement = prologue.find((s) => s.getStart() <= firstUse && firstUse < s.getEnd());
  const typed = TYPED_EXTENSIONS.has(path.extname(filename).toLowerCase());

  const afterPrologue = firstUseStatement === undefined && prologue.length > 0;
  const anchor = firstUseStatement ?? (afterPrologue ? prologue.at(-1)! : statements[prologue.length]);
  const offset = anchor ? (afterPrologue ? anchor.getEnd() : anchor.getStart()) : text.length;
  const following = text.slice(offset);
  const style = { ...baseStyle, semicolons: baseStyle.semicolons || ASI_HAZARD.test(following) };
  const declaration = allowlistDeclarationText(name, options, style, typed);
  const { eol } = style;
  if (afterPrologue || !anchor) {
    const before = offset === 0 ? '' : `${eol}${eol}`;
    // A blank line after it too, unless one (or the end of the file) is already there.
    const after = /^[ \t]*\r?\n[ \t]*(?:\r?\n|$)/.test(following) || following.trim() === '' ? '' : eol;
    return { range: [offset, offset], text: `${before}${declaration}${after}${anchor ? '' : eol}` };
  }
  return { range: [offset, offset], text: `${declaration}${eol}${eol}` };
}
