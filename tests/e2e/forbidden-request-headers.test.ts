/**
 * Why `no-forbidden-request-headers` exists: a page's script cannot choose Origin, Cookie or
 * Referer. Chromium drops them silently from fetch and XMLHttpRequest and sends its own values,
 * which a header-echo server reports back to the page.
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ECHO_SERVER, running, startServers, stopAll, type RunningServer } from '../support/fixture-servers';
import { chromiumIsMissing, launchChromium, type ChromiumSession } from './support/chromium';
import { startPageServer, type PageOrigin } from './support/page-servers';
import { describeRead, fetchInPage, parseJson, visit, xhrInPage, type PageRead } from './support/page-reads';

/** What the script tries to claim. */
const FORGED = {
  Origin: 'https://bank.example',
  Cookie: 'session=forged-by-script',
  Referer: 'https://bank.example/transfer',
};

describe.skipIf(chromiumIsMissing())('in Chromium: scripts cannot set Origin, Cookie or Referer', () => {
  let browser: ChromiumSession | undefined;
  let page: PageOrigin | undefined;
  let echo: RunningServer | Error | undefined;

  beforeAll(async () => {
    page = await startPageServer('front end');
    const [server, session] = await Promise.all([
      startServers([ECHO_SERVER], { env: { CORS_ALLOWED_ORIGINS: page.origin } }),
      launchChromium(),
    ]);
    echo = server[0];
    browser = session;
  }, 120_000);

  afterAll(async () => {
    await browser?.close();
    await stopAll([echo]);
    await page?.close();
  });

  async function fromFrontEnd(send: (tab: Page, url: string) => Promise<PageRead>) {
    if (!browser || !page) throw new Error('Chromium or the page origin did not start (see the beforeAll hook)');
    const api = running(echo, ECHO_SERVER.label);
    const tab = await browser.newPage();
    try {
      await visit(tab, `${api.origin}/login`);
      await visit(tab, `${page.origin}/`);
      const url = `${api.origin}/echo`;
      return { read: await send(tab, url), url, pageOrigin: page.origin };
    } finally {
      await tab.close();
    }
  }

  function expectBrowserValues(read: PageRead, url: string, pageOrigin: string) {
    const message = `the script set ${JSON.stringify(FORGED)}; ${describeRead(read, url, 'the front-end page')}`;
    expect(read.outcome === 'read' && read.status, message).toBe(200);
    const received = parseJson(read.outcome === 'read' ? read.body : '{}');
    expect(received.origin, message).toBe(pageOrigin);
    expect(received.referer, message).toBe(`${pageOrigin}/`);
    expect(received.loggedIn, message).toBe(true);
    expect(String(received.cookie), message).not.toContain('forged');
  }

  it("fetch: the server receives the browser's Origin, Cookie and Referer, not the script's", async () => {
    const { read, url, pageOrigin } = await fromFrontEnd((tab, url) => fetchInPage(tab, url, { headers: FORGED }));
    expectBrowserValues(read, url, pageOrigin);
  });

  it("XMLHttpRequest: the server receives the browser's Origin, Cookie and Referer, not the script's", async () => {
    const { read, url, pageOrigin } = await fromFrontEnd((tab, url) => xhrInPage(tab, url, FORGED));
    expectBrowserValues(read, url, pageOrigin);
  });
});
