import { parse as legacyParse } from 'node:url';
import { tryUrl } from './attacker-origins';

/**
 * What part of the request origin a check looks at. Verification maps each attacker origin to
 * this form before evaluating the check, exactly as the server code would.
 */
export type SubjectForm =
  /** The `Origin` header string itself (also after `toLowerCase()`/`trim()`). */
  | 'origin'
  /** `new URL(origin).hostname`. */
  | 'hostname'
  /** `new URL(origin).host` (hostname and port). */
  | 'host'
  /** `url.parse(origin).hostname`: Node's legacy, lenient parser. */
  | 'legacy-hostname'
  /** `url.parse(origin).host`. */
  | 'legacy-host';

export function isLegacyForm(form: SubjectForm): boolean {
  return form === 'legacy-hostname' || form === 'legacy-host';
}

/** The value the server sees for `origin` in `form`; `undefined` where the server code would throw. */
export function subjectValue(form: SubjectForm, origin: string): string | undefined {
  switch (form) {
    case 'origin':
      return origin;
    case 'hostname':
      return tryUrl(origin)?.hostname;
    case 'host':
      return tryUrl(origin)?.host;
    case 'legacy-hostname':
      return legacyParsed(origin)?.hostname ?? undefined;
    case 'legacy-host':
      return legacyParsed(origin)?.host ?? undefined;
  }
}

/** Newer Node versions make `url.parse()` throw on some inputs; the server code would throw too. */
function legacyParsed(origin: string) {
  try {
    return legacyParse(origin);
  } catch {
    return undefined;
  }
}
