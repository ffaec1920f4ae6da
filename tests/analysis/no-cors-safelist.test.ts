import { describe, expect, it } from 'vitest';
import { droppedInNoCors } from '../../src/analysis/opaque-responses/no-cors-safelist';

describe('droppedInNoCors', () => {
  it.each(['Accept', 'accept-language', 'Content-Language'])('keeps %s', (name) => {
    expect(droppedInNoCors(name, 'x')).toBeUndefined();
  });

  it.each(['Authorization', 'X-Api-Key', 'Range', 'X-Requested-With', 'Access-Control-Allow-Origin'])('drops %s', (name) => {
    expect(droppedInNoCors(name, 'x')).toEqual({ kind: 'header' });
  });

  it.each(['text/plain', 'text/plain;charset=UTF-8', 'Multipart/Form-Data; boundary=x', ' application/x-www-form-urlencoded '])(
    'keeps Content-Type %s',
    (value) => expect(droppedInNoCors('content-type', value)).toBeUndefined(),
  );

  it.each(['application/json', 'application/csp-report', 'text/html'])('drops Content-Type %s', (value) => {
    expect(droppedInNoCors('Content-Type', value)).toEqual({ kind: 'content-type', value });
  });

  it('does not judge a Content-Type it cannot read', () => {
    expect(droppedInNoCors('Content-Type', undefined)).toBeUndefined();
  });
});
