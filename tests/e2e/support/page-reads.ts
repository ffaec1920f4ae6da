import type { Page } from 'playwright-core';
import { expect } from 'vitest';

/** What a page's script got: the response it could read, or the error the browser gave it. */
export type PageRead =
  | { readonly outcome: 'read'; readonly status: number; readonly body: string; readonly pageOrigin: string }
  | { readonly outcome: 'error'; readonly name: string; readonly message: string; readonly pageOrigin: string };

const IN_PAGE_TIMEOUT_MS = 10_000;

export interface PageRequest {
  readonly method?: 'GET' | 'PUT';
  readonly json?: unknown;
  /** Sent as the script's own headers; browsers silently drop forbidden names. */
  readonly headers?: Readonly<Record<string, string>>;
}

/** Navigates a tab to `url` (a page origin, or an API's /login to receive alice's cookie). */
export async function visit(page: Page, url: string): Promise<string> {
  const response = await page.goto(url);
  if (!response?.ok()) throw new Error(`navigating to ${url} gave ${response?.status() ?? 'no response'}`);
  return response.text();
}

/** `fetch(url, { credentials: 'include' })` run by the page currently loaded in the tab. */
export function fetchInPage(page: Page, url: string, request: PageRequest = {}): Promise<PageRead> {
  return page.evaluate(
    async ({ url, request, timeout }) => {
      const headers: Record<string, string> = { ...request.headers };
      if (request.json !== undefined) headers['Content-Type'] = 'application/json';
      try {
        const response = await fetch(url, {
          method: request.method ?? 'GET',
          credentials: 'include',
          headers,
          body: request.json === undefined ? undefined : JSON.stringify(request.json),
          signal: AbortSignal.timeout(timeout),
        });
        return { outcome: 'read', status: response.status, body: await response.text(), pageOrigin: origin } as const;
      } catch (error) {
        const { name, message } = error as Error;
        return { outcome: 'error', name, message, pageOrigin: origin } as const;
      }
    },
    { url, request, timeout: IN_PAGE_TIMEOUT_MS },
  );
}

/** The same GET through `XMLHttpRequest` with `withCredentials`, setting the given headers. */
export function xhrInPage(page: Page, url: string, headers: Readonly<Record<string, string>>): Promise<PageRead> {
  return page.evaluate(
    ({ url, headers, timeout }) =>
      new Promise<PageRead>((resolve) => {
        const xhr = new XMLHttpRequest();
        xhr.open('GET', url);
        xhr.withCredentials = true;
        xhr.timeout = timeout;
        for (const [name, value] of Object.entries(headers)) xhr.setRequestHeader(name, value);
        xhr.onload = () => resolve({ outcome: 'read', status: xhr.status, body: xhr.responseText, pageOrigin: origin });
        xhr.onerror = () =>
          resolve({ outcome: 'error', name: 'NetworkError', message: 'XMLHttpRequest failed', pageOrigin: origin });
        xhr.ontimeout = () =>
          resolve({ outcome: 'error', name: 'TimeoutError', message: 'XMLHttpRequest timed out', pageOrigin: origin });
        xhr.send();
      }),
    { url, headers, timeout: IN_PAGE_TIMEOUT_MS },
  );
}

/**
 * The attacker's trick for `Origin: null`: a `sandbox="allow-scripts"` iframe (opaque origin)
 * fetches with credentials and posts the result to its parent.
 */
export function fetchInSandboxedIframe(page: Page, url: string): Promise<PageRead> {
  return page.evaluate(
    ({ url, timeout }) =>
      new Promise<PageRead>((resolve) => {
        const frame = document.createElement('iframe');
        frame.setAttribute('sandbox', 'allow-scripts');
        const script = `(async () => {
          let result;
          try {
            const response = await fetch(${JSON.stringify(url)}, { credentials: 'include' });
            result = { outcome: 'read', status: response.status, body: await response.text(), pageOrigin: origin };
          } catch (error) {
            result = { outcome: 'error', name: error.name, message: error.message, pageOrigin: origin };
          }
          parent.postMessage(result, '*');
        })();`;
        frame.srcdoc = `<script>${script}</` + 'script>';
        const timer = setTimeout(
          () => resolve({ outcome: 'error', name: 'TimeoutError', message: 'no answer from the iframe', pageOrigin: '?' }),
          timeout,
        );
        addEventListener('message', (event) => {
          if (event.source !== frame.contentWindow) return;
          clearTimeout(timer);
          resolve(event.data as PageRead);
        });
        document.body.append(frame);
      }),
    { url, timeout: IN_PAGE_TIMEOUT_MS },
  );
}

/** "the attacker page at origin http://127.0.0.1:4100 read http://…: status 200, body {…}", or what failed. */
export function describeRead(read: PageRead, url: string, who = 'the page'): string {
  const what =
    read.outcome === 'read'
      ? `read ${url}: status ${read.status}, body ${read.body.slice(0, 200)}`
      : `could not read ${url}: ${read.name}: ${read.message}`;
  return `${who} at origin ${read.pageOrigin} ${what}`;
}

/** The page read alice's profile, secret included. */
export function expectSecretRead(read: PageRead, url: string, secret: string, who?: string): void {
  const message = `expected the secret "${secret}", but ${describeRead(read, url, who)}`;
  expect(read.outcome, message).toBe('read');
  expect(read.outcome === 'read' && read.status, message).toBe(200);
  expect(read.outcome === 'read' && parseJson(read.body).secret, message).toBe(secret);
}

/** The browser refused to hand the response to the page: fetch rejected with a TypeError. */
export function expectRefused(read: PageRead, url: string, who?: string): void {
  const message = `expected the browser to refuse the read with a TypeError, but ${describeRead(read, url, who)}`;
  expect(read.outcome === 'error' && read.name, message).toBe('TypeError');
}

export function parseJson(body: string): Record<string, unknown> {
  try {
    const value: unknown = JSON.parse(body);
    return value !== null && typeof value === 'object' ? (value as Record<string, unknown>) : {};
  } catch {
    return {};
  }
}
