/**
 * The rule docs are executable: every example in docs/rules/<id>.md is linted with that rule.
 *
 * Convention for the docs:
 * - A fenced block in `js`, `ts`, `jsx` or `tsx` is an example. Its kind comes from the innermost heading above it
 *   that starts with ❌ or ✅ (`### ❌ Incorrect`, `#### ✅ Correct: Koa`); a deeper heading without one
 *   (`#### Express`) keeps its parent's kind, any other heading ends it. A ❌ block must get at least one report of
 *   the doc's rule, a ✅ block none, and no block may fail to parse.
 * - Each block is linted on its own as `example.<lang>` of a front-end package (`package='neutral'` in the info string: of a package without dependencies) (@typescript-eslint/parser, ES modules, the globals of
 *   tests/support/rule-tester.ts), with only the doc's rule on. Rule options go in the fence's info string as JSON,
 *   the way typescript-eslint's docs do it: ```js option='{ "checkScheme": true }'.
 * - Code that is not an example uses another fence language (`jsonc`, `sh`, `diff`) or the marker `no-lint` after
 *   the language (```js no-lint), e.g. an eslint.config.js snippet. A js/ts block with neither a kind nor the marker
 *   fails the test, so an example cannot silently stop being checked.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { environmentFixture } from './support/environment-fixtures';
import { Linter } from 'eslint';
import parser from '@typescript-eslint/parser';
import { describe, expect, it } from 'vitest';
import plugin from '../src/index';
import { TEST_GLOBALS } from './support/rule-tester';

type ExampleKind = 'incorrect' | 'correct';

interface CodeBlock {
  readonly lang: string;
  readonly meta: string;
  readonly code: string;
  /** 1-based line of the opening fence, for failure messages. */
  readonly line: number;
  readonly kind: ExampleKind | undefined;
}

interface RuleDoc {
  readonly ruleId: string;
  readonly text: string;
  readonly headings: readonly string[];
  readonly blocks: readonly CodeBlock[];
}

const DOCS_DIR = new URL('../docs/rules/', import.meta.url);
const LINTED_LANGS = new Set(['js', 'ts', 'jsx', 'tsx']);
const REQUIRED_HEADINGS = ['## Examples', '## When Not To Use It', '## References'];
const KIND_BY_MARK: ReadonlyArray<readonly [string, ExampleKind]> = [
  ['❌', 'incorrect'],
  ['✅', 'correct'],
];

function kindOfHeading(title: string): ExampleKind | undefined {
  return KIND_BY_MARK.find(([mark]) => title.startsWith(mark))?.[1];
}

/** Splits a doc into headings and fenced blocks, tracking the ❌/✅ kind of the enclosing section. */
function parseRuleDoc(ruleId: string, text: string): RuleDoc {
  const headings: string[] = [];
  const blocks: CodeBlock[] = [];
  /** Open sections, outermost first: heading level and the kind it sets (or inherits). */
  const sections: Array<{ level: number; kind: ExampleKind | undefined }> = [];
  const lines = text.split('\n');
  for (let index = 0; index < lines.length; index++) {
    const fence = /^```(\S*)(.*)$/.exec(lines[index]);
    if (fence) {
      const start = index;
      while (++index < lines.length && !/^```\s*$/.test(lines[index]));
      blocks.push({
        lang: fence[1],
        meta: fence[2].trim(),
        code: lines.slice(start + 1, index).join('\n'),
        line: start + 1,
        kind: sections.at(-1)?.kind,
      });
      continue;
    }
    const heading = /^(#{1,6})\s+(.*)$/.exec(lines[index]);
    if (!heading) continue;
    const level = heading[1].length;
    while (sections.length > 0 && sections.at(-1)!.level >= level) sections.pop();
    const inherited = sections.at(-1)?.kind;
    sections.push({ level, kind: kindOfHeading(heading[2]) ?? inherited });
    headings.push(lines[index].trim());
  }
  return { ruleId, text, headings, blocks };
}

/** The body of `## <title>` up to the next second-level heading. */
function sectionText(doc: RuleDoc, title: string): string {
  const start = doc.text.indexOf(`\n${title}\n`);
  if (start === -1) return '';
  const end = doc.text.indexOf('\n## ', start + title.length + 1);
  return doc.text.slice(start, end === -1 ? undefined : end);
}

function ruleOptions(block: CodeBlock): unknown[] {
  const option = /\boption='([^']*)'/.exec(block.meta);
  return option ? [JSON.parse(option[1])] : [];
}

