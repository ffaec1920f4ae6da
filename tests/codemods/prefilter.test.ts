import { describe, expect, it } from 'vitest';
import { mayHoldCorsSite } from '../../codemods/run/file-checks';

describe('text prefilter', () => {
  it.each([
    ["res.setHeader('Access-Control-Allow-Origin', o)"],
    ['app.use(cors())'],
    ["fetch(url, { headers: { Cookie: document.cookie } })"],
    ["xhr.setRequestHeader('Referer', location.href)"],
    ["headers.set('Sec-Fetch-Site', 'none')"],
    ["axios.defaults.headers.common['Host'] = 'x'"],
    ["fetch(url, { headers: { 'X-HTTP-Method-Override': 'TRACE' } })"],
    // Lowercase header names are common in client code; the prefilter lets an ordinary `host:` key through too.
    ["fetch(url, { headers: { host: 'api.example' } })"],
    // graphql-yoga reflects any origin by default, with no CORS word in the file.
    ["import { createYoga } from 'graphql-yoga'; export const yoga = createYoga({ schema });"],
  ])('lets a possible site through: %s', (text) => {
    expect(mayHoldCorsSite(text)).toBe(true);
  });

  it.each([
    ["const row = { created: new Date(), server: 'db', type: 'invoice' }"],
    ['export const sum = (a, b) => a + b;'],
    ["const cookies = parse(document.title)"],
  ])('keeps ordinary code out: %s', (text) => {
    expect(mayHoldCorsSite(text)).toBe(false);
  });
});
