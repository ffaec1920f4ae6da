/**
 * Why no-opaque-response-read and no-cors-headers-in-request exist, in real Chromium:
 * - `mode: 'no-cors'` gets an opaque response (status 0, empty body) from a server that sent data,
 *   and silently drops `Authorization` and custom headers;
 * - `Access-Control-Allow-Origin` set as a request header turns a working simple GET into a
 *   preflighted one that the server refuses, until cors-codemod removes it.
 * Each page script is also linted, so the rule's claim and the browser's behaviour are checked together.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Linter } from 'eslint';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import plugin from '../../src/index';
import { runCodemodCli } from '../support/codemod-on-copy';
import { TEST_GLOBALS } from '../support/rule-tester';
import { chromiumIsMissing, launchChromium, type ChromiumSession } from './support/chromium';
import { DATA, startNoCorsApi, type NoCorsApi } from './support/no-cors-api';
import { startPageServer, type PageOrigin } from './support/page-servers';
import { visit } from './support/page-reads';
import { environmentFixture } from '../support/environment-fixtures';

/** The messages a rule reports for a page script. */
function lint(code: string, rule: 'no-opaque-response-read' | 'no-cors-headers-in-request'): string[] {
  const linter = new Linter();
  const messages = linter.verify(code, [
    { languageOptions: { ecmaVersion: 'latest', sourceType: 'script', globals: TEST_GLOBALS } },
    { plugins: { cors: plugin as never }, rules: { [`cors/${rule}`]: 'error' } },
    // The scripts are page code: lint them as a file of a front-end package.
  ], environmentFixture('web-package/src/page.js'));
  return messages.map((message) => message.message);
}

/** Runs a classic script in the page, then the named async function it defines, with the API's origin. */
async function runScript(tab: Page, script: string, fn: string, api: string): Promise<unknown> {
  await tab.addScriptTag({ content: script });
  return tab.evaluate(
    async ({ fn, api }) => {
      try {
        return { outcome: 'read', value: await (window as unknown as Record<string, (api: string) => Promise<unknown>>)[fn]!(api) };
      } catch (error) {
        return { outcome: 'error', name: (error as Error).name, message: (error as Error).message };
      }
    },
    { fn, api },
  );
}

const OPAQUE_READ = `
async function readNoCors(api) {
  const res = await fetch(api + '/data', { mode: 'no-cors' });
  const text = await res.text();
  return { status: res.status, ok: res.ok, type: res.type, text };
}`;

const DROPPED_HEADERS = `
async function sendNoCors(api) {
  await fetch(api + '/echo', { mode: 'no-cors', headers: { Authorization: 'Bearer alice-token', 'X-Api-Key': 'k-123', Accept: 'text/plain' } });
}`;

const CORS_HEADERS = `
async function sendCors(api) {
  const res = await fetch(api + '/echo', { headers: { Authorization: 'Bearer alice-token', 'X-Api-Key': 'k-123' } });
  return res.json();
}`;

const SIMPLE_GET = `
async function loadItems(api) {
  const res = await fetch(api + '/items');
  return res.json();
}`;

/** The folk remedy: "the server needs Allow-Origin", added on the wrong side. */
const WITH_ALLOW_ORIGIN = `
async function loadItems(api) {
  const res = await fetch(api + '/items', { headers: { 'Access-Control-Allow-Origin': '*' } });
  return res.json();
}
`;

