/**
 * Headless Chromium against the fixture servers, before and after `cors-codemod` (the built CLI,
 * on a temp copy). Three loopback origins: the API, the trusted front end passed as
 * `--allow-origin`, and an attacker page. Different ports are different origins of one site,
 * so alice's SameSite=Lax session cookie goes along with `credentials: 'include'`.
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { copyServers, originalText, runCodemodCli, type CliRun, type ServersCopy } from '../support/codemod-on-copy';
import {
  FRAMEWORK_SERVERS,
  STAR_WITH_CREDENTIALS_SERVER,
  running,
  secretOf,
  startServers,
  stopAll,
  type FixtureServer,
  type RunningServer,
} from '../support/fixture-servers';
import { chromiumIsMissing, launchChromium, type ChromiumSession } from './support/chromium';
import { startPageServer, type PageOrigin } from './support/page-servers';
import { describeRead, expectRefused, expectSecretRead, fetchInPage, parseJson, visit } from './support/page-reads';

const SERVERS = [...FRAMEWORK_SERVERS, STAR_WITH_CREDENTIALS_SERVER];

describe.skipIf(chromiumIsMissing())('in Chromium: cross-origin reads before and after cors-codemod', () => {
  let browser: ChromiumSession | undefined;
  let trusted: PageOrigin | undefined;
  let attacker: PageOrigin | undefined;
  let copy: ServersCopy | undefined;
  let codemod: CliRun | undefined;
  const before = new Map<FixtureServer, RunningServer | Error>();
  const after = new Map<FixtureServer, RunningServer | Error>();

  beforeAll(async () => {
    [trusted, attacker] = await Promise.all([startPageServer('trusted front end'), startPageServer('attacker')]);
    copy = copyServers(SERVERS);
    codemod = await runCodemodCli(copy.dir, [trusted.origin]);
    const env = { CORS_ALLOWED_ORIGINS: '' };
    const [original, rewritten, session] = await Promise.all([
      startServers(SERVERS, { env }),
      startServers(SERVERS, { dir: copy.dir, env }),
      launchChromium(),
    ]);
    browser = session;
    SERVERS.forEach((server, index) => {
      before.set(server, original[index]!);
      after.set(server, rewritten[index]!);
    });
  }, 120_000);

  afterAll(async () => {
    await browser?.close();
    await stopAll([...before.values(), ...after.values()]);
    await Promise.all([trusted?.close(), attacker?.close()]);
    copy?.remove();
  });

  /** Runs `act` in a fresh tab, logged in to `api` first, on the page of `pageOrigin`. */
  async function asLoggedInPage<T>(api: RunningServer, pageOrigin: PageOrigin, act: (page: Page) => Promise<T>) {
    if (!browser) throw new Error('Chromium did not start (see the beforeAll hook)');
    const page = await browser.newPage();
    try {
      expect(await visit(page, `${api.origin}/login`)).toContain('logged in as alice');
      await visit(page, `${pageOrigin.origin}/`);
      return await act(page);
    } finally {
      await page.close();
    }
  }

  const pages = () => {
    if (!trusted || !attacker) throw new Error('the page origins did not start (see the beforeAll hook)');
    return { trusted, attacker };
  };

  it('cors-codemod rewrote every server on the copy', () => {
    const run = codemod;
    expect(run?.exitCode, `cors-codemod output:\n${run?.stdout}\n${run?.stderr}`).toBe(0);
    for (const server of SERVERS) {
      expect(copy?.read(server), `cors-codemod left ${server.file} unchanged:\n${run?.stdout}`).not.toBe(
        originalText(server),
      );
    }
  });

  describe.each(FRAMEWORK_SERVERS)('$label', (server) => {
    it("before: the attacker page reads alice's secret with her cookie", async () => {
      const api = running(before.get(server), server.label);
      const url = `${api.origin}/api/me`;
      const read = await asLoggedInPage(api, pages().attacker, (page) => fetchInPage(page, url));
      expectSecretRead(read, url, secretOf(server), 'the attacker page');
    });

    it('after: the same read fails in the attacker page with a TypeError', async () => {
      const api = running(after.get(server), `${server.label} after the codemod`);
      const url = `${api.origin}/api/me`;
      const read = await asLoggedInPage(api, pages().attacker, (page) => fetchInPage(page, url));
      expectRefused(read, url, 'the attacker page');
    });

    it("after: the trusted page still reads alice's data and saves a preflighted PUT with a JSON body", async () => {
      const api = running(after.get(server), `${server.label} after the codemod`);
      const url = `${api.origin}/api/me`;
      const [read, put] = await asLoggedInPage(api, pages().trusted, async (page) => [
        await fetchInPage(page, url),
        await fetchInPage(page, url, { method: 'PUT', json: { displayName: 'Alice from the trusted page' } }),
      ]);
      expectSecretRead(read, url, secretOf(server), 'the trusted page');
      const message = `PUT with a JSON body: ${describeRead(put, url, 'the trusted page')}`;
      expect(put.outcome === 'read' && put.status, message).toBe(200);
      expect(put.outcome === 'read' && parseJson(put.body).displayName, message).toBe('Alice from the trusted page');
    });
  });

  describe(STAR_WITH_CREDENTIALS_SERVER.label, () => {
    const server = STAR_WITH_CREDENTIALS_SERVER;

    it('before: the browser refuses even the trusted page, because * never goes with credentials', async () => {
      const api = running(before.get(server), server.label);
      const url = `${api.origin}/api/me`;
      const read = await asLoggedInPage(api, pages().trusted, (page) => fetchInPage(page, url));
      expectRefused(read, url, 'the trusted page');
    });

    it("after: the trusted page reads alice's data, the attacker page gets a TypeError", async () => {
      const api = running(after.get(server), `${server.label} after the codemod`);
      const url = `${api.origin}/api/me`;
      const trustedRead = await asLoggedInPage(api, pages().trusted, (page) => fetchInPage(page, url));
      const attackerRead = await asLoggedInPage(api, pages().attacker, (page) => fetchInPage(page, url));
      expectSecretRead(trustedRead, url, secretOf(server), 'the trusted page');
      expectRefused(attackerRead, url, 'the attacker page');
    });
  });
});
