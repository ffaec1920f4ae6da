/**
 * The codemod on real servers: each framework app from tests/servers runs before and after
 * `runCodemod` (on a temp copy), and Node's fetch, which sends any Origin, checks what each
 * origin gets back on GET and on a PUT preflight.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCodemod, type CodemodSummary } from '../../codemods/index';
import { copyServers, originalText, type ServersCopy } from '../support/codemod-on-copy';
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
import { corsSummary, headerTokens, login, preflightPut, probe, type ProbeRequest } from '../support/http-probe';

/** The one origin passed as `--allow-origin`; Node's fetch lets us send any serialized origin. */
const TRUSTED = 'https://app.example.com';
/** Near misses included: a suffix trick, the opaque `null`, and the trusted host over http. */
const UNLISTED = ['https://evil.example', 'null', 'https://app.example.com.evil.example', 'http://app.example.com'];
const SERVERS = [...FRAMEWORK_SERVERS, STAR_WITH_CREDENTIALS_SERVER];
/** What each app sends an unlisted origin before the codemod: the finding the rules report. */
const ALLOW_ORIGIN_BEFORE = (server: FixtureServer, origin: string) =>
  server === STAR_WITH_CREDENTIALS_SERVER ? '*' : origin;

interface Pair {
  readonly before: RunningServer;
  readonly after: RunningServer;
  readonly beforeCookie: string;
  readonly afterCookie: string;
}

let copy: ServersCopy | undefined;
let summary: CodemodSummary | undefined;
const started: Array<RunningServer | Error> = [];
const pairs = new Map<FixtureServer, Promise<Pair>>();

beforeAll(async () => {
  copy = copyServers(SERVERS);
  summary = await runCodemod([copy.dir], { cwd: copy.dir, allowOrigins: [TRUSTED], force: true });
  const env = { CORS_ALLOWED_ORIGINS: '' };
  const [before, after] = await Promise.all([
    startServers(SERVERS, { env }),
    startServers(SERVERS, { dir: copy.dir, env }),
  ]);
  started.push(...before, ...after);
  for (const [index, server] of SERVERS.entries()) {
    const pair = logIn(server, before[index], after[index]);
    pair.catch(() => undefined); // reported by the tests that await it
    pairs.set(server, pair);
  }
}, 120_000);

afterAll(async () => {
  await stopAll(started);
  copy?.remove();
});

async function logIn(server: FixtureServer, before?: RunningServer | Error, after?: RunningServer | Error): Promise<Pair> {
  const pair = {
    before: running(before, `${server.label} (original)`),
    after: running(after, `${server.label} (after the codemod)`),
  };
  const [beforeCookie, afterCookie] = await Promise.all([login(pair.before.origin), login(pair.after.origin)]);
  return { ...pair, beforeCookie, afterCookie };
}

/** The server's two running copies; rejects inside the test when one of them did not start. */
function pairOf(server: FixtureServer): Promise<Pair> {
  const pair = pairs.get(server);
  if (!pair) throw new Error(`${server.label} was not started (see the beforeAll hook)`);
  return pair;
}

/** Requests whose status and body must not change: the codemod only touches CORS headers. */
const UNCHANGED_BEHAVIOUR: ReadonlyArray<{ readonly name: string; readonly path: string; readonly request: ProbeRequest; readonly loggedIn: boolean }> = [
  { name: 'PUT that resets the profile', path: '/api/me', request: { method: 'PUT', json: { displayName: 'Alice A.' } }, loggedIn: true },
  { name: 'health check', path: '/health', request: {}, loggedIn: false },
  { name: 'unknown route', path: '/no-such-route', request: {}, loggedIn: false },
  { name: 'profile without a session', path: '/api/me', request: {}, loggedIn: false },
  { name: 'profile without Origin', path: '/api/me', request: {}, loggedIn: true },
  { name: 'profile from the trusted origin', path: '/api/me', request: { origin: TRUSTED }, loggedIn: true },
  { name: 'profile from an unlisted origin', path: '/api/me', request: { origin: UNLISTED[0] }, loggedIn: true },
  { name: 'PUT with a JSON body from the trusted origin', path: '/api/me', request: { method: 'PUT', origin: TRUSTED, json: { displayName: 'Alice B.' } }, loggedIn: true },
  { name: 'PUT with an invalid body', path: '/api/me', request: { method: 'PUT', origin: TRUSTED, json: { displayName: 42 } }, loggedIn: true },
  { name: 'profile after the PUTs', path: '/api/me', request: {}, loggedIn: true },
];

