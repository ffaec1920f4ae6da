/**
 * The codemod has no fix for no-opaque-response-read (the fix is on the server): a full run only
 * marks and lists each site, and a second run changes nothing.
 */
import { describe, expect, it } from 'vitest';
import { transformSource } from '../../codemods/run/transform-source';

const OPTIONS = { allowOrigins: ['https://app.example.com'], allowOriginsEnv: 'CORS_ALLOWED_ORIGINS' };
const REASON =
  "mode: 'no-cors' makes this response opaque (status 0, no headers, empty body) and drops non-safelisted headers; allow the page's origin on the server and drop mode: 'no-cors'";

const INPUT = `export async function loadUser() {
  const res = await fetch('https://api.example.com/user', { mode: 'no-cors', headers: { Authorization: 'Bearer x' } });
  if (!res.ok) throw new Error(String(res.status));
  return res.json();
}

export function beacon() {
  fetch('https://stats.example.com/hit', { mode: 'no-cors', method: 'POST', body: 'page=home' });
}

export function showUser(name) {
  document.title = name;
}
`;

describe('no-opaque-response-read in cors-codemod', () => {
  it('marks the request of each site for review once and lists it, changing no code', () => {
    const result = transformSource(INPUT, '/repo/web/user.js', OPTIONS);
    expect(result.error).toBeUndefined();
    const comment = `// cors-codemod: review: ${REASON}`;
    const lines = result.text.split('\n');
    expect(lines[1]).toBe(`  ${comment}`);
    expect(lines.filter((line) => line.trim() !== comment).join('\n')).toBe(INPUT);
    // The beacon reads nothing and sends nothing the mode drops: it is not a site.
    expect(result.reviews).toEqual([{ line: 2, reason: REASON }]);

    const second = transformSource(result.text, '/repo/web/user.js', OPTIONS);
    expect(second).toMatchObject({ changed: false, text: result.text });
  });

  it('is not listed when only another rule\'s transform runs', () => {
    const result = transformSource(INPUT, '/repo/web/user.js', { ...OPTIONS, transforms: ['drop-cors-request-headers'] });
    expect(result).toMatchObject({ changed: false, text: INPUT, reviews: [] });
  });
});
