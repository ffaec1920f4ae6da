/**
 * Why `no-null-origin` and `no-weak-origin-check` exist: origins those checks let through are
 * easy for an attacker to get. A sandboxed iframe sends `Origin: null`; a look-alike hostname
 * (`evilexample.com`, mapped to loopback with --host-resolver-rules) passes `endsWith('example.com')`.
 * These APIs serve cross-site front ends, so alice's cookie is SameSite=None; Secure.
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  NULL_ORIGIN_SERVER,
  SUFFIX_CHECK_SERVER,
  running,
  secretOf,
  startServers,
  stopAll,
  type RunningServer,
} from '../support/fixture-servers';
import { chromiumIsMissing, launchChromium, type ChromiumSession } from './support/chromium';
import { startPageServer, type PageOrigin } from './support/page-servers';
import { expectRefused, expectSecretRead, fetchInPage, fetchInSandboxedIframe, visit } from './support/page-reads';

/** Port 80 in the URL, so the page's origin is exactly `http://evilexample.com`. */
const LOOK_ALIKE_ORIGIN = 'http://evilexample.com';

describe.skipIf(chromiumIsMissing())('in Chromium: origins that weak checks let through', () => {
  let browser: ChromiumSession | undefined;
  let attacker: PageOrigin | undefined;
  let nullTrusting: RunningServer | Error | undefined;
  let suffixChecking: RunningServer | Error | undefined;

  beforeAll(async () => {
    attacker = await startPageServer('attacker');
    [nullTrusting, suffixChecking] = await startServers([NULL_ORIGIN_SERVER, SUFFIX_CHECK_SERVER]);
    browser = await launchChromium([`--host-resolver-rules=MAP evilexample.com 127.0.0.1:${attacker.port}`]);
  }, 120_000);

  afterAll(async () => {
    await browser?.close();
    await stopAll([nullTrusting, suffixChecking]);
    await attacker?.close();
  });

  async function asLoggedInPage<T>(api: RunningServer, pageUrl: string, act: (page: Page) => Promise<T>) {
    if (!browser) throw new Error('Chromium did not start (see the beforeAll hook)');
    const page = await browser.newPage();
    try {
      await visit(page, `${api.origin}/login`);
      await visit(page, pageUrl);
      return await act(page);
    } finally {
      await page.close();
    }
  }

  const attackerPage = () => {
    if (!attacker) throw new Error('the attacker origin did not start (see the beforeAll hook)');
    return `${attacker.origin}/`;
  };

  it("a server trusting 'null' refuses the attacker page's own origin", async () => {
    const api = running(nullTrusting, NULL_ORIGIN_SERVER.label);
    const url = `${api.origin}/api/me`;
    const read = await asLoggedInPage(api, attackerPage(), (page) => fetchInPage(page, url));
    expectRefused(read, url, 'the attacker page');
  });

  it("but the attacker's sandboxed iframe (Origin: null) reads alice's secret with her cookie", async () => {
    const api = running(nullTrusting, NULL_ORIGIN_SERVER.label);
    const url = `${api.origin}/api/me`;
    const read = await asLoggedInPage(api, attackerPage(), (page) => fetchInSandboxedIframe(page, url));
    expect(read.pageOrigin, 'the sandboxed iframe should have an opaque origin').toBe('null');
    expectSecretRead(read, url, secretOf(NULL_ORIGIN_SERVER), "the attacker's sandboxed iframe");
  });

  it('a suffix-checking server refuses an origin that does not end in example.com', async () => {
    const api = running(suffixChecking, SUFFIX_CHECK_SERVER.label);
    const url = `${api.origin}/api/me`;
    const read = await asLoggedInPage(api, attackerPage(), (page) => fetchInPage(page, url));
    expectRefused(read, url, 'the attacker page');
  });

  it(`but a page on ${LOOK_ALIKE_ORIGIN} passes endsWith('example.com') and reads alice's secret`, async () => {
    const api = running(suffixChecking, SUFFIX_CHECK_SERVER.label);
    const url = `${api.origin}/api/me`;
    const read = await asLoggedInPage(api, `${LOOK_ALIKE_ORIGIN}/`, (page) => fetchInPage(page, url));
    expect(read.pageOrigin, 'the host mapping should give the page the look-alike origin').toBe(LOOK_ALIKE_ORIGIN);
    expectSecretRead(read, url, secretOf(SUFFIX_CHECK_SERVER), 'the look-alike page');
  });
});
