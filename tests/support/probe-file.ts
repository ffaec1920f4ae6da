import { Linter } from 'eslint';
import tsParser from '@typescript-eslint/parser';
import type { TSESLint, TSESTree } from '@typescript-eslint/utils';
import { collectorListeners, createCollectedNodes } from '../../src/analysis/collect';
import { createCorsFile, type CorsFile } from '../../src/analysis/file-context';

export interface ProbeOptions {
  /** The file name the code is linted under (its extension picks the language). */
  readonly filename?: string;
  /** Lint with type information (a project service over the working directory). */
  readonly typed?: boolean;
}

/**
 * Lints `code` with a probe rule that collects nodes as the plugin does, and hands `inspect` the
 * analysed file at `Program:exit`. A parse error throws, so a broken sample never passes silently.
 */
export function probeFile<T>(code: string, inspect: (file: CorsFile) => T, options: ProbeOptions = {}): T {
  let result: T | undefined;
  const probe = {
    meta: { type: 'problem', schema: [] },
    create(context: TSESLint.RuleContext<string, []>) {
      const nodes = createCollectedNodes();
      return {
        ...collectorListeners(nodes),
        'Program:exit': () => {
          result = inspect(createCorsFile(context, nodes));
        },
      };
    },
  };
  const parserOptions = options.typed ? { projectService: { allowDefaultProject: ['*.ts'] }, tsconfigRootDir: process.cwd() } : {};
  const messages = new Linter({ cwd: process.cwd() }).verify(
    code,
    [
      {
        files: ['**/*.ts', '**/*.js', '**/*.mjs', '**/*.cjs'],
        languageOptions: {
          parser: tsParser,
          parserOptions,
          sourceType: 'module',
          globals: { URL: 'readonly', Headers: 'readonly', process: 'readonly', require: 'readonly', window: 'readonly' },
        },
        plugins: { probe: { rules: { probe: probe as never } } },
        rules: { 'probe/probe': 'error' },
      },
    ],
    { filename: `${process.cwd()}/${options.filename ?? 'file.ts'}` },
  );
  const fatal = messages.find((message) => message.fatal || !message.ruleId);
  if (fatal) throw new Error(fatal.message);
  return result as T;
}

/** The first argument of every `sink(x)` call, in source order: the values a test asks about. */
export function sinkArguments(file: CorsFile): TSESTree.Node[] {
  return file.nodes.calls
    .filter((call) => call.callee.type === 'Identifier' && call.callee.name === 'sink')
    .map((call) => call.arguments[0]!);
}
