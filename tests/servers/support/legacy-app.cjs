'use strict';
/**
 * What every fixture server shares and the codemod must not touch: one user (alice), her login
 * session, the secret an attacker is after, and how a test starts and stops the server.
 * Nothing here writes response headers for other sites, so the codemod has nothing to rewrite.
 */
const { randomBytes } = require('node:crypto');

const HOST = '127.0.0.1';

/** What `GET /api/me` returns to alice only; the tests look for exactly this text. */
function secretFor(app) {
  return `alice's API key for ${app}`;
}

/**
 * `SameSite=Lax` cookies are sent on credentialed fetches between ports of one host (same site);
 * `SameSite=None; Secure` ones also cross sites, and browsers store Secure cookies from loopback.
 */
const COOKIE_POLICIES = {
  sameSite: 'SameSite=Lax',
  crossSite: 'SameSite=None; Secure',
};

function readCookie(cookieHeader, name) {
  for (const pair of String(cookieHeader ?? '').split(';')) {
    const [key, ...value] = pair.trim().split('=');
    if (key === name) return value.join('=');
  }
  return undefined;
}

/** In-memory sessions for alice; a restart logs everybody out, as in any legacy demo app. */
function createAccount(app, cookiePolicy = 'sameSite') {
  const sessions = new Set();
  let displayName = 'Alice';
  return {
    login() {
      const token = randomBytes(16).toString('hex');
      sessions.add(token);
      return `session=${token}; Path=/; HttpOnly; ${COOKIE_POLICIES[cookiePolicy]}`;
    },
    isLoggedIn(cookieHeader) {
      return sessions.has(readCookie(cookieHeader, 'session') ?? '');
    },
    profile() {
      return { user: 'alice', displayName, secret: secretFor(app) };
    },
    /** Returns the new profile, or undefined when the body is not `{ displayName: string }`. */
    rename(body) {
      const next = body && typeof body === 'object' ? body.displayName : undefined;
      if (typeof next !== 'string' || next.length === 0 || next.length > 100) return undefined;
      displayName = next;
      return { user: 'alice', displayName };
    },
  };
}

/** The port from `--port <n>` or `PORT`; 0 (the default) picks a free one. */
function portFromCommandLine() {
  const flag = process.argv.indexOf('--port');
  const raw = flag === -1 ? process.env.PORT : process.argv[flag + 1];
  const port = Number(raw ?? 0);
  if (!Number.isInteger(port) || port < 0 || port > 65535) throw new Error(`invalid port: ${raw}`);
  return port;
}

/**
 * Tells the test where the server listens (first stdout line), and makes a server started by a
 * test stop by itself: when the test process goes away (stdin closes) or after a lifetime cap.
 */
function announceListening(app, port) {
  process.stdout.write(`${app} listening on http://${HOST}:${port}\n`);
  if (process.env.STOP_WHEN_STDIN_CLOSES === '1') {
    process.stdin.on('end', () => process.exit(0));
    process.stdin.on('error', () => process.exit(0));
    process.stdin.resume();
  }
  const lifetime = Number(process.env.MAX_LIFETIME_MS ?? 0);
  if (lifetime > 0) setTimeout(() => process.exit(0), lifetime).unref();
  process.on('SIGTERM', () => process.exit(0));
}

/** Reads a small JSON request body from a Node request (Node http and Koa apps). */
async function readJsonBody(req, limit = 10_000) {
  let text = '';
  for await (const chunk of req) {
    text += chunk;
    if (text.length > limit) return undefined;
  }
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}

module.exports = {
  HOST,
  secretFor,
  readCookie,
  createAccount,
  portFromCommandLine,
  announceListening,
  readJsonBody,
};
