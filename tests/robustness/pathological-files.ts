/**
 * Pathological but legal source files, each with the findings a correct analysis gives for it:
 * rule names in report order, or `parse-error` where the parser itself gives up (10,000-deep
 * nesting exceeds its stack; then no rule runs). Where a budget runs out, the answer is "unknown":
 * no report rather than a long run.
 */
export interface PathologicalFile {
  readonly name: string;
  readonly filename: string;
  readonly code: string;
  readonly findings: readonly string[] | 'parse-error';
}

const ACAO = 'Access-Control-Allow-Origin';

function repeat(count: number, line: (index: number) => string, separator = '\n'): string {
  return Array.from({ length: count }, (_, index) => line(index)).join(separator);
}

function handler(body: string): string {
  return `app.use((req, res, next) => {\n${body}\n  next();\n});\n`;
}

/** The regex family that backtracks exponentially on the engine (each 2 more group characters double it). */
function regexCheck(pattern: string): string {
  return handler(`  const origin = req.headers.origin;
  if (${pattern}.test(origin)) {
    res.setHeader('${ACAO}', origin);
    res.setHeader('Access-Control-Allow-Credentials', 'true');
    res.setHeader('Vary', 'Origin');
  }`);
}

const AS = 'a'.repeat(28);

export const pathologicalFiles: readonly PathologicalFile[] = [
  {
    name: 'the issue: (\\w?){28} then 28 literal characters',
    filename: 'issue.js',
    code: regexCheck(String.raw`/^https:\/\/(\w?){28}${AS}\.example\.com$/`),
    findings: ['no-weak-origin-check', 'require-vary-origin'],
  },
  {
    name: 'a (\\w?){26} group',
    filename: 'group26.js',
    code: regexCheck(String.raw`/^https:\/\/(\w?){26}${'a'.repeat(26)}\.example\.com$/`),
    findings: ['no-weak-origin-check', 'require-vary-origin'],
  },
  {
    name: 'an optional run written out',
    filename: 'optional-run.js',
    code: regexCheck(String.raw`/^https:\/\/${'a?'.repeat(30)}${'a'.repeat(30)}\.example\.com$/`),
    // Only runs of `a` before the host: no attacker origin gets through.
    findings: ['require-vary-origin'],
  },
  {
    name: 'nested quantifiers with an exact host',
    filename: 'nested.js',
    code: regexCheck(String.raw`/^https:\/\/((a+)+|b)\.example\.com$/`),
    findings: ['require-vary-origin'],
  },
  {
    name: 'String#match with the pattern',
    filename: 'match.js',
    code: handler(`  const origin = req.headers.origin;
  if (origin.match(/^https:\\/\\/(\\w?){28}${AS}\\.example\\.com$/)) {
    res.setHeader('${ACAO}', origin);
    res.setHeader('Vary', 'Origin');
  }`),
    findings: ['no-weak-origin-check', 'require-vary-origin'],
  },
  {
    name: 'cors({ origin: /.../ })',
    filename: 'cors-option.js',
    code: `import cors from 'cors';\napp.use(cors({ origin: /^https:\\/\\/(\\w?){28}${AS}\\.example\\.com$/, credentials: true }));\n`,
    findings: ['no-weak-origin-check'],
  },
  {
    name: '10,000-deep nesting of blocks around a reflected origin',
    filename: 'deep-blocks.js',
    code: handler(`${'{'.repeat(10_000)} res.setHeader('${ACAO}', req.headers.origin); ${'}'.repeat(10_000)}`),
    findings: 'parse-error',
  },
  {
    name: '200-deep nesting of blocks around a reflected origin',
    filename: 'deep-blocks-200.js',
    code: handler(`${'{'.repeat(200)} res.setHeader('${ACAO}', req.headers.origin); ${'}'.repeat(200)}`),
    findings: ['no-reflected-origin', 'require-vary-origin'],
  },
  {
    name: '10,000-deep nesting of parentheses around the origin',
    filename: 'deep-parens.js',
    code: handler(`  res.setHeader('${ACAO}', ${'('.repeat(10_000)}req.headers.origin${')'.repeat(10_000)});`),
    findings: 'parse-error',
  },
  {
    name: '200-deep nesting of parentheses around the origin',
    filename: 'deep-parens-200.js',
    code: handler(`  res.setHeader('${ACAO}', ${'('.repeat(200)}req.headers.origin${')'.repeat(200)});`),
    findings: ['no-reflected-origin', 'require-vary-origin'],
  },
  {
    name: '10,000-deep nesting of conditionals',
    filename: 'deep-ifs.js',
    code: handler(`${'if (a) '.repeat(10_000)}res.setHeader('${ACAO}', req.headers.origin);`),
    findings: 'parse-error',
  },
  {
    name: '200-deep nesting of conditionals',
    filename: 'deep-ifs-200.js',
    code: handler(`${'if (a) '.repeat(200)}res.setHeader('${ACAO}', req.headers.origin);`),
    findings: ['no-reflected-origin', 'require-vary-origin'],
  },
  {
    name: '10,000-deep nesting of functions',
    filename: 'deep-functions.js',
    code: `${'(() => { '.repeat(10_000)}${handler(`  res.setHeader('${ACAO}', req.headers.origin);`)}${' })'.repeat(10_000)};\n`,
    findings: 'parse-error',
  },
  {
    name: '50-deep nesting of functions',
    filename: 'deep-functions-50.js',
    code: `${'(() => { '.repeat(50)}${handler(`  res.setHeader('${ACAO}', req.headers.origin);`)}${' })'.repeat(50)};\n`,
    findings: ['no-reflected-origin', 'require-vary-origin'],
  },
  {
    name: '50,000 header writes in one handler',
    filename: 'writes.js',
    code: handler(repeat(50_000, (i) => `  res.setHeader('X-Header-${i}', 'value');`) + `\n  res.setHeader('${ACAO}', '*');`),
    findings: [],
  },
  {
    name: '2,000 reflected-origin writes, each in its own handler',
    filename: 'handlers.js',
    code: repeat(2_000, () => `app.use((req, res) => res.setHeader('${ACAO}', req.headers.origin));`),
    findings: Array.from({ length: 2_000 }, () => ['no-reflected-origin', 'require-vary-origin']).flat(),
  },
  {
    name: 'a 10,000-long alias chain of the origin',
    filename: 'aliases.js',
    code: handler(`  const o0 = req.headers.origin;\n${repeat(9_999, (i) => `  const o${i + 1} = o${i};`)}\n  res.setHeader('${ACAO}', o9999);`),
    // Past the alias budget the value is unknown to no-reflected-origin; the write still depends on the request.
    findings: ['require-vary-origin'],
  },
  {
    name: 'a short alias chain is still followed',
    filename: 'short-aliases.js',
    code: handler(`  const a = req.headers.origin;\n  const b = a;\n  const c = b;\n  res.setHeader('${ACAO}', c);`),
    findings: ['no-reflected-origin', 'require-vary-origin'],
  },
  {
    name: 'mutually recursive helpers that pass the origin',
    filename: 'mutual.js',
    code: `function even(origin, n) { return n === 0 ? origin : odd(origin, n - 1); }
function odd(origin, n) { return n === 0 ? origin : even(origin, n - 1); }
${handler(`  res.setHeader('${ACAO}', even(req.headers.origin, 10));`)}`,
    findings: ['no-reflected-origin', 'require-vary-origin'],
  },
  {
    name: 'a 2,000-deep chain of helpers that pass the origin',
    filename: 'helper-chain.js',
    code: `${repeat(2_000, (i) => `function h${i}(o) { return h${i + 1}(o); }`)}\nfunction h2000(o) { return o; }\n${handler(`  res.setHeader('${ACAO}', h0(req.headers.origin));`)}`,
    // Past the helper-depth budget the value is unknown to no-reflected-origin.
    findings: ['require-vary-origin'],
  },
  {
    name: 'one helper called from 5,000 call sites',
    filename: 'fan-out.js',
    code: `function allow(res, origin) { res.setHeader('${ACAO}', origin); }\n${repeat(5_000, (i) => `app.get('/r${i}', (req, res) => allow(res, req.headers.origin));`)}`,
    // Past the call-site budget the parameter is unknown to no-reflected-origin.
    findings: ['require-vary-origin'],
  },
  {
    name: 'an origin string built from 500 pieces',
    filename: 'string-building.js',
    code: handler(`  res.setHeader('${ACAO}', ${repeat(500, (i) => `'p${i}'`, ' + ')} + req.headers.origin);`),
    findings: ['no-reflected-origin', 'require-vary-origin'],
  },
  {
    name: '3,000 guards before one write',
    filename: 'guards.js',
    code: handler(`  const origin = req.headers.origin;\n${repeat(3_000, (i) => `  if (origin === 'https://a${i}.example.com') res.locals.n = ${i};`)}\n  if (origin.endsWith('example.com')) res.setHeader('${ACAO}', origin);\n  res.setHeader('Vary', 'Origin');`),
    findings: ['no-weak-origin-check'],
  },
  {
    name: 'unicode escapes in header names',
    filename: 'unicode.js',
    code: handler(`  res.setHeader('Access-Control-Allow-\\u004Frigin', req.headers.origin);\n  res.setHeader('\\u{56}ary', 'Origin');`),
    findings: ['no-reflected-origin'],
  },
  {
    name: 'computed keys',
    filename: 'computed.js',
    code: handler(`  const key = '${ACAO}';\n  res.set({ [key]: req.headers.origin, ['Access-Control-Allow-' + 'Credentials']: 'true', [Symbol.iterator]: 1 });`),
    findings: ['no-reflected-origin', 'require-vary-origin'],
  },
  {
    name: 'optional chaining everywhere',
    filename: 'optional.js',
    code: handler(`  res?.setHeader?.('${ACAO}', req?.headers?.origin);\n  res?.setHeader?.('Vary', 'Origin');`),
    findings: ['no-reflected-origin'],
  },
  {
    name: 'JSX in a TSX file next to a handler',
    filename: 'page.tsx',
    code: `import type { Request, Response } from 'express';
export const Page = ({ origin }: { origin: string }) => <div data-origin={origin}>{origin && <span>{'${ACAO}'}</span>}</div>;
export function handler(req: Request, res: Response) {
  res.setHeader('${ACAO}', req.headers.origin as string);
}
`,
    findings: ['no-reflected-origin', 'require-vary-origin'],
  },
  {
    name: 'decorators on a controller',
    filename: 'controller.ts',
    code: `import { Controller, Get, Header } from '@nestjs/common';
function logged(target: unknown, key: string) {}
@Controller('cats')
export class CatsController {
  @Get()
  @Header('${ACAO}', '*')
  @Header('Access-Control-Allow-Credentials', 'true')
  @logged
  findAll(@Param('id') id: string) { return []; }
}
`,
    findings: ['no-wildcard-with-credentials'],
  },
  {
    name: '`using` and `await using` declarations',
    filename: 'using.ts',
    code: `export async function handle(req: any, res: any) {
  using lock = acquire();
  await using conn = await open();
  const origin = req.headers.origin;
  res.setHeader('${ACAO}', origin);
}
`,
    findings: ['no-reflected-origin', 'require-vary-origin'],
  },
];
