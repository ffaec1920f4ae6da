/**
 * What survives `mode: 'no-cors'`: the no-CORS-safelisted request headers, and a `Content-Type`
 * whose essence is one of the three a form can send. Every other header is dropped silently.
 */
const NO_CORS_SAFELISTED: ReadonlySet<string> = new Set(['accept', 'accept-language', 'content-language', 'content-type']);

export const SAFELISTED_CONTENT_TYPES: ReadonlySet<string> = new Set([
  'application/x-www-form-urlencoded',
  'multipart/form-data',
  'text/plain',
]);

/** The methods `mode: 'no-cors'` allows; any other makes the request throw a TypeError. */
export const NO_CORS_METHODS: ReadonlySet<string> = new Set(['GET', 'HEAD', 'POST']);

export type Dropped = { readonly kind: 'header' } | { readonly kind: 'content-type'; readonly value: string };

/** Why the browser drops this header in `no-cors` mode; undefined when it survives or the value is unknown. */
export function droppedInNoCors(name: string, value: string | undefined): Dropped | undefined {
  const lower = name.toLowerCase();
  if (!NO_CORS_SAFELISTED.has(lower)) return { kind: 'header' };
  if (lower !== 'content-type' || value === undefined) return undefined;
  const essence = value.split(';')[0]!.trim().toLowerCase();
  return SAFELISTED_CONTENT_TYPES.has(essence) ? undefined : { kind: 'content-type', value };
}
