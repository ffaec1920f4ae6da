import type { Linter } from 'eslint';

/**
 * Browser and Node globals the analysis tracks. ESLint's ReferenceTracker only sees a global that
 * the config declares, so without these `fetch(...)` or `require('cors')` would go unnoticed.
 */
export const CODEMOD_GLOBALS: Readonly<Linter.Globals> = {
  // Browser and web-platform (also in Node, Deno, Bun and workers).
  window: 'readonly',
  self: 'readonly',
  document: 'readonly',
  navigator: 'readonly',
  location: 'readonly',
  fetch: 'readonly',
  Headers: 'readonly',
  Request: 'readonly',
  Response: 'readonly',
  XMLHttpRequest: 'readonly',
  EventSource: 'readonly',
  WebSocket: 'readonly',
  URL: 'readonly',
  URLSearchParams: 'readonly',
  FormData: 'readonly',
  AbortController: 'readonly',
  globalThis: 'readonly',
  // Node.
  process: 'readonly',
  require: 'readonly',
  module: 'writable',
  exports: 'writable',
  global: 'readonly',
  Buffer: 'readonly',
  __dirname: 'readonly',
  __filename: 'readonly',
};
