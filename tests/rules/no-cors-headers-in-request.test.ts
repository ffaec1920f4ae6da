import rule, { type MessageIds, type Options } from '../../rules/no-cors-headers-in-request';
import { createRuleTester } from '../support/rule-tester';
import { environmentFixture } from '../support/environment-fixtures';

// Cases run as files of a front-end package (react-dom, vite): browser code unless the file says otherwise;
// `neutral` runs a case in a package without dependencies, where the file's own code decides.
const neutral = (code: string) => ({ code, filename: environmentFixture('neutral-package/src/file.ts') });
const ruleTester = createRuleTester({ ts: environmentFixture('web-package/src/file.ts'), tsx: environmentFixture('web-package/src/react.tsx') });

/** One report, with the suggestion that removes the header. */
function removed(header: string, client: string, output: string) {
  return { messageId: 'corsHeaderInRequest' as const, data: { header, client }, suggestions: [{ messageId: 'removeHeader' as const, data: { header }, output }] };
}

ruleTester.run<MessageIds, Options>('no-cors-headers-in-request', rule as never, {
  valid: [
    // Request headers a page may set, and the request-side CORS headers the browser sends itself are another rule's.
    `fetch('/api', { headers: { Authorization: 'Bearer x', 'Content-Type': 'application/json' } });`,
    `fetch('/api', { headers: { 'Access-Control': 'x', 'X-Access-Control-Allow-Origin': '*' } });`,
    // Names that cannot be known statically.
    `fetch('/api', { headers: { [name]: '*' } });`,
    // Shadowed globals and look-alikes.
    `const fetch = createFetch();
fetch('/api', { headers: { 'Access-Control-Allow-Origin': '*' } });`,
    `function send(fetch) { return fetch('/api', { headers: { 'Access-Control-Allow-Origin': '*' } }); }`,
    `class Headers { set() {} }
new Headers().set('Access-Control-Allow-Origin', '*');`,
    `import axios from './axios';
axios.get('/api', { headers: { 'Access-Control-Allow-Origin': '*' } });`,
    `const map = new Map();
map.set('Access-Control-Allow-Origin', '*');`,
    // A response sets them: that is where they belong.
    `new Response('ok', { headers: { 'Access-Control-Allow-Origin': 'https://app.example.com' } });`,
    `export function handler(req, res) { res.setHeader('Access-Control-Allow-Origin', 'https://app.example.com'); }`,
    // A server forwarding a response header upstream: Node's fetch sends it as given.
    neutral(`import express from 'express';
const app = express();
app.get('/proxy', async (req, res) => {
  const upstream = await fetch('http://upstream.internal/api', { headers: { 'Access-Control-Allow-Origin': req.get('origin') } });
  res.send(await upstream.text());
});`),
    {
      code: `'use server';
export async function save() { await fetch('https://api.example.com', { headers: { 'Access-Control-Allow-Origin': '*' } }); }`,
      options: [{ environment: 'browser' }],
    },
  ],
  invalid: [
    {
      code: `fetch('/api', { headers: { 'Access-Control-Allow-Origin': '*' } });`,
      errors: [removed('Access-Control-Allow-Origin', '`fetch`', `fetch('/api', {});`)],
    },
    {
      code: `fetch('/api', { method: 'POST', headers: { 'Content-Type': 'text/plain', 'access-control-allow-credentials': 'true' } });`,
      errors: [removed('access-control-allow-credentials', '`fetch`', `fetch('/api', { method: 'POST', headers: { 'Content-Type': 'text/plain' } });`)],
    },
    {
      code: `window.fetch('/api', { headers: [['Access-Control-Allow-Methods', 'GET']] });`,
      errors: [removed('Access-Control-Allow-Methods', '`fetch`', `window.fetch('/api', {});`)],
    },
    {
      code: `const headers = new Headers();
headers.set('Access-Control-Allow-Headers', '*');
fetch('/api', { headers });`,
      errors: [removed('Access-Control-Allow-Headers', 'a `Headers` object', `const headers = new Headers();
fetch('/api', { headers });`)],
    },
    {
      code: `new Request('/api', { headers: { 'Access-Control-Max-Age': '600' } });`,
      errors: [removed('Access-Control-Max-Age', '`new Request`', `new Request('/api', {});`)],
    },
    {
      code: `const xhr = new XMLHttpRequest();
xhr.open('GET', '/api');
xhr.setRequestHeader('Access-Control-Expose-Headers', 'X-Total');`,
      errors: [removed('Access-Control-Expose-Headers', '`XMLHttpRequest`', `const xhr = new XMLHttpRequest();
xhr.open('GET', '/api');
`)],
    },
    {
      code: `import axios from 'axios';
axios.defaults.headers.common['Access-Control-Allow-Origin'] = '*';`,
      errors: [removed('Access-Control-Allow-Origin', 'axios', `import axios from 'axios';
`)],
    },
    {
      code: `const axios = require('axios');
const api = axios.create({ baseURL: '/api', headers: { 'Access-Control-Allow-Origin': '*', Accept: 'application/json' } });`,
      errors: [removed('Access-Control-Allow-Origin', 'axios', `const axios = require('axios');
const api = axios.create({ baseURL: '/api', headers: { Accept: 'application/json' } });`)],
    },
    {
      code: `const { get: getJson } = require('axios');
getJson('/api', { headers: { 'Access-Control-Allow-Origin': '*' } });`,
      errors: [removed('Access-Control-Allow-Origin', 'axios', `const { get: getJson } = require('axios');
getJson('/api', {});`)],
    },
    {
      code: `import ky from 'ky';
await ky.get('/api', { headers: { 'Access-Control-Allow-Origin': '*' } }).json();`,
      errors: [removed('Access-Control-Allow-Origin', 'ky', `import ky from 'ky';
await ky.get('/api', {}).json();`)],
    },
    {
      code: `import { ofetch } from 'ofetch';
await ofetch('/api', { headers: { 'Access-Control-Allow-Origin': '*' } });`,
      errors: [removed('Access-Control-Allow-Origin', 'ofetch', `import { ofetch } from 'ofetch';
await ofetch('/api', {});`)],
    },
    {
      code: `import request from 'superagent';
request.get('/api').set('Access-Control-Allow-Origin', '*').end();`,
      errors: [removed('Access-Control-Allow-Origin', 'superagent', `import request from 'superagent';
request.get('/api').end();`)],
    },
    {
      code: `import $ from 'jquery';
$.ajax({ url: '/api', headers: { 'Access-Control-Allow-Origin': '*' } });`,
      errors: [removed('Access-Control-Allow-Origin', 'jQuery', `import $ from 'jquery';
$.ajax({ url: '/api' });`)],
    },
    {
      code: `import { HttpClient, HttpHeaders } from '@angular/common/http';
export class Api {
  constructor(private http: HttpClient) {}
  load() { return this.http.get('/api', { headers: new HttpHeaders({ 'Access-Control-Allow-Origin': '*' }) }); }
}`,
      errors: [removed('Access-Control-Allow-Origin', "Angular's `HttpClient`", `import { HttpClient, HttpHeaders } from '@angular/common/http';
export class Api {
  constructor(private http: HttpClient) {}
  load() { return this.http.get('/api', { headers: new HttpHeaders({}) }); }
}`)],
    },
    {
      code: `import { GraphQLClient } from 'graphql-request';
const client = new GraphQLClient('/graphql', { headers: { 'Access-Control-Allow-Origin': '*' } });`,
      errors: [removed('Access-Control-Allow-Origin', 'graphql-request', `import { GraphQLClient } from 'graphql-request';
const client = new GraphQLClient('/graphql', {});`)],
    },
    // Shapes seen in front ends: interceptors, per-method defaults, and a reassigned config.headers.
    {
      code: `import axios from 'axios';
axios.interceptors.request.use((config) => {
  config.headers['Access-Control-Allow-Origin'] = '*';
  return config;
});`,
      errors: [removed('Access-Control-Allow-Origin', 'axios', `import axios from 'axios';
axios.interceptors.request.use((config) => {
  return config;
});`)],
    },
    {
      code: `import axios from 'axios';
axios.defaults.headers.post['Access-Control-Allow-Origin'] = '*';
axios.defaults.headers['Access-Control-Allow-Credentials'] = true;`,
      errors: [
        removed('Access-Control-Allow-Origin', 'axios', `import axios from 'axios';
axios.defaults.headers['Access-Control-Allow-Credentials'] = true;`),
        removed('Access-Control-Allow-Credentials', 'axios', `import axios from 'axios';
axios.defaults.headers.post['Access-Control-Allow-Origin'] = '*';
`),
      ],
    },
    {
      code: `import axios from 'axios';
axios.interceptors.request.use(function (config) {
  config.headers = { ...config.headers, Accept: 'application/json', 'Access-Control-Allow-Origin': '*' };
  return config;
});`,
      errors: [removed('Access-Control-Allow-Origin', 'axios', `import axios from 'axios';
axios.interceptors.request.use(function (config) {
  config.headers = { ...config.headers, Accept: 'application/json' };
  return config;
});`)],
    },
    // Browser code by its globals, even with a server import.
    {
      code: `import express from 'express';
document.title = 'x';
fetch('/api', { headers: { 'Access-Control-Allow-Origin': '*' } });`,
      errors: [removed('Access-Control-Allow-Origin', '`fetch`', `import express from 'express';
document.title = 'x';
fetch('/api', {});`)],
    },
    // Server code too, when asked.
    {
      code: `import express from 'express';
await fetch('http://upstream.internal', { headers: { 'Access-Control-Allow-Origin': '*' } });`,
      options: [{ environment: 'any' }],
      errors: [removed('Access-Control-Allow-Origin', '`fetch`', `import express from 'express';
await fetch('http://upstream.internal', {});`)],
    },
  ],
});