describe.each(SERVERS)('$label', (server) => {
  it('is rewritten by the codemod', () => {
    const report = JSON.stringify({ failures: summary?.failures, reviews: summary?.reviews, skipped: summary?.skipped });
    expect(copy?.read(server), `the codemod left ${server.file} unchanged: ${report}`).not.toBe(originalText(server));
  });

  it('before: answers an unlisted origin with an Allow-Origin and credentials (the bug)', async () => {
    const { before, beforeCookie } = await pairOf(server);
    const response = await probe(before.origin, '/api/me', { origin: UNLISTED[0], cookie: beforeCookie });
    expect(response.headers.get('access-control-allow-origin'), corsSummary(response)).toBe(
      ALLOW_ORIGIN_BEFORE(server, UNLISTED[0]!),
    );
    expect(response.headers.get('access-control-allow-credentials')).toBe('true');
    expect(JSON.parse(response.body).secret).toBe(secretOf(server));
  });

  it('after: the allowlisted origin gets itself back, with the credentials it had before', async () => {
    const { before, after, beforeCookie, afterCookie } = await pairOf(server);
    const old = await probe(before.origin, '/api/me', { origin: TRUSTED, cookie: beforeCookie });
    const response = await probe(after.origin, '/api/me', { origin: TRUSTED, cookie: afterCookie });
    const message = `${TRUSTED} after the codemod: ${corsSummary(response)}`;
    expect(response.status, message).toBe(200);
    expect(response.headers.get('access-control-allow-origin'), message).toBe(TRUSTED);
    expect(response.headers.get('access-control-allow-credentials'), message).toBe(
      old.headers.get('access-control-allow-credentials'),
    );
    expect(JSON.parse(response.body).secret).toBe(secretOf(server));
  });

  it('after: the allowlisted origin passes a PUT preflight and its credentialed PUT', async () => {
    const { after, afterCookie } = await pairOf(server);
    const preflight = await preflightPut(after.origin, '/api/me', TRUSTED);
    const message = `preflight from ${TRUSTED}: ${corsSummary(preflight)}`;
    expect(preflight.status, message).toBeGreaterThanOrEqual(200);
    expect(preflight.status, message).toBeLessThan(300);
    expect(preflight.headers.get('access-control-allow-origin'), message).toBe(TRUSTED);
    expect(preflight.headers.get('access-control-allow-credentials'), message).toBe('true');
    expect(headerTokens(preflight, 'access-control-allow-methods'), message).toContain('put');
    expect(headerTokens(preflight, 'access-control-allow-headers'), message).toContain('content-type');

    const put = await probe(after.origin, '/api/me', {
      method: 'PUT',
      origin: TRUSTED,
      cookie: afterCookie,
      json: { displayName: 'Alice A.' },
    });
    expect(put.status, corsSummary(put)).toBe(200);
    expect(put.headers.get('access-control-allow-origin'), corsSummary(put)).toBe(TRUSTED);
    expect(JSON.parse(put.body)).toEqual({ user: 'alice', displayName: 'Alice A.' });
  });

  it.each(UNLISTED)('after: %s gets no Allow-Origin on GET or preflight, never * with credentials', async (origin) => {
    const { after, afterCookie } = await pairOf(server);
    for (const response of [
      await probe(after.origin, '/api/me', { origin, cookie: afterCookie }),
      await preflightPut(after.origin, '/api/me', origin),
    ]) {
      const message = `${origin} after the codemod: ${corsSummary(response)}`;
      expect(response.headers.get('access-control-allow-origin'), message).toBeNull();
    }
  });

  it('after: Vary includes Origin for the allowlisted and an unlisted origin, on GET and preflight', async () => {
    const { after, afterCookie } = await pairOf(server);
    for (const origin of [TRUSTED, UNLISTED[0]!]) {
      for (const response of [
        await probe(after.origin, '/api/me', { origin, cookie: afterCookie }),
        await preflightPut(after.origin, '/api/me', origin),
      ]) {
        expect(headerTokens(response, 'vary'), `${origin}: ${corsSummary(response)}`).toContain('origin');
      }
    }
  });

  it('after: status and body of every non-CORS request are identical to before', async () => {
    const { before, after, beforeCookie, afterCookie } = await pairOf(server);
    const run = async (base: string, cookie: string) => {
      const seen = [];
      for (const step of UNCHANGED_BEHAVIOUR) {
        const response = await probe(base, step.path, { ...step.request, cookie: step.loggedIn ? cookie : undefined });
        seen.push({ step: step.name, status: response.status, body: response.body });
      }
      return seen;
    };
    expect(await run(after.origin, afterCookie)).toEqual(await run(before.origin, beforeCookie));
  });
});
