import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { generateRandomJS } from 'eslump';
import { globSync } from 'tinyglobby';

/** A deterministic random stream (mulberry32): the same seed gives the same programs on every machine. */
export function randomStream(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');

/** The project's own fixtures: CORS code in every shape the rules and the codemod were written for. */
export const fixtureSources: readonly { readonly file: string; readonly code: string }[] = globSync(
  ['tests/fixtures/**/*.{js,mjs,cjs,ts,tsx}', 'tests/codemods/__testfixtures__/**/*.{js,mjs,cjs,ts,tsx}', 'examples/**/*.{js,mjs,ts}'],
  { cwd: root, ignore: ['**/node_modules/**'] },
)
  .sort()
  .map((file) => ({ file, code: readFileSync(path.join(root, file), 'utf8') }));

const IDENTIFIER_SWAPS = ['origin', 'req.headers.origin', 'req.get("origin")', 'res', 'undefined', 'null', "'*'", 'a?.b', 'this', '...rest'];
const STRING_SWAPS = ['Access-Control-Allow-Origin', 'Access-Control-Allow-Credentials', 'Vary', 'Origin', '*', 'null', 'https://evil.example', '', 'true', '\\u0041'];

export interface FuzzProgram {
  readonly kind: string;
  readonly filename: string;
  readonly code: string;
}

/** Random JavaScript from eslump, with `Math.random` swapped for the seeded stream while it runs. */
function eslumpProgram(random: () => number): string {
  const original = Math.random;
  Math.random = random;
  try {
    return generateRandomJS({ sourceType: 'module', maxDepth: 6, comments: random() < 0.3, whitespace: random() < 0.3 });
  } finally {
    Math.random = original;
  }
}

function pick<T>(random: () => number, items: readonly T[]): T {
  return items[Math.floor(random() * items.length)]!;
}

function replaceNth(code: string, pattern: RegExp, random: () => number, replacement: string): string {
  const matches = [...code.matchAll(pattern)];
  if (matches.length === 0) return code;
  const match = pick(random, matches);
  return code.slice(0, match.index) + replacement + code.slice(match.index + match[0].length);
}

const mutations: Record<string, (code: string, random: () => number) => string> = {
  'delete a line': (code, random) => {
    const lines = code.split('\n');
    lines.splice(Math.floor(random() * lines.length), 1);
    return lines.join('\n');
  },
  'swap two lines': (code, random) => {
    const lines = code.split('\n');
    const a = Math.floor(random() * lines.length);
    const b = Math.floor(random() * lines.length);
    [lines[a], lines[b]] = [lines[b]!, lines[a]!];
    return lines.join('\n');
  },
  'splice in random code': (code, random) => {
    const lines = code.split('\n');
    lines.splice(Math.floor(random() * lines.length), 0, eslumpProgram(random));
    return lines.join('\n');
  },
  'swap an identifier': (code, random) => replaceNth(code, /\b[A-Za-z_$][\w$]*\b/g, random, pick(random, IDENTIFIER_SWAPS)),
  'swap a string': (code, random) => replaceNth(code, /'[^'\n]*'|"[^"\n]*"/g, random, `'${pick(random, STRING_SWAPS)}'`),
  'truncate': (code, random) => code.slice(0, Math.floor(random() * code.length)),
  'duplicate a line': (code, random) => {
    const lines = code.split('\n');
    const at = Math.floor(random() * lines.length);
    lines.splice(at, 0, lines[at]!);
    return lines.join('\n');
  },
};

/** `count` programs from `seed`: a quarter eslump's, the rest mutations (one to three) of fixtures. */
export function* fuzzPrograms(seed: number, count: number): Generator<FuzzProgram> {
  const random = randomStream(seed);
  const names = Object.keys(mutations);
  for (let index = 0; index < count; index++) {
    if (random() < 0.25) {
      yield { kind: 'eslump', filename: `random-${index}.js`, code: eslumpProgram(random) };
      continue;
    }
    const fixture = pick(random, fixtureSources);
    let code = fixture.code;
    const applied: string[] = [];
    for (let step = 1 + Math.floor(random() * 3); step > 0; step--) {
      const name = pick(random, names);
      applied.push(name);
      code = mutations[name]!(code, random);
    }
    yield { kind: applied.join(', '), filename: `mutant-${index}${path.extname(fixture.file)}`, code };
  }
}
