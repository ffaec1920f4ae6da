import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type BrowserContext, type Page } from 'playwright-core';

/** Debian's `chromium` package; nothing in this suite downloads a browser. */
export const CHROMIUM_PATH = '/usr/bin/chromium';

const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-quic',
  // Loopback only: never route a mapped test hostname through a proxy from the environment.
  '--no-proxy-server',
];

/**
 * The profile allows third-party cookies (a user setting; this Chromium blocks them in a fresh
 * headless profile). Only the cross-site attacks (sandboxed iframe, look-alike host) need it;
 * the same-site cases between loopback ports send SameSite=Lax cookies either way.
 */
const PROFILE_PREFERENCES = { profile: { cookie_controls_mode: 0 } };

const ACTION_TIMEOUT_MS = 15_000;

/**
 * Decides, at collection time, whether the browser suite runs. A missing Chromium skips it with
 * a printed reason, except with `CI=true`, where it is a failure: CI must prove the exploits.
 */
export function chromiumIsMissing(): boolean {
  if (existsSync(CHROMIUM_PATH)) return false;
  const reason = `Chromium is not installed at ${CHROMIUM_PATH} (Debian: \`apt-get install -y chromium\`)`;
  if (process.env.CI === 'true') throw new Error(`${reason}; with CI=true the browser suite must run.`);
  console.warn(`[e2e] Skipping the browser suite: ${reason}.`);
  return true;
}

export interface ChromiumSession {
  /** A new tab; close it at the end of the test. */
  newPage(): Promise<Page>;
  close(): Promise<void>;
}

/** One headless Chromium with a fresh profile directory, removed again on close. */
export async function launchChromium(extraArgs: readonly string[] = []): Promise<ChromiumSession> {
  const userDataDir = mkdtempSync(join(tmpdir(), 'cors-e2e-chromium-'));
  mkdirSync(join(userDataDir, 'Default'));
  writeFileSync(join(userDataDir, 'Default', 'Preferences'), JSON.stringify(PROFILE_PREFERENCES));
  let context: BrowserContext;
  try {
    context = await chromium.launchPersistentContext(userDataDir, {
      executablePath: CHROMIUM_PATH,
      headless: true,
      args: [...CHROMIUM_ARGS, ...extraArgs],
      timeout: 60_000,
    });
  } catch (error) {
    rmSync(userDataDir, { recursive: true, force: true });
    throw error;
  }
  context.setDefaultTimeout(ACTION_TIMEOUT_MS);
  context.setDefaultNavigationTimeout(ACTION_TIMEOUT_MS);
  return {
    newPage: () => context.newPage(),
    async close() {
      await context.close();
      rmSync(userDataDir, { recursive: true, force: true });
    },
  };
}
