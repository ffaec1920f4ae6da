import type { ParserServices } from '@typescript-eslint/utils';

/** The TypeScript program of a typed lint run (typescript-eslint's `parserServices.program`). */
export type TypedProgram = NonNullable<ParserServices['program']>;
type SourceFile = ReturnType<TypedProgram['getSourceFiles']>[number];
type Node = SourceFile['statements'][number];

/**
 * The project file a specifier names from `importer`, as the program resolved it (TypeScript's own
 * module resolution: `paths`, `baseUrl`, `moduleSuffixes`, package `exports`, `.js` for `.ts`).
 * Undefined when the program does not hold the importer, the import is not resolved, or it
 * resolves to a declaration file or into `node_modules` (not the project's own code).
 */
export function resolveInProgram(program: TypedProgram, importer: string, specifier: string): string | undefined {
  const source = program.getSourceFile(importer);
  if (!source) return undefined;
  const literal = moduleSpecifiers(source).find((node) => node.text === specifier);
  if (!literal) return undefined;
  const symbol = program.getTypeChecker().getSymbolAtLocation(literal);
  const declaration = symbol?.valueDeclaration ?? symbol?.declarations?.[0];
  const target = declaration && 'fileName' in declaration ? (declaration as unknown as SourceFile) : undefined;
  if (!target || target.isDeclarationFile || target.fileName.split('/').includes('node_modules')) return undefined;
  return target.fileName;
}

/** The program's source file at `path`, when it holds the project's own code. */
export function programSource(program: TypedProgram, path: string): SourceFile | undefined {
  const source = program.getSourceFile(path);
  return source && !source.isDeclarationFile ? source : undefined;
}

interface StringLiteralLike {
  readonly text: string;
}

/**
 * The module specifiers of a source file. TypeScript records them as it binds (`imports`: ESM
 * imports and exports, `import x = require()`, and `require()` in JavaScript); read from the
 * top-level statements when that list is absent.
 */
function moduleSpecifiers(source: SourceFile): (Node & StringLiteralLike)[] {
  const recorded = (source as unknown as { imports?: readonly (Node & StringLiteralLike)[] }).imports;
  if (recorded) return [...recorded];
  const found: (Node & StringLiteralLike)[] = [];
  for (const statement of source.statements) {
    const specifier = (statement as unknown as { moduleSpecifier?: Node & StringLiteralLike }).moduleSpecifier;
    if (specifier && typeof specifier.text === 'string') found.push(specifier);
  }
  return found;
}
