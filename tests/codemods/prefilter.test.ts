import { describe, expect, it } from 'vitest';
import { mayHoldCorsSite } from '../../codemods/file-checks';

describe('text prefilter', () => {
  it.each([
    ["res.setHeader('Access-Control-Allow-Origin', o)"],
    ['app.use(cors())'],
    ["fetch(url, { headers: { Cookie: document.cookie } })"],
    ["xhr.setRequestHeader('Referer', location.href)"],
    ["headers.set('Sec-Fetch-Site', 'none')"],
    ["axios.defaults.headers.common['Host'] = 'x'"],
    ["fetch(url, { headers: { 'X-HTTP-Method-Override': 'TRACE' } })"],
  ])('lets a possible site through: %s', (text) => {
    expect(mayHoldCorsSite(text)).toBe(true);
  });

  it.each([
    ["const row = { date: new Date(), host: 'db', type: 'date' }"],
    ['export const sum = (a, b) => a + b;'],
    ["const cookies = parse(document.title)"],
  ])('keeps ordinary code out: %s', (text) => {
    expect(mayHoldCorsSite(text)).toBe(false);
  });
});