const linter = new Linter({ configType: 'flat' });

function lint(ruleId: string, block: CodeBlock): Linter.LintMessage[] {
  const config: Linter.Config = {
    files: ['**/*.{js,jsx,ts,tsx}'],
    languageOptions: {
      parser,
      parserOptions: { ecmaVersion: 'latest', sourceType: 'module', ecmaFeatures: { jsx: block.lang.endsWith('x') } },
      globals: TEST_GLOBALS,
    },
    plugins: { cors: plugin as unknown as NonNullable<Linter.Config['plugins']>[string] },
    rules: { [`cors/${ruleId}`]: ['error', ...ruleOptions(block)] },
  };
  // Examples are files of a front-end package, so the browser-only rules' examples are browser code;
  // a block marked ```ts package='neutral' is a file of a package without dependencies, decided by its own code.
  const pkg = /\bpackage='neutral'/.test(block.meta) ? 'neutral-package' : 'web-package';
  return linter.verify(block.code, config, { filename: environmentFixture(`${pkg}/src/example.${block.lang}`) });
}

function describeMessages(messages: readonly Linter.LintMessage[]): string {
  return messages.map((message) => `  ${message.line}:${message.column} ${message.ruleId ?? 'parser'}: ${message.message}`).join('\n');
}

const docs = readdirSync(DOCS_DIR)
  .filter((name) => name.endsWith('.md'))
  .sort()
  .map((name) => parseRuleDoc(name.slice(0, -'.md'.length), readFileSync(new URL(name, DOCS_DIR), 'utf8')));

it('has one doc per rule and no doc without a rule', () => {
  expect(docs.map((doc) => doc.ruleId)).toEqual(Object.keys(plugin.rules).sort());
});

for (const doc of docs) describe(`docs/rules/${doc.ruleId}.md`, () => {
  const codeBlocks = doc.blocks.filter((block) => LINTED_LANGS.has(block.lang));
  const isSkipped = (block: CodeBlock) => /\bno-lint\b/.test(block.meta);
  const examples = codeBlocks.filter((block) => !isSkipped(block));

  it('has the sections eslint-doc-generator requires, in order', () => {
    const found = REQUIRED_HEADINGS.map((heading) => doc.headings.indexOf(heading));
    expect(found.every((position) => position !== -1), `missing one of ${REQUIRED_HEADINGS.join(', ')}`).toBe(true);
    expect([...found].sort((a, b) => a - b)).toEqual(found);
  });

  it('names the CWE and OWASP ASVS requirements under References', () => {
    const references = sectionText(doc, '## References');
    expect(references).toMatch(/CWE-(942|346)\b/);
    expect(references).toMatch(/V14\.5\.3/);
    expect(references).toMatch(/V3\.4\.2/);
  });

  it('has incorrect and correct examples, and marks every other js/ts block no-lint', () => {
    expect(examples.some((block) => block.kind === 'incorrect')).toBe(true);
    expect(examples.some((block) => block.kind === 'correct')).toBe(true);
    const unmarked = examples.filter((block) => block.kind === undefined).map((block) => `line ${block.line}`);
    expect(unmarked, 'js/ts blocks outside a ❌/✅ section need `no-lint` or another fence language').toEqual([]);
    const skippedExamples = codeBlocks.filter((block) => isSkipped(block) && block.kind !== undefined).map((block) => `line ${block.line}`);
    expect(skippedExamples, 'blocks under a ❌/✅ heading are examples and must be linted').toEqual([]);
  });

  const linted = examples
    .filter((block) => block.kind !== undefined)
    .map((block) => [`${block.kind === 'incorrect' ? '❌' : '✅'} example at ${doc.ruleId}.md:${block.line}`, block] as const);
  it.each(linted)('%s', (_title, block) => {
    const messages = lint(doc.ruleId, block);
    // Parse errors, and ESLint's own warnings such as "No matching configuration", have no rule id of ours.
    const others = messages.filter((message) => message.ruleId !== `cors/${doc.ruleId}`);
    expect(others, `parse errors or other messages:\n${describeMessages(others)}`).toEqual([]);
    const reports = messages.filter((message) => message.ruleId === `cors/${doc.ruleId}`);
    if (block.kind === 'incorrect') {
      expect(reports.length, `no report of cors/${doc.ruleId} in this ❌ example`).toBeGreaterThan(0);
    } else {
      expect(reports, `reports in a ✅ example:\n${describeMessages(reports)}`).toEqual([]);
    }
  });
});
