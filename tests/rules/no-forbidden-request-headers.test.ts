import rule, { type MessageIds, type Options } from '../../rules/no-forbidden-request-headers';
import { createRuleTester } from '../support/rule-tester';
import { environmentFixture } from '../support/environment-fixtures';

// Cases run as files of a front-end package (react-dom, vite): browser code unless the file says
// otherwise. `neutral` runs a case in a package without dependencies, where the file's own code decides.
const ruleTester = createRuleTester({ ts: environmentFixture('web-package/src/file.ts'), tsx: environmentFixture('web-package/src/react.tsx') });
const neutral = (code: string) => ({ code, filename: environmentFixture('neutral-package/src/file.ts') });

const ORIGIN_HINT =
  "The browser sets `Origin` itself to the page's origin and no page can change it: to be let in, add that origin to the server's CORS allowlist.";
const CONNECTION_HINT = 'The browser manages the connection and the body framing itself.';

// The rule tester bundles its own @typescript-eslint/utils (8.72), whose RuleModule type differs
// from the plugin's (8.73) only nominally; the explicit type arguments keep the cases checked.
ruleTester.run<MessageIds, Options>('no-forbidden-request-headers', rule as never, {
  valid: [
    // Headers a page may set.
    `fetch('/api', { headers: { Authorization: 'Bearer x', 'X-Requested-With': 'XMLHttpRequest', 'Content-Type': 'application/json' } });`,
    `const xhr = new XMLHttpRequest();
xhr.setRequestHeader('Content-Type', 'text/plain');`,
    `import axios from 'axios';
axios.defaults.headers.common['Authorization'] = 'Bearer x';
axios.defaults.withCredentials = true;`,
    `import request from 'superagent';
request.get('/api').set('X-Requested-With', 'XMLHttpRequest').withCredentials();`,
    // The method-override family is only forbidden when it tunnels CONNECT, TRACE or TRACK.
    `fetch('/api', { method: 'POST', headers: { 'X-HTTP-Method-Override': 'DELETE' } });`,
    `fetch('/api', { headers: { 'X-HTTP-Method-Override': method } });`,
    `fetch('/api', { headers: { 'X-Tracking': 'TRACE' } });`,
    // Names that cannot be known statically.
    `fetch('/api', { headers: { [headerName]: value } });`,
    // Self-referencing constants do not send the analysis in circles.
    `const a = b;
const b = a;
fetch('/api', { headers: a });`,

    // Shadowed globals.
    `const fetch = createFetch();
fetch('/api', { headers: { Origin: 'https://app.example.com' } });`,
    `function fetch(url, init) {}
fetch('/api', { headers: { Cookie: 'a=1' } });`,
    `function send(fetch) {
  return fetch('/api', { headers: { Host: 'example.com' } });
}`,
    `class Headers { set() {} }
const h = new Headers();
h.set('Origin', 'x');`,
    `function open(XMLHttpRequest) {
  const xhr = new XMLHttpRequest();
  xhr.setRequestHeader('Cookie', 'a=1');
}`,
    `const $fetch = createClient();
$fetch('/api', { headers: { Cookie: 'a=1' } });`,

    // Look-alikes that do not set request headers.
    `const map = new Map();
map.set('Origin', 'https://app.example.com');`,
    `const params = new URLSearchParams();
params.append('Cookie', 'x');`,
    `new Response('ok', { headers: { Origin: 'https://app.example.com' } });`,
    `const config = { headers: { Origin: 'https://app.example.com' } };
console.log(config);`,
    `myHttp.get('/api', { headers: { Cookie: 'x' } });`,
    `import axios from './axios';
axios.get('/api', { headers: { Cookie: 'x' } });`,
    // Another module's HttpLink.
    `import { HttpLink } from './links'; export const link = new HttpLink({ uri: '/graphql', headers: { Origin: 'x' } });`,
    // Not Angular's: a local HttpHeaders class, a client of another type, another module's HttpClient.
    `class HttpHeaders { constructor(readonly init: object) {} } export const h = new HttpHeaders({ Origin: 'x' });`,
    `import { HttpClient } from '@my/http'; export class Api { constructor(private http: HttpClient) {} load() { return this.http.get('/a', { headers: { Cookie: 'a=1' } }); } }`,
    `import { HttpClient } from '@angular/common/http'; class Other { get(url: string, o: object) { return [url, o]; } } export class Api { constructor(private http: HttpClient, private other: Other) {} load() { return this.other.get('/a', { headers: { Cookie: 'a=1' } }); } }`,
    // A local \`$\` and zx's \`$\` are not jQuery.
    `const $ = (selector) => document.querySelector(selector); $.ajax = send; $.ajax({ headers: { Origin: 'x' } });`,
    `import { $ } from 'zx'; $.ajax({ headers: { Cookie: 'a=1' } });`,
    `import ky from 'ky-universal-fork';
ky('/api', { headers: { Origin: 'x' } });`,
    `import { request } from 'superagent-like';
request.get('/api').set('Origin', 'x');`,
    `import request from 'superagent';
const cache = new Map();
cache.set('Origin', 'x');
request.get('/api');`,

    // Server code: Node's fetch and the server-side clients send these headers.
    neutral(`import http from 'node:http';
await fetch('http://upstream.internal/api', { headers: { Origin: 'https://app.example.com', Cookie: 'session=1' } });`),
    neutral(`import express from 'express';
const app = express();
app.get('/proxy', async (req, res) => {
  const upstream = await fetch('http://upstream.internal/api', { headers: { Origin: req.headers.origin, Cookie: 'session=1' } });
  res.setHeader('Origin', 'x');
  res.send(await upstream.text());
});`),
    neutral(`import { request } from 'undici';
await fetch('http://upstream.internal', { headers: { Host: 'api.example.com' } });`),
    neutral(`const nodeFetch = require('node-fetch');
await fetch('http://upstream.internal', { headers: { Cookie: 'a=1' } });`),
    neutral(`import fetch from 'node-fetch';
await fetch('http://upstream.internal', { headers: { Cookie: 'a=1' } });`),
    neutral(`import { fetch } from 'undici';
await fetch('http://upstream.internal', { headers: { Origin: 'https://app.example.com' } });`),
    neutral(`import fs from 'fs';
const h = new Headers();
h.set('Origin', 'https://app.example.com');`),
    neutral(`import { NextResponse } from 'next/server';
export async function GET() {
  const upstream = await fetch('https://api.example.com', { headers: { Cookie: 'session=1' } });
  return NextResponse.json(await upstream.json());
}`),
    neutral(`import axios from 'axios';
import Koa from 'koa';
axios.get('http://upstream.internal', { headers: { Origin: 'https://app.example.com' } });`),
    neutral(`import Fastify from 'fastify';
import ky from 'ky';
await ky('http://upstream.internal', { headers: { Cookie: 'session=1' } });`),
    neutral(`const { Hono } = require('hono');
const request = require('superagent');
request.get('http://upstream.internal').set('Host', 'api.example.com');`),
    // Nuxt server routes use auto-imported helpers and `$fetch` without imports.
    neutral(`export default defineEventHandler(async (event) => {
  return $fetch('http://upstream.internal', { headers: { Cookie: getHeader(event, 'cookie') } });
});`),
    // Declared server code, also not reported under 'browser'.
    {
      code: `'use server';
export async function save() {
  await fetch('https://api.example.com', { headers: { Cookie: 'session=1' } });
}`,
      options: [{ environment: 'browser' }],
    },
    {
      code: `import 'server-only';
await fetch('https://api.example.com', { headers: { Cookie: 'session=1' } });`,
      options: [{ environment: 'browser' }],
    },
    {
      code: `export async function loader() {
  return fetch('https://api.example.com', { headers: { Cookie: 'session=1' } });
}`,
      filename: environmentFixture('neutral-package/routes/account.server.ts'),
      options: [{ environment: 'browser' }],
    },
  ],

  invalid: [
    // fetch: an object literal.
    {
      code: `fetch('/api', { headers: { Origin: 'https://app.example.com' } });`,
      errors: [
        {
          messageId: 'forbiddenRequestHeader',
          data: { header: 'Origin', client: '`fetch`', hint: ORIGIN_HINT },
          line: 1,
          column: 28,
          suggestions: [{ messageId: 'removeHeader', data: { header: 'Origin' }, output: `fetch('/api', {});` }],
        },
      ],
    },
    {
      code: `fetch('/api', {
  method: 'POST',
  headers: {
    'Content-Type': 'application/json',
    Cookie: document.cookie,
  },
});`,
      errors: [
        {
          messageId: 'forbiddenRequestHeader',
          data: {
            header: 'Cookie',
            client: '`fetch`',
            hint: "To send the cookies the browser holds for that site, use `credentials: 'include'` and have the server answer with `Access-Control-Allow-Credentials: true` and an exact Allow-Origin.",
          },
          line: 5,
          column: 5,
          suggestions: [
            {
              messageId: 'removeHeader',
              output: `fetch('/api', {
  method: 'POST',
  headers: {
    'Content-Type': 'application/json',
  },
});`,
            },
          ],
        },
      ],
    },
    // fetch: a `Headers`.
    {
      code: `fetch('/api', { headers: new Headers({ Host: 'api.example.com' }) });`,
      errors: [
        {
          messageId: 'forbiddenRequestHeader',
          data: {
            header: 'Host',
            client: 'a `Headers` object',
            hint: 'The browser derives `Host` from the URL: change the URL instead.',
          },
          suggestions: [{ messageId: 'removeHeader', output: `fetch('/api', { headers: new Headers({}) });` }],
        },
      ],
    },
    // fetch: an array of pairs.
    {
      code: `fetch('/api', { headers: [['X-Requested-With', 'fetch'], ['Referer', location.href]] });`,
      errors: [
        {
          messageId: 'forbiddenRequestHeader',
          data: {
            header: 'Referer',
            client: '`fetch`',
            hint: 'The browser sets `Referer` itself: choose what it sends with a referrer policy (`referrerPolicy`) instead.',
          },
          column: 59,
          suggestions: [{ messageId: 'removeHeader', output: `fetch('/api', { headers: [['X-Requested-With', 'fetch']] });` }],
        },
      ],
    },
    // fetch through the global object.
    {
      code: `window.fetch('/api', { credentials: 'include', headers: { 'Sec-Fetch-Site': 'same-origin' } });`,
      errors: [
        {
          messageId: 'forbiddenRequestHeader',
          data: {
            header: 'Sec-Fetch-Site',
            client: '`fetch`',
            hint: '`Sec-` headers are reserved so that no page can forge them; the browser sends the ones it supports (`Sec-Fetch-*`).',
          },
          suggestions: [{ messageId: 'removeHeader', output: `window.fetch('/api', { credentials: 'include' });` }],
        },
      ],
    },
    {
      code: `globalThis.fetch('/api', { headers: { 'Proxy-Authorization': token } });`,
      errors: [
        {
          messageId: 'forbiddenRequestHeader',
          data: {
            header: 'Proxy-Authorization',
            client: '`fetch`',
            hint: '`Proxy-` headers belong to the proxy hop the browser manages.',
          },
          suggestions: [{ messageId: 'removeHeader', output: `globalThis.fetch('/api', {});` }],
        },
      ],
    },
    {
      code: `const send = fetch;
send('/api', { headers: { Cookie: 'a=1' } });`,
      errors: [{ messageId: 'forbiddenRequestHeader', suggestions: [{ messageId: 'removeHeader', output: `const send = fetch;
send('/api', {});` }] }],
    },
    // fetch when the config does not declare it as a global.
    {
      code: `fetch('/api', { headers: { Origin: 'https://app.example.com' } });`,
      languageOptions: { globals: { fetch: 'off' } },
      errors: [{ messageId: 'forbiddenRequestHeader', suggestions: [{ messageId: 'removeHeader', output: `fetch('/api', {});` }] }],
    },
    // Init and headers held in variables.
    {
      code: `const init = { headers: { 'Accept-Encoding': 'br' } };
fetch('/api', init);`,
      errors: [
        {
          messageId: 'forbiddenRequestHeader',
          data: {
            header: 'Accept-Encoding',
            client: '`fetch`',
            hint: 'The browser negotiates compression itself and decodes the response transparently.',
          },
          line: 1,
          suggestions: [{ messageId: 'removeHeader', output: `const init = {};
fetch('/api', init);` }],
        },
      ],
    },
    {
      code: `const headers = { Authorization: token, 'Content-Length': '12' };
fetch('/api', { headers });`,
      errors: [
        {
          messageId: 'forbiddenRequestHeader',
          data: { header: 'Content-Length', client: '`fetch`', hint: CONNECTION_HINT },
          suggestions: [{ messageId: 'removeHeader', output: `const headers = { Authorization: token };
fetch('/api', { headers });` }],
        },
      ],
    },
    {
      code: `const headers = {};
headers.Connection = 'keep-alive';
fetch('/api', { headers });`,
      errors: [
        {
          messageId: 'forbiddenRequestHeader',
          data: { header: 'Connection', client: '`fetch`', hint: CONNECTION_HINT },
          line: 2,
          column: 9,
          suggestions: [{ messageId: 'removeHeader', output: `const headers = {};
fetch('/api', { headers });` }],
        },
      ],
    },
    {
      code: `const ORIGIN = 'Origin';
fetch('/api', { headers: { [ORIGIN]: 'https://app.example.com' } });`,
      errors: [{ messageId: 'forbiddenRequestHeader', suggestions: [{ messageId: 'removeHeader', output: `const ORIGIN = 'Origin';
fetch('/api', {});` }] }],
    },
    {
      code: `fetch('/api', { headers: { Origin: 'https://app.example.com' } as HeadersInit });`,
      errors: [{ messageId: 'forbiddenRequestHeader', suggestions: [{ messageId: 'removeHeader', output: `fetch('/api', {});` }] }],
    },
    {
      code: `fetch('/api', { headers: isLoggedIn ? { Cookie: session } : {} });`,
      errors: [{ messageId: 'forbiddenRequestHeader', suggestions: [{ messageId: 'removeHeader', output: `fetch('/api', { headers: isLoggedIn ? {} : {} });` }] }],
    },
    // new Request.
    {
      code: `new Request('/api', { headers: { 'Access-Control-Request-Method': 'PUT' } });`,
      errors: [
        {
          messageId: 'forbiddenRequestHeader',
          data: {
            header: 'Access-Control-Request-Method',
            client: '`new Request`',
            hint: 'The browser sends it in its own preflight: to allow a method, the server must list it in `Access-Control-Allow-Methods`.',
          },
          suggestions: [{ messageId: 'removeHeader', output: `new Request('/api', {});` }],
        },
      ],
    },
    // Headers#set and Headers#append.
    {
      code: `const h = new Headers();
h.set('Content-Type', 'application/json');
h.set('Keep-Alive', 'timeout=5');
h.append('Access-Control-Request-Headers', 'x-token');
fetch('/api', { headers: h });`,
      errors: [
        {
          messageId: 'forbiddenRequestHeader',
          data: { header: 'Keep-Alive', client: 'a `Headers` object', hint: CONNECTION_HINT },
          line: 3,
          column: 7,
          suggestions: [
            {
              messageId: 'removeHeader',
              output: `const h = new Headers();
h.set('Content-Type', 'application/json');
h.append('Access-Control-Request-Headers', 'x-token');
fetch('/api', { headers: h });`,
            },
          ],
        },
        {
          messageId: 'forbiddenRequestHeader',
          line: 4,
          column: 10,
          suggestions: [
            {
              messageId: 'removeHeader',
              output: `const h = new Headers();
h.set('Content-Type', 'application/json');
h.set('Keep-Alive', 'timeout=5');
fetch('/api', { headers: h });`,
            },
          ],
        },
      ],
    },
    {
      code: `let h;
h = new Headers();
h.set('Upgrade', 'websocket');`,
      errors: [
        {
          messageId: 'forbiddenRequestHeader',
          data: { header: 'Upgrade', client: 'a `Headers` object', hint: 'Open a `WebSocket` to upgrade a connection.' },
          suggestions: [{ messageId: 'removeHeader', output: `let h;
h = new Headers();
` }],
        },
      ],
    },
    {
      code: `const h = new Headers({ 'Set-Cookie': 'a=1', Cookie2: '$Version=1' });`,
      errors: [
        {
          messageId: 'forbiddenRequestHeader',
          data: {
            header: 'Set-Cookie',
            client: 'a `Headers` object',
            hint: '`Set-Cookie` is a response header: the server sets cookies, a request cannot.',
          },
          suggestions: [{ messageId: 'removeHeader', output: `const h = new Headers({ Cookie2: '$Version=1' });` }],
        },
        {
          messageId: 'forbiddenRequestHeader',
          data: {
            header: 'Cookie2',
            client: 'a `Headers` object',
            hint: "To send the cookies the browser holds for that site, use `credentials: 'include'` on the request.",
          },
          suggestions: [{ messageId: 'removeHeader', output: `const h = new Headers({ 'Set-Cookie': 'a=1' });` }],
        },
      ],
    },
    // A set call whose result is used cannot be removed alone.
    {
      code: `const h = new Headers();
const done = h.set('Origin', 'x') ?? true;`,
      errors: [{ messageId: 'forbiddenRequestHeader', suggestions: [] }],
    },
    // XMLHttpRequest#setRequestHeader.
    {
      code: `const xhr = new XMLHttpRequest();
xhr.open('GET', '/api');
xhr.setRequestHeader('Cookie', 'session=1');
xhr.send();`,
      errors: [
        {
          messageId: 'forbiddenRequestHeader',
          data: {
            header: 'Cookie',
            client: '`XMLHttpRequest`',
            hint: 'To send the cookies the browser holds for that site, use `xhr.withCredentials = true` and have the server answer with `Access-Control-Allow-Credentials: true` and an exact Allow-Origin.',
          },
          line: 3,
          column: 22,
          suggestions: [
            {
              messageId: 'removeHeader',
              output: `const xhr = new XMLHttpRequest();
xhr.open('GET', '/api');
xhr.send();`,
            },
          ],
        },
      ],
    },
    // The method-override family.
    {
      code: `fetch('/api', { method: 'POST', headers: { 'X-HTTP-Method-Override': 'TRACE' } });`,
      errors: [
        {
          messageId: 'forbiddenMethodOverride',
          data: { header: 'X-HTTP-Method-Override', value: 'TRACE', method: 'TRACE', client: '`fetch`' },
          suggestions: [{ messageId: 'removeHeader', output: `fetch('/api', { method: 'POST' });` }],
        },
      ],
    },
    {
      code: `const xhr = new XMLHttpRequest();
xhr.setRequestHeader('X-HTTP-Method', 'connect');`,
      errors: [
        {
          messageId: 'forbiddenMethodOverride',
          data: { header: 'X-HTTP-Method', value: 'connect', method: 'CONNECT', client: '`XMLHttpRequest`' },
          suggestions: [{ messageId: 'removeHeader', output: `const xhr = new XMLHttpRequest();
` }],
        },
      ],
    },
    {
      code: `const METHOD = 'GET, track';
fetch('/api', { headers: { 'x-method-override': METHOD } });`,
      errors: [
        {
          messageId: 'forbiddenMethodOverride',
          data: { header: 'x-method-override', value: 'GET, track', method: 'TRACK', client: '`fetch`' },
          suggestions: [{ messageId: 'removeHeader', output: `const METHOD = 'GET, track';
fetch('/api', {});` }],
        },
      ],
    },
    // Names are case-insensitive; several in one object.
    {
      code: `fetch('/api', { headers: { dnt: '1', 'x-ok': 'yes', DATE: 'today', Via: 'proxy' } });`,
      errors: [
        {
          messageId: 'forbiddenRequestHeader',
          column: 28,
          suggestions: [{ messageId: 'removeHeader', output: `fetch('/api', { headers: { 'x-ok': 'yes', DATE: 'today', Via: 'proxy' } });` }],
        },
        {
          messageId: 'forbiddenRequestHeader',
          column: 53,
          suggestions: [{ messageId: 'removeHeader', output: `fetch('/api', { headers: { dnt: '1', 'x-ok': 'yes', Via: 'proxy' } });` }],
        },
        {
          messageId: 'forbiddenRequestHeader',
          column: 68,
          suggestions: [{ messageId: 'removeHeader', output: `fetch('/api', { headers: { dnt: '1', 'x-ok': 'yes', DATE: 'today' } });` }],
        },
      ],
    },

    // axios: each request form.
    {
      code: `import axios from 'axios';
axios.get('/api', { headers: { Cookie: 'session=1' } });`,
      errors: [
        {
          messageId: 'forbiddenRequestHeader',
          data: {
            header: 'Cookie',
            client: 'axios',
            hint: 'To send the cookies the browser holds for that site, use `withCredentials: true` and have the server answer with `Access-Control-Allow-Credentials: true` and an exact Allow-Origin.',
          },
          suggestions: [{ messageId: 'removeHeader', output: `import axios from 'axios';
axios.get('/api', {});` }],
        },
      ],
    },
    {
      code: `import axios from 'axios';
axios.post('/api', { name: 'x' }, { headers: { Origin: 'https://app.example.com', 'Content-Type': 'application/json' } });`,
      errors: [
        {
          messageId: 'forbiddenRequestHeader',
          data: { header: 'Origin', client: 'axios', hint: ORIGIN_HINT },
          line: 2,
          column: 48,
          suggestions: [
            {
              messageId: 'removeHeader',
              output: `import axios from 'axios';
axios.post('/api', { name: 'x' }, { headers: { 'Content-Type': 'application/json' } });`,
            },
          ],
        },
      ],
    },
    {
      code: `import axios from 'axios';
axios({ url: '/api', method: 'delete', headers: { Host: 'api.example.com' } });`,
      errors: [{ messageId: 'forbiddenRequestHeader', suggestions: [{ messageId: 'removeHeader', output: `import axios from 'axios';
axios({ url: '/api', method: 'delete' });` }] }],
    },
    {
      code: `import axios from 'axios';
axios('/api', { headers: { Referer: 'https://app.example.com/' } });`,
      errors: [{ messageId: 'forbiddenRequestHeader', suggestions: [{ messageId: 'removeHeader', output: `import axios from 'axios';
axios('/api', {});` }] }],
    },
    // axios: each import form.
    {
      code: `import { default as http } from 'axios';
http.request({ url: '/api', headers: { 'Content-Length': '3' } });`,
      errors: [{ messageId: 'forbiddenRequestHeader', suggestions: [{ messageId: 'removeHeader', output: `import { default as http } from 'axios';
http.request({ url: '/api' });` }] }],
    },
    {
      code: `import * as axiosModule from 'axios';
axiosModule.default.put('/api', {}, { headers: { Connection: 'close' } });`,
      errors: [{ messageId: 'forbiddenRequestHeader', suggestions: [{ messageId: 'removeHeader', output: `import * as axiosModule from 'axios';
axiosModule.default.put('/api', {}, {});` }] }],
    },
    {
      code: `const axios = require('axios');
axios.patch('/api', {}, { headers: { Date: new Date().toUTCString() } });`,
      errors: [{ messageId: 'forbiddenRequestHeader', suggestions: [{ messageId: 'removeHeader', output: `const axios = require('axios');
axios.patch('/api', {}, {});` }] }],
    },
    {
      code: `const { create } = require('axios');
const api = create({ baseURL: '/api', headers: { Origin: 'https://app.example.com' } });`,
      errors: [{ messageId: 'forbiddenRequestHeader', suggestions: [{ messageId: 'removeHeader', output: `const { create } = require('axios');
const api = create({ baseURL: '/api' });` }] }],
    },
    {
      code: `const client = require('axios').default;
client.delete('/api', { headers: { 'Keep-Alive': '1' } });`,
      errors: [{ messageId: 'forbiddenRequestHeader', suggestions: [{ messageId: 'removeHeader', output: `const client = require('axios').default;
client.delete('/api', {});` }] }],
    },
    // axios: instances, defaults and interceptors.
    {
      code: `import axios from 'axios';
const api = axios.create({ baseURL: '/api' });
api.get('/me', { headers: { Cookie: 'session=1' } });`,
      errors: [{ messageId: 'forbiddenRequestHeader', line: 3, suggestions: [{ messageId: 'removeHeader', output: `import axios from 'axios';
const api = axios.create({ baseURL: '/api' });
api.get('/me', {});` }] }],
    },
    {
      code: `import axios from 'axios';
const api = axios.create({
  headers: {
    common: { Origin: 'https://app.example.com' },
    post: { 'Content-Type': 'application/json' },
  },
});`,
      errors: [
        {
          messageId: 'forbiddenRequestHeader',
          line: 4,
          column: 15,
          suggestions: [
            {
              messageId: 'removeHeader',
              output: `import axios from 'axios';
const api = axios.create({
  headers: {
    post: { 'Content-Type': 'application/json' },
  },
});`,
            },
          ],
        },
      ],
    },
    {
      code: `import axios from 'axios';
axios.defaults.headers.common['Origin'] = 'https://app.example.com';`,
      errors: [{ messageId: 'forbiddenRequestHeader', column: 31, suggestions: [{ messageId: 'removeHeader', output: `import axios from 'axios';
` }] }],
    },
    {
      code: `import axios from 'axios';
axios.defaults.headers.post.Cookie = 'session=1';`,
      errors: [{ messageId: 'forbiddenRequestHeader', suggestions: [{ messageId: 'removeHeader', output: `import axios from 'axios';
` }] }],
    },
    {
      code: `import axios from 'axios';
const api = axios.create();
api.defaults.headers.common['Sec-CH-UA'] = 'x';`,
      errors: [{ messageId: 'forbiddenRequestHeader', suggestions: [{ messageId: 'removeHeader', output: `import axios from 'axios';
const api = axios.create();
` }] }],
    },
    {
      code: `import axios from 'axios';
axios.interceptors.request.use((config) => {
  config.headers['Origin'] = window.location.origin;
  config.headers.set('Cookie', document.cookie);
  return config;
});`,
      errors: [
        {
          messageId: 'forbiddenRequestHeader',
          line: 3,
          suggestions: [
            {
              messageId: 'removeHeader',
              output: `import axios from 'axios';
axios.interceptors.request.use((config) => {
  config.headers.set('Cookie', document.cookie);
  return config;
});`,
            },
          ],
        },
        {
          messageId: 'forbiddenRequestHeader',
          line: 4,
          suggestions: [
            {
              messageId: 'removeHeader',
              output: `import axios from 'axios';
axios.interceptors.request.use((config) => {
  config.headers['Origin'] = window.location.origin;
  return config;
});`,
            },
          ],
        },
      ],
    },
    {
      code: `import axios from 'axios';
axios.interceptors.request.use((config) => {
  config.headers = { ...config.headers, Origin: 'https://app.example.com' };
  return config;
});`,
      errors: [{ messageId: 'forbiddenRequestHeader', line: 3, column: 41, suggestions: [{ messageId: 'removeHeader', output: `import axios from 'axios';
axios.interceptors.request.use((config) => {
  config.headers = { ...config.headers };
  return config;
});` }] }],
    },
    {
      code: `import axios from 'axios';
const api = axios.create();
function addHeaders(config) {
  config.headers.set('X-Client', 'web').set('Referer', location.href);
  return config;
}
api.interceptors.request.use(addHeaders);`,
      errors: [
        {
          messageId: 'forbiddenRequestHeader',
          line: 4,
          column: 45,
          suggestions: [
            {
              messageId: 'removeHeader',
              output: `import axios from 'axios';
const api = axios.create();
function addHeaders(config) {
  config.headers.set('X-Client', 'web');
  return config;
}
api.interceptors.request.use(addHeaders);`,
            },
          ],
        },
      ],
    },

    // jQuery: the page globals, the module, settings headers and a beforeSend hook.
    {
      code: `$.ajax({ url: '/api', headers: { Origin: 'https://app.example.com', Accept: 'application/json' } });`,
      errors: [
        {
          messageId: 'forbiddenRequestHeader',
          data: { header: 'Origin', client: 'jQuery', hint: ORIGIN_HINT },
          suggestions: [{ messageId: 'removeHeader', output: `$.ajax({ url: '/api', headers: { Accept: 'application/json' } });` }],
        },
      ],
    },
    {
      code: `import $ from 'jquery';
$.ajax('/api', { headers: { Cookie: 'a=1' } });`,
      errors: [{ messageId: 'forbiddenRequestHeader', suggestions: [{ messageId: 'removeHeader', output: `import $ from 'jquery';
$.ajax('/api', {});` }] }],
    },
    {
      code: `const jq = require('jquery');
jq.ajaxSetup({ headers: { Host: 'api.example.com' } });
jq.ajax({ url: '/api', beforeSend(xhr) { xhr.setRequestHeader('Referer', location.href); } });`,
      errors: [
        { messageId: 'forbiddenRequestHeader', line: 2, suggestions: [{ messageId: 'removeHeader', output: `const jq = require('jquery');
jq.ajaxSetup({});
jq.ajax({ url: '/api', beforeSend(xhr) { xhr.setRequestHeader('Referer', location.href); } });` }] },
        { messageId: 'forbiddenRequestHeader', line: 3, suggestions: [{ messageId: 'removeHeader', output: `const jq = require('jquery');
jq.ajaxSetup({ headers: { Host: 'api.example.com' } });
jq.ajax({ url: '/api', beforeSend(xhr) {  } });` }] },
      ],
    },
    {
      code: `window.jQuery.post({ url: '/api', headers: { 'Sec-Fetch-Site': 'same-origin' } });`,
      errors: [{ messageId: 'forbiddenRequestHeader', suggestions: [{ messageId: 'removeHeader', output: `window.jQuery.post({ url: '/api' });` }] }],
    },

    // Angular: HttpHeaders (immutable, chained or reassigned), an injected HttpClient, interceptors.
    {
      code: `import { HttpHeaders } from '@angular/common/http';
const headers = new HttpHeaders({ Origin: 'https://app.example.com', Accept: 'application/json' });`,
      errors: [{ messageId: 'forbiddenRequestHeader', suggestions: [{ messageId: 'removeHeader', output: `import { HttpHeaders } from '@angular/common/http';
const headers = new HttpHeaders({ Accept: 'application/json' });` }] }],
    },
    {
      code: `import { HttpHeaders } from '@angular/common/http';
let h = new HttpHeaders().set('Accept', 'json');
h = h.set('Referer', location.href);
export const headers = h;`,
      errors: [{ messageId: 'forbiddenRequestHeader', suggestions: [{ messageId: 'removeHeader', output: `import { HttpHeaders } from '@angular/common/http';
let h = new HttpHeaders().set('Accept', 'json');
export const headers = h;` }] }],
    },
    {
      code: `import { HttpClient } from '@angular/common/http';
export class Api {
  constructor(private http: HttpClient) {}
  save(body: unknown) { return this.http.post('/api', body, { headers: { Cookie: 'a=1' } }); }
}`,
      errors: [{ messageId: 'forbiddenRequestHeader', suggestions: [{ messageId: 'removeHeader', output: `import { HttpClient } from '@angular/common/http';
export class Api {
  constructor(private http: HttpClient) {}
  save(body: unknown) { return this.http.post('/api', body, {}); }
}` }] }],
    },
    {
      code: `import { inject } from '@angular/core';
import { HttpClient as Http } from '@angular/common/http';
export function loadUser() {
  const http = inject(Http);
  return http.get('/me', { headers: { 'Accept-Encoding': 'br', Accept: 'application/json' } });
}`,
      errors: [{ messageId: 'forbiddenRequestHeader', suggestions: [{ messageId: 'removeHeader', output: `import { inject } from '@angular/core';
import { HttpClient as Http } from '@angular/common/http';
export function loadUser() {
  const http = inject(Http);
  return http.get('/me', { headers: { Accept: 'application/json' } });
}` }] }],
    },
    {
      code: `import { HttpRequest, HttpHandler } from '@angular/common/http';
export class AuthInterceptor {
  intercept(req: HttpRequest<unknown>, next: HttpHandler) {
    return next.handle(req.clone({ setHeaders: { Host: 'api.example.com' } }));
  }
}`,
      errors: [{ messageId: 'forbiddenRequestHeader', suggestions: [{ messageId: 'removeHeader', output: `import { HttpRequest, HttpHandler } from '@angular/common/http';
export class AuthInterceptor {
  intercept(req: HttpRequest<unknown>, next: HttpHandler) {
    return next.handle(req.clone({}));
  }
}` }] }],
    },
    {
      code: `import type { HttpInterceptorFn } from '@angular/common/http';
export const originInterceptor: HttpInterceptorFn = (req, next) => next(req.clone({ headers: req.headers.set('Sec-Fetch-Site', 'none') }));`,
      errors: [{ messageId: 'forbiddenRequestHeader', suggestions: [{ messageId: 'removeHeader', output: `import type { HttpInterceptorFn } from '@angular/common/http';
export const originInterceptor: HttpInterceptorFn = (req, next) => next(req.clone({ headers: req.headers }));` }] }],
    },

    // GraphQL clients: Apollo Client's link and client options, graphql-request's options and setters.
    {
      code: `import { ApolloClient, HttpLink, InMemoryCache } from '@apollo/client';
export const client = new ApolloClient({ link: new HttpLink({ uri: '/graphql', headers: { Origin: 'https://app.example.com', 'X-App': '1' } }), cache: new InMemoryCache() });`,
      errors: [{ messageId: 'forbiddenRequestHeader', suggestions: [{ messageId: 'removeHeader', output: `import { ApolloClient, HttpLink, InMemoryCache } from '@apollo/client';
export const client = new ApolloClient({ link: new HttpLink({ uri: '/graphql', headers: { 'X-App': '1' } }), cache: new InMemoryCache() });` }] }],
    },
    {
      code: `const { createHttpLink } = require('@apollo/client');
export const link = createHttpLink({ uri: '/graphql', headers: { 'Sec-Fetch-Mode': 'cors' } });`,
      errors: [{ messageId: 'forbiddenRequestHeader', suggestions: [{ messageId: 'removeHeader', output: `const { createHttpLink } = require('@apollo/client');
export const link = createHttpLink({ uri: '/graphql' });` }] }],
    },
    {
      code: `import { GraphQLClient } from 'graphql-request';
const client = new GraphQLClient('/graphql', { headers: { Cookie: 'a=1' } });
client.setHeader('Referer', location.href);`,
      errors: [
        { messageId: 'forbiddenRequestHeader', line: 2, suggestions: [{ messageId: 'removeHeader', output: `import { GraphQLClient } from 'graphql-request';
const client = new GraphQLClient('/graphql', {});
client.setHeader('Referer', location.href);` }] },
        { messageId: 'forbiddenRequestHeader', line: 3, suggestions: [{ messageId: 'removeHeader', output: `import { GraphQLClient } from 'graphql-request';
const client = new GraphQLClient('/graphql', { headers: { Cookie: 'a=1' } });
` }] },
      ],
    },

    // ky.
    {
      code: `import ky from 'ky';
await ky.post('/api', { json: {}, headers: { Origin: 'https://app.example.com' } });`,
      errors: [
        {
          messageId: 'forbiddenRequestHeader',
          data: { header: 'Origin', client: 'ky', hint: ORIGIN_HINT },
          suggestions: [{ messageId: 'removeHeader', output: `import ky from 'ky';
await ky.post('/api', { json: {} });` }],
        },
      ],
    },
    {
      code: `import fetcher from 'ky';
await fetcher('/api', { headers: [['Cookie', 'session=1']] });`,
      errors: [{ messageId: 'forbiddenRequestHeader', suggestions: [{ messageId: 'removeHeader', output: `import fetcher from 'ky';
await fetcher('/api', {});` }] }],
    },
    {
      code: `import { default as k } from 'ky';
await k.get('/api', { headers: { 'Accept-Charset': 'utf-8', Accept: 'application/json' } });`,
      errors: [{ messageId: 'forbiddenRequestHeader', suggestions: [{ messageId: 'removeHeader', output: `import { default as k } from 'ky';
await k.get('/api', { headers: { Accept: 'application/json' } });` }] }],
    },
    {
      code: `import * as kyModule from 'ky';
await kyModule.default.put('/api', { headers: { TE: 'trailers' } });`,
      errors: [{ messageId: 'forbiddenRequestHeader', suggestions: [{ messageId: 'removeHeader', output: `import * as kyModule from 'ky';
await kyModule.default.put('/api', {});` }] }],
    },
    {
      code: `const ky = require('ky').default;
ky.delete('/api', { headers: { Trailer: 'Expires' } });`,
      errors: [{ messageId: 'forbiddenRequestHeader', suggestions: [{ messageId: 'removeHeader', output: `const ky = require('ky').default;
ky.delete('/api', {});` }] }],
    },
    {
      code: `const { default: ky } = require('ky');
ky.head('/api', { headers: { Expect: '100-continue' } });`,
      errors: [{ messageId: 'forbiddenRequestHeader', suggestions: [{ messageId: 'removeHeader', output: `const { default: ky } = require('ky');
ky.head('/api', {});` }] }],
    },
    {
      code: `import ky from 'ky';
const api = ky.create({ prefixUrl: '/api', headers: { 'Sec-Fetch-Mode': 'cors' } });
await api.get('me', { headers: { 'Proxy-Connection': 'keep-alive' } });`,
      errors: [
        {
          messageId: 'forbiddenRequestHeader',
          line: 2,
          suggestions: [
            {
              messageId: 'removeHeader',
              output: `import ky from 'ky';
const api = ky.create({ prefixUrl: '/api' });
await api.get('me', { headers: { 'Proxy-Connection': 'keep-alive' } });`,
            },
          ],
        },
        {
          messageId: 'forbiddenRequestHeader',
          line: 3,
          suggestions: [
            {
              messageId: 'removeHeader',
              output: `import ky from 'ky';
const api = ky.create({ prefixUrl: '/api', headers: { 'Sec-Fetch-Mode': 'cors' } });
await api.get('me', {});`,
            },
          ],
        },
      ],
    },
    {
      code: `import ky from 'ky';
const api = ky.extend((options) => ({ headers: { 'Transfer-Encoding': 'chunked' } }));`,
      errors: [{ messageId: 'forbiddenRequestHeader', suggestions: [{ messageId: 'removeHeader', output: `import ky from 'ky';
const api = ky.extend((options) => ({}));` }] }],
    },
    {
      code: `import ky from 'ky';
const api = ky.extend({
  hooks: {
    beforeRequest: [
      (request) => {
        request.headers.set('Origin', window.location.origin);
      },
    ],
  },
});`,
      errors: [
        {
          messageId: 'forbiddenRequestHeader',
          line: 6,
          column: 29,
          suggestions: [
            {
              messageId: 'removeHeader',
              output: `import ky from 'ky';
const api = ky.extend({
  hooks: {
    beforeRequest: [
      (request) => {
      },
    ],
  },
});`,
            },
          ],
        },
      ],
    },

    // ofetch and $fetch.
    {
      code: `import { ofetch } from 'ofetch';
await ofetch('/api', { headers: { Origin: 'https://app.example.com' } });`,
      errors: [
        {
          messageId: 'forbiddenRequestHeader',
          data: { header: 'Origin', client: 'ofetch', hint: ORIGIN_HINT },
          suggestions: [{ messageId: 'removeHeader', output: `import { ofetch } from 'ofetch';
await ofetch('/api', {});` }],
        },
      ],
    },
    {
      code: `import { $fetch as api } from 'ofetch';
await api('/api', { method: 'POST', headers: { Cookie: 'session=1' } });`,
      errors: [{ messageId: 'forbiddenRequestHeader', suggestions: [{ messageId: 'removeHeader', output: `import { $fetch as api } from 'ofetch';
await api('/api', { method: 'POST' });` }] }],
    },
    {
      code: `import * as ofetchModule from 'ofetch';
await ofetchModule.ofetch.raw('/api', { headers: [['Host', 'api.example.com']] });`,
      errors: [{ messageId: 'forbiddenRequestHeader', suggestions: [{ messageId: 'removeHeader', output: `import * as ofetchModule from 'ofetch';
await ofetchModule.ofetch.raw('/api', {});` }] }],
    },
    {
      code: `const { ofetch } = require('ofetch');
ofetch('/api', { headers: { Date: 'today' } });`,
      errors: [{ messageId: 'forbiddenRequestHeader', suggestions: [{ messageId: 'removeHeader', output: `const { ofetch } = require('ofetch');
ofetch('/api', {});` }] }],
    },
    {
      code: `const api = require('ofetch').$fetch;
api('/api', { headers: { Via: 'proxy' } });`,
      errors: [{ messageId: 'forbiddenRequestHeader', suggestions: [{ messageId: 'removeHeader', output: `const api = require('ofetch').$fetch;
api('/api', {});` }] }],
    },
    {
      code: `import { ofetch } from 'ofetch';
const api = ofetch.create({
  baseURL: '/api',
  onRequest({ options }) {
    options.headers.set('Referer', location.href);
  },
});
await api('/me', { onRequest: [(context) => context.options.headers.append('Sec-Purpose', 'prefetch')] });`,
      errors: [
        {
          messageId: 'forbiddenRequestHeader',
          line: 5,
          suggestions: [
            {
              messageId: 'removeHeader',
              output: `import { ofetch } from 'ofetch';
const api = ofetch.create({
  baseURL: '/api',
  onRequest({ options }) {
  },
});
await api('/me', { onRequest: [(context) => context.options.headers.append('Sec-Purpose', 'prefetch')] });`,
            },
          ],
        },
        // An arrow's expression body cannot lose its only call.
        { messageId: 'forbiddenRequestHeader', line: 8, column: 76, suggestions: [] },
      ],
    },
    // Nuxt's auto-imported `$fetch` in a page.
    {
      code: `await $fetch('/api/me', { headers: { Cookie: useCookie('session').value } });`,
      errors: [{ messageId: 'forbiddenRequestHeader', suggestions: [{ messageId: 'removeHeader', output: `await $fetch('/api/me', {});` }] }],
    },

    // superagent.
    {
      code: `import request from 'superagent';
request.get('/api').set('Origin', 'https://app.example.com').end(() => {});`,
      errors: [
        {
          messageId: 'forbiddenRequestHeader',
          data: { header: 'Origin', client: 'superagent', hint: ORIGIN_HINT },
          column: 25,
          suggestions: [{ messageId: 'removeHeader', output: `import request from 'superagent';
request.get('/api').end(() => {});` }],
        },
      ],
    },
    {
      code: `import * as request from 'superagent';
await request.post('/api').send({ a: 1 }).set({ Cookie: 'session=1', 'X-Client': 'web' });`,
      errors: [
        {
          messageId: 'forbiddenRequestHeader',
          data: {
            header: 'Cookie',
            client: 'superagent',
            hint: 'To send the cookies the browser holds for that site, use `.withCredentials()` and have the server answer with `Access-Control-Allow-Credentials: true` and an exact Allow-Origin.',
          },
          suggestions: [{ messageId: 'removeHeader', output: `import * as request from 'superagent';
await request.post('/api').send({ a: 1 }).set({ 'X-Client': 'web' });` }],
        },
      ],
    },
    {
      code: `import { get } from 'superagent';
await get('/api').set({ Host: 'api.example.com' });`,
      errors: [{ messageId: 'forbiddenRequestHeader', suggestions: [{ messageId: 'removeHeader', output: `import { get } from 'superagent';
await get('/api');` }] }],
    },
    {
      code: `import agent from 'superagent';
await agent('GET', '/api').set('Referer', location.href);`,
      errors: [{ messageId: 'forbiddenRequestHeader', suggestions: [{ messageId: 'removeHeader', output: `import agent from 'superagent';
await agent('GET', '/api');` }] }],
    },
    {
      code: `const request = require('superagent');
const req = request.put('/api');
req.set('Content-Length', '0');
await req;`,
      errors: [{ messageId: 'forbiddenRequestHeader', line: 3, suggestions: [{ messageId: 'removeHeader', output: `const request = require('superagent');
const req = request.put('/api');
await req;` }] }],
    },
    {
      code: `const { post } = require('superagent');
await post('/api')
  .set('Accept', 'application/json')
  .set('Connection', 'close');`,
      errors: [{ messageId: 'forbiddenRequestHeader', line: 4, suggestions: [{ messageId: 'removeHeader', output: `const { post } = require('superagent');
await post('/api')
  .set('Accept', 'application/json');` }] }],
    },
    {
      code: `import request from 'superagent';
const agent = request.agent();
agent.set('Cookie', 'session=1');
await agent.get('/api').set('Keep-Alive', '1');`,
      errors: [
        {
          messageId: 'forbiddenRequestHeader',
          line: 3,
          suggestions: [{ messageId: 'removeHeader', output: `import request from 'superagent';
const agent = request.agent();
await agent.get('/api').set('Keep-Alive', '1');` }],
        },
        {
          messageId: 'forbiddenRequestHeader',
          line: 4,
          suggestions: [{ messageId: 'removeHeader', output: `import request from 'superagent';
const agent = request.agent();
agent.set('Cookie', 'session=1');
await agent.get('/api');` }],
        },
      ],
    },

    // Environment: browser evidence wins over server imports.
    {
      filename: environmentFixture('neutral-package/src/file.ts'),
      code: `'use client';
import express from 'express';
fetch('/api', { headers: { Origin: 'https://app.example.com' } });`,
      errors: [{ messageId: 'forbiddenRequestHeader', suggestions: [{ messageId: 'removeHeader', output: `'use client';
import express from 'express';
fetch('/api', {});` }] }],
    },
    {
      code: `'use client';
export function Profile() {
  const load = () => fetch('/api/me', { headers: { Cookie: document.cookie } });
  return <button onClick={load}>Load</button>;
}`,
      filename: environmentFixture('neutral-package/src/profile.tsx'),
      errors: [{ messageId: 'forbiddenRequestHeader', suggestions: [{ messageId: 'removeHeader', output: `'use client';
export function Profile() {
  const load = () => fetch('/api/me', {});
  return <button onClick={load}>Load</button>;
}` }] }],
    },
    {
      filename: environmentFixture('neutral-package/src/file.ts'),
      code: `import path from 'node:path';
document.title = path.basename('/a/b');
fetch('/api', { headers: { Host: 'api.example.com' } });`,
      errors: [{ messageId: 'forbiddenRequestHeader', suggestions: [{ messageId: 'removeHeader', output: `import path from 'node:path';
document.title = path.basename('/a/b');
fetch('/api', {});` }] }],
    },
    {
      filename: environmentFixture('neutral-package/src/file.ts'),
      code: `import { ipcRenderer } from 'electron';
import os from 'os';
if (typeof window !== 'undefined') fetch('/api', { headers: { Origin: os.hostname() } });`,
      errors: [{ messageId: 'forbiddenRequestHeader', suggestions: [{ messageId: 'removeHeader', output: `import { ipcRenderer } from 'electron';
import os from 'os';
if (typeof window !== 'undefined') fetch('/api', {});` }] }],
    },
    {
      code: `export async function load() {
  return fetch('/api', { headers: { Cookie: 'session=1' } });
}`,
      filename: environmentFixture('neutral-package/routes/account.client.ts'),
      errors: [{ messageId: 'forbiddenRequestHeader', suggestions: [{ messageId: 'removeHeader', output: `export async function load() {
  return fetch('/api', {});
}` }] }],
    },
    // Type-only imports and polyfilled built-ins are no server evidence.
    {
      filename: environmentFixture('neutral-package/src/file.ts'),
      code: `import type { Request } from 'express';
import { Buffer } from 'buffer';
fetch('/api', { headers: { Origin: 'x' } });`,
      errors: [{ messageId: 'forbiddenRequestHeader', suggestions: [{ messageId: 'removeHeader', output: `import type { Request } from 'express';
import { Buffer } from 'buffer';
fetch('/api', {});` }] }],
    },
    // 'any' reports server code too; 'browser' reports code that only imports server modules.
    {
      code: `import http from 'node:http';
await fetch('http://upstream.internal/api', { headers: { Origin: 'https://app.example.com' } });`,
      options: [{ environment: 'any' }],
      errors: [{ messageId: 'forbiddenRequestHeader', suggestions: [{ messageId: 'removeHeader', output: `import http from 'node:http';
await fetch('http://upstream.internal/api', {});` }] }],
    },
    {
      code: `import express from 'express';
import axios from 'axios';
axios.get('http://upstream.internal', { headers: { Cookie: 'session=1' } });`,
      options: [{ environment: 'any' }],
      errors: [{ messageId: 'forbiddenRequestHeader', suggestions: [{ messageId: 'removeHeader', output: `import express from 'express';
import axios from 'axios';
axios.get('http://upstream.internal', {});` }] }],
    },
    {
      code: `'use server';
export async function save() {
  await fetch('https://api.example.com', { headers: { Cookie: 'session=1' } });
}`,
      options: [{ environment: 'any' }],
      errors: [{ messageId: 'forbiddenRequestHeader', suggestions: [{ messageId: 'removeHeader', output: `'use server';
export async function save() {
  await fetch('https://api.example.com', {});
}` }] }],
    },
    {
      code: `const { request } = require('undici');
const h = new Headers();
h.set('Origin', 'https://app.example.com');`,
      options: [{ environment: 'browser' }],
      errors: [{ messageId: 'forbiddenRequestHeader', suggestions: [{ messageId: 'removeHeader', output: `const { request } = require('undici');
const h = new Headers();
` }] }],
    },
  ],
});
