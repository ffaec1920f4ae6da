/**
 * TypeScript that type-checked before the codemod still type-checks after it: typed Express and
 * Fastify apps are checked with the repository's compiler options (strict), with and without the
 * rewrite, through the TypeScript compiler API and the installed @types/express and fastify types.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import { transformSource } from '../../codemods/run/transform-source';

const REPO_ROOT = path.resolve(import.meta.dirname, '../..');
const FIXTURES = ['express-app.ts', 'fastify-app.ts'].map((file) => path.join(import.meta.dirname, 'typed-fixtures', file));
const OPTIONS = { allowOrigins: ['https://app.example.com'], allowOriginsEnv: 'CORS_ALLOWED_ORIGINS' };

function compilerOptions(): ts.CompilerOptions {
  const configPath = path.join(REPO_ROOT, 'tsconfig.json');
  const { config } = ts.readConfigFile(configPath, (file) => ts.sys.readFile(file));
  return { ...ts.parseJsonConfigFileContent(config, ts.sys, REPO_ROOT).options, noEmit: true, noUnusedLocals: true };
}

/** Diagnostics for `file`, reading `text` in its place when given (nothing is written to disk). */
function typeErrors(file: string, text?: string): string[] {
  const options = compilerOptions();
  const host = ts.createCompilerHost(options);
  if (text !== undefined) {
    const getSourceFile = host.getSourceFile.bind(host);
    host.getSourceFile = (name, languageVersion, ...rest) =>
      path.resolve(name) === file ? ts.createSourceFile(name, text, languageVersion, true) : getSourceFile(name, languageVersion, ...rest);
    const readFile = host.readFile.bind(host);
    host.readFile = (name) => (path.resolve(name) === file ? text : readFile(name));
  }
  const program = ts.createProgram({ rootNames: [file], options, host });
  return ts
    .getPreEmitDiagnostics(program)
    .map((diagnostic) => ts.flattenDiagnosticMessageText(diagnostic.messageText, '\n'))
    .filter(Boolean);
}

describe('typed fixtures', () => {
  it.each(FIXTURES.map((file) => [path.basename(file), file]))('%s type-checks before and after the codemod', (_name, file) => {
    expect(typeErrors(file)).toEqual([]);
    const result = transformSource(readFileSync(file, 'utf8'), file, OPTIONS);
    expect(result.error).toBeUndefined();
    expect(result.changed).toBe(true);
    expect(result.text).toContain('const allowedOrigins: ReadonlySet<string> = new Set([');
    expect(typeErrors(file, result.text)).toEqual([]);
  });

  it('would notice a type error introduced by a rewrite', () => {
    const [file] = FIXTURES as [string];
    const broken = readFileSync(file, 'utf8').replace("const app = express();", "const app = express();\nconst port: number = process.env.PORT;");
    expect(typeErrors(file, broken)).toContainEqual(expect.stringContaining("Type 'string | undefined' is not assignable to type 'number'"));
  });
});
