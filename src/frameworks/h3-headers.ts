/**
 * h3's header utilities (Nuxt, Nitro, and the frameworks built on them), read from h3 v1's shipped
 * source: the event comes first, then the name and value or a headers object. Nuxt and Nitro
 * auto-import them in server routes, so `autoImported` names may appear as undeclared globals.
 */
export interface H3HeaderFunction {
  /** `write`: a response header; `read`: the request's. */
  readonly role: 'write' | 'read';
  /** `name-value`: `(event, name, value)` or `(event, name)`; `object`: `(event, headers)` or `(event)`. */
  readonly form: 'name-value' | 'object';
  /** Whether a write adds a line instead of replacing the header. */
  readonly appends?: boolean;
  /** Available without an import in Nuxt and Nitro server code. */
  readonly autoImported: boolean;
}

export const H3_MODULE = 'h3';

export const h3HeaderFunctions: Readonly<Record<string, H3HeaderFunction>> = {
  setResponseHeader: { role: 'write', form: 'name-value', appends: false, autoImported: true },
  appendResponseHeader: { role: 'write', form: 'name-value', appends: true, autoImported: true },
  setResponseHeaders: { role: 'write', form: 'object', appends: false, autoImported: true },
  appendResponseHeaders: { role: 'write', form: 'object', appends: true, autoImported: true },
  // Deprecated v1 aliases: too common as names to take from an undeclared global.
  setHeader: { role: 'write', form: 'name-value', appends: false, autoImported: false },
  appendHeader: { role: 'write', form: 'name-value', appends: true, autoImported: false },
  setHeaders: { role: 'write', form: 'object', appends: false, autoImported: false },
  appendHeaders: { role: 'write', form: 'object', appends: true, autoImported: false },
  getRequestHeader: { role: 'read', form: 'name-value', autoImported: true },
  getRequestHeaders: { role: 'read', form: 'object', autoImported: true },
  getHeader: { role: 'read', form: 'name-value', autoImported: false },
  getHeaders: { role: 'read', form: 'object', autoImported: false },
};
