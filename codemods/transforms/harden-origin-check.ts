import type { TextEdit } from '../../src/model/finding';
import type { HardenOriginCheckRepair } from '../../src/model/repair';
import type { Transform, TransformContext } from './transform';

/**
 * Replaces a weak origin check (`origin.endsWith('example.com')`, `/example\.com$/.test(origin)`,
 * `'a,b'.includes(origin)`, a weak RegExp in a library's `origin` option) with the exact allowlist
 * check `allowedOrigins.has(origin)` against the module's allowlist Set.
 *
 * Only repairs whose intent is clear reach this transform (the analysis names the exact origins
 * the check was meant to allow); the others are `manual-review` repairs the runner comments on.
 *
 * Intended origins missing from `--allow-origin`: the check is still rewritten, because the weak
 * check is exploitable today and the new one fails closed; the Set also reads the allowlist
 * environment variable, where the origin may already be. So that nobody loses an origin silently,
 * the site is also listed for review, naming the origins to add.
 */
export const transform: Transform<'harden-origin-check'> = {
  id: 'harden-origin-check',
  title: 'Replace weak origin checks (endsWith, includes, unanchored regexes, url.parse) with an exact allowlist check',
  apply(sourceFile, repairs, context) {
    const text = sourceFile.getFullText();
    const edits: TextEdit[] = [];
    for (const repair of repairs) {
      const edit = editFor(text, repair, context);
      if (edit) edits.push(edit);
    }
    return edits;
  },
};

/** How the allowlist is written where the weak check stood. */
const RENDERERS: Readonly<Record<string, (set: string, repair: HardenOriginCheckRepair) => string>> = {
  /** A boolean check: `allowedOrigins.has(origin)`, negated when the weak check was (`indexOf(x) === -1`). */
  expression: (set, repair) => {
    const origin = repair.originText;
    const details = repair.details ?? {};
    const negated = details.negated === 'true';
    if (details.optional !== 'true') return `${negated ? '!' : ''}${set}.has(${origin})`;
    // The origin may be missing here (`origin?.startsWith(...)`), and the Set holds strings.
    const guarded = `typeof ${origin} === 'string' && ${set}.has(${origin})`;
    return negated ? `!(${guarded})` : details.standalone === 'true' ? guarded : `(${guarded})`;
  },
  /** A library option holding one pattern: `origin: /x/` → `origin: Array.from(allowedOrigins)`. */
  'option-value': (set) => `Array.from(${set})`,
  /** One entry of a library's origin list: `[a, /x/]` → `[a, ...allowedOrigins]`. */
  'option-entry': (set) => `...${set}`,
};

function editFor(text: string, repair: HardenOriginCheckRepair, context: TransformContext): TextEdit | undefined {
  const [start, end] = repair.checkRange;
  const details = repair.details ?? {};
  const render = RENDERERS[details.site ?? 'expression'];
  if (!render || (details.checkText !== undefined && text.slice(start, end) !== details.checkText)) return undefined;
  const { allowOrigins, allowOriginsEnv } = context.options;

  // `process.env.X.includes(origin)`: the allowlist already lives in an env variable; only the
  // codemod's own variable can take its place.
  const env = details.allowlistEnv;
  if (env !== undefined && env !== allowOriginsEnv) {
    context.review(repair.checkRange, `this check treats the comma-separated ${env} as one string (substring match); split it into a Set of exact origins, or re-run with --allow-origins-env ${env}`);
    return undefined;
  }

  const missing = repair.intendedOrigins.filter((origin) => !allowOrigins.includes(origin));
  if (missing.length > 0) {
    const subdomains = details.subdomainsOf ? ` (so did subdomains of ${details.subdomainsOf}: list the ones to keep)` : '';
    context.review(
      repair.checkRange,
      `now an exact allowlist check; ${missing.join(', ')} passed the old check${subdomains} but is not in --allow-origin: add it there or to ${allowOriginsEnv} if it should stay allowed`,
    );
  }
  return { range: repair.checkRange, text: render(context.useAllowlist(), repair) };
}
