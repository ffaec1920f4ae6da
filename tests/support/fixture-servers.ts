import { spawn, type ChildProcess } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { join } from 'node:path';

/** tests/servers/: one legacy app per file, started with `node <file>` on an ephemeral port. */
export const SERVERS_DIR = fileURLToPath(new URL('../servers/', import.meta.url));

export interface FixtureServer {
  /** File name under tests/servers/. */
  readonly file: string;
  /** Name the app uses in its secret and its startup line. */
  readonly app: string;
  /** What a failure message calls it. */
  readonly label: string;
}

/** The six framework apps the codemod must fix, each reflecting any origin with credentials. */
export const FRAMEWORK_SERVERS: readonly FixtureServer[] = [
  { file: 'node-http-reflected-origin.cjs', app: 'node-http', label: 'Node http (reflected origin)' },
  { file: 'express-middleware-reflected-origin.mjs', app: 'express-middleware', label: 'Express hand-written middleware' },
  { file: 'express-cors-origin-true.mjs', app: 'express-cors', label: 'Express + cors({ origin: true })' },
  { file: 'koa-cors-credentials.mjs', app: 'koa', label: 'Koa + @koa/cors({ credentials: true })' },
  { file: 'fastify-cors-origin-true.mjs', app: 'fastify', label: 'Fastify + @fastify/cors({ origin: true })' },
  { file: 'hono-cors-reflected-origin.mjs', app: 'hono', label: 'Hono + cors({ origin: (o) => o })' },
  { file: 'h3-reflected-origin.mjs', app: 'h3', label: 'h3 (Nuxt, Nitro) hand-written handler' },
];

export const STAR_WITH_CREDENTIALS_SERVER: FixtureServer = {
  file: 'star-with-credentials.cjs',
  app: 'star-with-credentials',
  label: 'Node http (* with credentials)',
};
export const NULL_ORIGIN_SERVER: FixtureServer = {
  file: 'null-origin-allowlist.mjs',
  app: 'null-origin',
  label: "Express (allowlist with 'null')",
};
export const SUFFIX_CHECK_SERVER: FixtureServer = {
  file: 'suffix-origin-check.cjs',
  app: 'suffix-check',
  label: "Node http (origin.endsWith('example.com'))",
};
export const ECHO_SERVER: FixtureServer = {
  file: 'echo-request-headers.mjs',
  app: 'echo',
  label: 'header echo',
};

/** Mirrors tests/servers/support/legacy-app.cjs: what `GET /api/me` returns to alice only. */
export function secretOf(server: FixtureServer): string {
  return `alice's API key for ${server.app}`;
}

export interface RunningServer {
  /** `http://127.0.0.1:<port>` */
  readonly origin: string;
  readonly port: number;
  stop(): Promise<void>;
  /** Everything the process printed, for failure messages. */
  output(): string;
}

const STARTUP_TIMEOUT_MS = 15_000;
const STOP_TIMEOUT_MS = 5_000;
/** A server outlives no test run: it exits on its own after this, whatever happens to vitest. */
const MAX_LIFETIME_MS = 10 * 60_000;
const LISTENING_LINE = /listening on (http:\/\/127\.0\.0\.1:(\d+))/;

/**
 * Starts `node <dir>/<file>` on an ephemeral loopback port and resolves once it printed where it
 * listens. The child also exits when our stdin pipe closes, so a killed test run leaves nothing.
 */
export function startServer(
  server: FixtureServer,
  options: { dir?: string; env?: Readonly<Record<string, string>> } = {},
): Promise<RunningServer> {
  const dir = options.dir ?? SERVERS_DIR;
  const child = spawn(process.execPath, [join(dir, server.file)], {
    cwd: dir,
    env: {
      PATH: process.env.PATH ?? '',
      NODE_ENV: 'test',
      PORT: '0',
      STOP_WHEN_STDIN_CLOSES: '1',
      MAX_LIFETIME_MS: String(MAX_LIFETIME_MS),
      ...options.env,
    },
    stdio: ['pipe', 'pipe', 'pipe'],
  });
  let output = '';
  const collect = (chunk: Buffer) => {
    output += chunk.toString('utf8');
  };
  child.stdout.on('data', collect);
  child.stderr.on('data', collect);

  return new Promise((resolve, reject) => {
    const fail = (reason: string) => {
      clearTimeout(timer);
      child.kill('SIGKILL');
      reject(new Error(`${server.label} (${join(dir, server.file)}) ${reason}:\n${output}`));
    };
    const timer = setTimeout(() => fail(`did not start within ${STARTUP_TIMEOUT_MS} ms`), STARTUP_TIMEOUT_MS);
    child.once('error', (error) => fail(`could not be spawned: ${error.message}`));
    child.once('exit', (code, signal) => fail(`exited before listening (code ${code}, signal ${signal})`));
    child.stdout.on('data', function onData() {
      const match = LISTENING_LINE.exec(output);
      if (!match) return;
      clearTimeout(timer);
      child.removeAllListeners('exit');
      child.stdout.off('data', onData);
      resolve({
        origin: match[1]!,
        port: Number(match[2]),
        stop: () => stopChild(child),
        output: () => output,
      });
    });
  });
}

function stopChild(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  return new Promise((resolve) => {
    const kill = setTimeout(() => child.kill('SIGKILL'), STOP_TIMEOUT_MS);
    child.once('exit', () => {
      clearTimeout(kill);
      resolve();
    });
    child.stdin?.end();
    child.kill('SIGTERM');
  });
}

/**
 * Starts several servers at once. A server that does not come up (say, the codemod broke its
 * file) yields its Error in place, so only the tests that use it fail, each with the reason.
 */
export async function startServers(
  servers: readonly FixtureServer[],
  options: { dir?: string; env?: Readonly<Record<string, string>> } = {},
): Promise<Array<RunningServer | Error>> {
  const results = await Promise.allSettled(servers.map((server) => startServer(server, options)));
  return results.map((result) =>
    result.status === 'fulfilled' ? result.value : toError(result.reason),
  );
}

/** The running server, or the reason it never started, thrown inside the test that needs it. */
export function running(server: RunningServer | Error | undefined, label: string): RunningServer {
  if (server === undefined) throw new Error(`${label} was not started (see the beforeAll hook)`);
  if (server instanceof Error) throw server;
  return server;
}

export async function stopAll(servers: ReadonlyArray<RunningServer | Error | undefined>): Promise<void> {
  await Promise.all(servers.map((server) => (server instanceof Error ? undefined : server?.stop())));
}

function toError(reason: unknown): Error {
  return reason instanceof Error ? reason : new Error(String(reason));
}
