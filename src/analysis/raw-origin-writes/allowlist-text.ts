/**
 * The text of the echo-if-allowed rewrite, shared by the editor suggestion and the codemod so both
 * produce the same code:
 *   statement  `if (allowedOrigins.has(origin ?? '')) res.setHeader('Access-Control-Allow-Origin', origin);`
 *   property   `...(allowedOrigins.has(origin ?? '') ? { 'Access-Control-Allow-Origin': origin } : {})`
 *   tuple      `...(allowedOrigins.has(origin ?? '') ? [['Access-Control-Allow-Origin', origin]] : [])`
 *   expression `(allowedOrigins.has(origin ?? '') ? res.set('Access-Control-Allow-Origin', origin) : res)`
 * `?? ''` keeps a `ReadonlySet<string>` check well typed when the read may be `undefined` or `null`.
 */

/**
 * The write's source text, with its value replaced by the origin unless the value already is the
 * origin (`origin || '*'` becomes `origin`, `'*'` with credentials becomes `req.headers.origin`).
 * In TypeScript the replaced value is non-null: the allowlist has just matched it.
 */
export function writeWithOrigin(
  source: string,
  range: readonly [number, number],
  value: { readonly range: readonly [number, number]; readonly keep: boolean },
  originText: string,
  typed: boolean,
): string {
  const write = source.slice(range[0], range[1]);
  const [start, end] = value.range;
  if (value.keep || start < range[0] || end > range[1]) return write;
  const origin = typed ? `${parenthesized(originText)}!` : originText;
  return write.slice(0, start - range[0]) + origin + write.slice(end - range[0]);
}

/** `allowedOrigins.has(<origin> ?? '')`. */
export function allowlistCheck(allowlist: string, originText: string, quote: string = "'"): string {
  return `${allowlist}.has(${parenthesized(originText)} ?? ${quote}${quote})`;
}

export function guardedStatement(check: string, statement: string, braces: boolean): string {
  const guarded = `if (${check}) ${statement}`;
  return braces ? `{ ${guarded} }` : guarded;
}

export function guardedProperty(check: string, property: string): string {
  return `...(${check} ? { ${property} } : {})`;
}

/** A `[name, value]` tuple, or the `name, value` items of a flat `writeHead` list. */
export function guardedItems(check: string, items: string): string {
  return `...(${check} ? [${items}] : [])`;
}

export function guardedExpression(check: string, call: string, receiver: string): string {
  return `(${check} ? ${call} : ${receiver})`;
}

/**
 * `text` wrapped in parentheses unless it is a plain read (`req.headers.origin`, `ctx.get('Origin')`,
 * `headers?.origin`), so it can be an operand of `??`.
 */
export function parenthesized(text: string): string {
  const trimmed = text.trim();
  return isPlainOperand(trimmed) ? trimmed : `(${trimmed})`;
}

/** No operator outside brackets and strings; `?.` and a trailing `!` are part of a read. */
function isPlainOperand(text: string): boolean {
  let depth = 0;
  let quote: string | undefined;
  for (let i = 0; i < text.length; i++) {
    const char = text[i]!;
    if (quote) {
      if (char === '\\') i++;
      else if (char === quote) quote = undefined;
      continue;
    }
    if (char === "'" || char === '"' || char === '`') quote = char;
    else if ('([{'.includes(char)) depth++;
    else if (')]}'.includes(char)) depth--;
    else if (depth === 0 && /[^\w$.!]/.test(char) && !(char === '?' && text[i + 1] === '.')) return false;
    else if (depth === 0 && char === '!' && i !== text.length - 1 && text[i + 1] !== '.') return false;
  }
  // `(a ?? b)` is already one operand.
  return depth === 0;
}