describe.skipIf(chromiumIsMissing())("in Chromium: mode 'no-cors' and CORS headers sent on requests", () => {
  let browser: ChromiumSession | undefined;
  let page: PageOrigin | undefined;
  let api: NoCorsApi | undefined;

  beforeAll(async () => {
    page = await startPageServer('front end');
    [api, browser] = await Promise.all([startNoCorsApi(page.origin), launchChromium()]);
  }, 120_000);

  afterAll(async () => {
    await browser?.close();
    await api?.close();
    await page?.close();
  });

  async function onPage<T>(act: (tab: Page, apiOrigin: string) => Promise<T>): Promise<T> {
    if (!browser || !page || !api) throw new Error('Chromium, the page or the API did not start (see the beforeAll hook)');
    const tab = await browser.newPage();
    try {
      await visit(tab, `${page.origin}/`);
      return await act(tab, api.origin);
    } finally {
      await tab.close();
    }
  }

  const requestsTo = (path: string) => api!.received.filter((request) => request.path === path);

  it("a no-cors fetch gets status 0 and an empty body from a server that sent data, as the rule says", async () => {
    const before = requestsTo('/data').length;
    const result = await onPage((tab, origin) => runScript(tab, OPAQUE_READ, 'readNoCors', origin));
    expect(result).toEqual({ outcome: 'read', value: { status: 0, ok: false, type: 'opaque', text: '' } });
    // The server did answer: the request arrived, and the same origin reads the data with CORS.
    expect(requestsTo('/data').length).toBe(before + 1);
    const withCors = await onPage((tab, origin) => tab.evaluate(async (url) => (await fetch(url)).json(), `${origin}/data`));
    expect(withCors).toEqual(DATA);

    const reports = lint(OPAQUE_READ, 'no-opaque-response-read');
    expect(reports.some((message) => message.includes('`status` is always 0 here'))).toBe(true);
    expect(reports.some((message) => message.includes("`text()` always resolves to '' here"))).toBe(true);
    expect(reports.some((message) => message.includes('`ok` is always false here'))).toBe(true);
  });

  it('a no-cors fetch reaches the server without its Authorization and X-Api-Key headers, as the rule says', async () => {
    const before = requestsTo('/echo').length;
    await onPage((tab, origin) => runScript(tab, DROPPED_HEADERS, 'sendNoCors', origin));
    const sent = requestsTo('/echo').slice(before);
    expect(sent.map((request) => request.method)).toEqual(['GET']);
    expect(sent[0]!.headers.authorization).toBeUndefined();
    expect(sent[0]!.headers['x-api-key']).toBeUndefined();
    expect(sent[0]!.headers.accept).toBe('text/plain');

    // In cors mode the same headers arrive (after a preflight the server allows).
    const echoed = await onPage((tab, origin) => runScript(tab, CORS_HEADERS, 'sendCors', origin));
    expect(echoed).toMatchObject({ outcome: 'read', value: { authorization: 'Bearer alice-token', 'x-api-key': 'k-123' } });

    const reports = lint(DROPPED_HEADERS, 'no-opaque-response-read');
    expect(reports.filter((message) => message.startsWith('`Authorization` is dropped') || message.startsWith('`X-Api-Key` is dropped'))).toHaveLength(2);
    expect(reports.some((message) => message.startsWith('`Accept`'))).toBe(false);
  });

  it('a simple GET works until Access-Control-Allow-Origin is sent as a request header, and again after cors-codemod removes it', async () => {
    const items = { outcome: 'read', value: DATA };
    expect(await onPage((tab, origin) => runScript(tab, SIMPLE_GET, 'loadItems', origin))).toEqual(items);

    const preflightsBefore = requestsTo('/items').filter((request) => request.method === 'OPTIONS').length;
    const broken = await onPage((tab, origin) => runScript(tab, WITH_ALLOW_ORIGIN, 'loadItems', origin));
    expect(broken).toMatchObject({ outcome: 'error', name: 'TypeError' });
    const preflights = requestsTo('/items').filter((request) => request.method === 'OPTIONS').slice(preflightsBefore);
    expect(preflights.map((request) => request.headers['access-control-request-headers'])).toEqual(['access-control-allow-origin']);
    expect(lint(WITH_ALLOW_ORIGIN, 'no-cors-headers-in-request')).toHaveLength(1);

    const dir = mkdtempSync(join(tmpdir(), 'cors-codemod-client-'));
    try {
      // A front-end package, as the page's code would live in one.
      writeFileSync(join(dir, 'package.json'), JSON.stringify({ name: 'web', private: true, dependencies: { 'react-dom': '^19.0.0' } }));
      const file = join(dir, 'items.js');
      writeFileSync(file, WITH_ALLOW_ORIGIN);
      const run = await runCodemodCli(dir, [page!.origin]);
      expect(run.exitCode, run.stderr).toBe(0);
      const fixed = readFileSync(file, 'utf8');
      expect(fixed).not.toContain('Access-Control-Allow-Origin');
      expect(lint(fixed, 'no-cors-headers-in-request')).toEqual([]);
      expect(await onPage((tab, origin) => runScript(tab, fixed, 'loadItems', origin))).toEqual(items);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
