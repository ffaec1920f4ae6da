import rule, { type MessageIds, type Options } from '../../rules/no-opaque-response-read';
import { createRuleTester } from '../support/rule-tester';
import { environmentFixture } from '../support/environment-fixtures';

// Cases run as files of a front-end package (react-dom, vite): browser code unless the file says otherwise;
// `neutral` runs a case in a package without dependencies, where the file's own code decides.
const neutral = (code: string) => ({ code, filename: environmentFixture('neutral-package/src/file.ts') });
const ruleTester = createRuleTester({ ts: environmentFixture('web-package/src/file.ts'), tsx: environmentFixture('web-package/src/react.tsx') });

const read = (outcome: string) => ({ messageId: 'opaqueRead' as const, data: { outcome } });
const STATUS = read('`status` is always 0 here');
const OK = read('`ok` is always false here');
const JSON_REJECTS = read('`json()` always rejects here, since the body is empty');
const TEXT = read("`text()` always resolves to '' here");
const KY = read('ky rejects here with an HTTPError, since the response is never `ok`');
const OFETCH = read('ofetch resolves to `undefined` here, since the response has no body');
const AXIOS = read('axios rejects here with "Request failed with status code 0", since the status is always 0');

ruleTester.run<MessageIds, Options>('no-opaque-response-read', rule as never, {
  valid: [
    // Fire-and-forget: the result is unused, or only awaited.
    `fetch('https://stats.example.com/hit', { mode: 'no-cors', method: 'POST', body: 'page=home' });`,
    `await fetch('https://stats.example.com/hit', { mode: 'no-cors' });`,
    `void fetch('https://stats.example.com/hit', { mode: 'no-cors' });`,
    `fetch('https://stats.example.com/hit', { mode: 'no-cors' }).catch(() => {});`,
    // `type` is readable and says 'opaque'.
    `const res = await fetch('https://api.example.com', { mode: 'no-cors' });
if (res.type === 'opaque') console.log('sent');`,
    // Safelisted headers and content types survive.
    `fetch('https://api.example.com', { mode: 'no-cors', method: 'POST', headers: { Accept: 'text/plain', 'Content-Type': 'text/plain;charset=UTF-8' }, body: 'x' });`,
    `fetch('https://api.example.com', { mode: 'no-cors', headers: { 'Content-Type': 'application/x-www-form-urlencoded' } });`,
    // Other modes read a real response.
    `const res = await fetch('https://api.example.com', { mode: 'cors', method: 'PUT', headers: { Authorization: 'Bearer x' } });
console.log(res.status, await res.json());`,
    `const res = await fetch('https://api.example.com', { mode });
console.log(res.status);`,
    // Shadowed globals and look-alikes.
    `const fetch = createFetch();
const res = await fetch('/api', { mode: 'no-cors' });
console.log(res.status);`,
    `function load(fetch) { return fetch('/api', { mode: 'no-cors' }).then((res) => res.json()); }`,
    `import ky from './ky';
const data = await ky('/api', { mode: 'no-cors' }).json();`,
    `const options = { mode: 'no-cors' };
console.log(options.mode);`,
    // axios sends through XHR unless told to use fetch, and XHR has no no-cors mode.
    `import axios from 'axios';
const { data } = await axios.get('/api', { fetchOptions: { mode: 'no-cors' } });`,
    // A ky instance's defaults are not a request.
    `import ky from 'ky';
const api = ky.create({ mode: 'no-cors' });`,
    // The page's own origin: a no-cors response from it is a normal one.
    `const res = await fetch('/api/user', { mode: 'no-cors' });
console.log(res.status, await res.json());`,
    `fetch(\`./data/\${id}.json\`, { mode: 'no-cors' }).then((res) => res.json());`,
    `import ky from 'ky';
await ky.get('items', { prefixUrl: '/api', mode: 'no-cors' }).json();`,
    // A variable written again may hold another response when it is read.
    `let res = await fetch('https://api.example.com', { mode: 'no-cors' });
res = await fetch('/api');
console.log(res.status);`,
    // Shapes from beacons: the response is logged whole, or not taken at all.
    `const sent = fetch('https://script.example.com/exec', { method: 'get', mode: 'no-cors' });
sent.then(function (response) { console.log(response); });`,
    `fetch('https://script.example.com/exec', { method: 'POST', mode: 'no-cors', body: new FormData(form) }).then(() => console.log('sent'));`,
    `await fetch(streamUrl, { mode: 'no-cors', signal: controller.signal });
setOnline(true);`,
    // Server code: not a browser's opaque response.
    neutral(`import express from 'express';
const res = await fetch('http://upstream.internal', { mode: 'no-cors' });
console.log(res.status);`),
  ],
  invalid: [
    {
      code: `const res = await fetch('https://api.example.com/data', { mode: 'no-cors' });
const data = await res.json();`,
      errors: [JSON_REJECTS],
    },
    {
      code: `fetch('https://api.example.com/data', { mode: 'no-cors' }).then((res) => res.text()).then(console.log);`,
      errors: [TEXT],
    },
    {
      code: `const res = await window.fetch('https://api.example.com/data', { mode: 'no-cors' });
if (!res.ok) throw new Error(String(res.status));`,
      errors: [OK, STATUS],
    },
    {
      code: `const { status, headers, body } = await fetch('https://api.example.com', { mode: 'no-cors' });`,
      errors: [STATUS, read('`headers` is always empty here'), read('`body` is always null here')],
    },
    {
      code: `const init = { mode: 'no-cors' };
const response = await fetch('https://api.example.com', init);
await response.blob();
await response.arrayBuffer();
await response.formData();`,
      errors: [
        read('`blob()` always resolves to an empty Blob here'),
        read('`arrayBuffer()` always resolves to an empty ArrayBuffer here'),
        read('`formData()` always rejects here, since the body is empty'),
      ],
    },
    // Through a returned promise, an async function, and `.catch`.
    {
      code: `function load() {
  return fetch('https://api.example.com', { mode: 'no-cors' });
}
load().then((res) => res.json());`,
      errors: [JSON_REJECTS],
    },
    {
      code: `const load = async () => {
  const res = await fetch('https://api.example.com', { mode: 'no-cors' });
  return res;
};
const res = await load();
console.log(res.status);`,
      errors: [STATUS],
    },
    {
      code: `fetch('https://api.example.com', { mode: 'no-cors' }).catch(() => undefined).then((res) => res.json());`,
      errors: [JSON_REJECTS],
    },
    // new Request, sent with fetch.
    {
      code: `const request = new Request('https://api.example.com', { mode: 'no-cors' });
const res = await fetch(request);
console.log(await res.json());`,
      errors: [JSON_REJECTS],
    },
    {
      code: `const res = await fetch(new Request('https://api.example.com', { mode: 'no-cors' }));
console.log(res.status);`,
      errors: [STATUS],
    },
    // ky rejects; with throwHttpErrors off it hands the opaque response over.
    {
      code: `import ky from 'ky';
const data = await ky.get('https://api.example.com', { mode: 'no-cors' }).json();`,
      errors: [KY],
    },
    {
      code: `const ky = require('ky').default;
const res = await ky('https://api.example.com', { mode: 'no-cors' });
console.log(res.status);`,
      errors: [KY],
    },
    {
      code: `import ky from 'ky';
const text = await ky('https://api.example.com', { mode: 'no-cors', throwHttpErrors: false }).json();`,
      errors: [read("ky's `json()` always resolves to '' here, since the body is empty")],
    },
    // ofetch resolves to undefined; ofetch.raw to the opaque response.
    {
      code: `import { ofetch } from 'ofetch';
const user = await ofetch('https://api.example.com/user', { mode: 'no-cors' });
console.log(user.name);`,
      errors: [OFETCH],
    },
    {
      code: `import { $fetch as get } from 'ofetch';
render(await get('https://api.example.com/user', { mode: 'no-cors' }));`,
      errors: [OFETCH],
    },
    {
      code: `import { ofetch } from 'ofetch';
const res = await ofetch.raw('https://api.example.com', { mode: 'no-cors' });
console.log(res.status);`,
      errors: [STATUS],
    },
    // axios with its fetch adapter rejects the status 0.
    {
      code: `import axios from 'axios';
const { data } = await axios.get('https://api.example.com', { adapter: 'fetch', fetchOptions: { mode: 'no-cors' } });`,
      errors: [AXIOS],
    },
    {
      code: `const axios = require('axios');
axios({ url: 'https://api.example.com', adapter: ['fetch', 'xhr'], fetchOptions: { mode: 'no-cors' } }).then((res) => show(res.data));`,
      errors: [AXIOS],
    },
    // A form posted to a script, and its answer read.
    {
      code: `fetch(SCRIPT_URL, { method: 'POST', body: new FormData(form), mode: 'no-cors', credentials: 'omit' })
  .then((response) => response.json())
  .then((data) => redirect(data.url));`,
      errors: [JSON_REJECTS],
    },
    {
      code: `fetch(\`\${API}/items\`, { mode: 'no-cors' }).then((res) => res.json());`,
      errors: [JSON_REJECTS],
    },
    // Methods and headers are restricted even on the page's own origin.
    {
      code: `fetch('/api/items/1', { mode: 'no-cors', method: 'PUT', headers: { 'X-Csrf-Token': token } });`,
      errors: [
        { messageId: 'methodNotAllowed', data: { method: 'PUT', client: '\`fetch\`' } },
        { messageId: 'headerDropped', data: { header: 'X-Csrf-Token' } },
      ],
    },
    // A JSON body posted to a script: the Content-Type is dropped.
    {
      code: `await fetch('https://script.example.com/exec', { method: 'POST', mode: 'no-cors', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(entry) });`,
      errors: [{ messageId: 'contentTypeDropped', data: { header: 'Content-Type', value: 'application/json' } }],
    },
    // More import forms and globals.
    {
      code: `const res = await globalThis.fetch('https://api.example.com', { mode: 'no-cors' });
console.log(res.ok);`,
      errors: [OK],
    },
    {
      code: `import { default as api } from 'ky';
await api.post('https://api.example.com', { mode: 'no-cors', body: 'x' }).text();`,
      errors: [KY],
    },
    {
      code: `const { ofetch } = require('ofetch');
const user = await ofetch.native('https://api.example.com/user', { mode: 'no-cors' });
console.log(user.status);`,
      errors: [STATUS],
    },
    {
      code: `export default defineNuxtPlugin(async () => {
  document.title = 'x';
  const user = await $fetch('https://api.example.com/user', { mode: 'no-cors' });
  return { user: user.name };
});`,
      errors: [OFETCH],
    },
    {
      code: `import * as axiosModule from 'axios';
const res = await axiosModule.default.request({ url: 'https://api.example.com', adapter: 'fetch', fetchOptions: { mode: 'no-cors' } });
console.log(res.status);`,
      errors: [AXIOS],
    },
    // Methods the mode refuses.
    {
      code: `fetch('https://api.example.com/items/1', { mode: 'no-cors', method: 'DELETE' });`,
      errors: [{ messageId: 'methodNotAllowed', data: { method: 'DELETE', client: '`fetch`' } }],
    },
    {
      code: `import ky from 'ky';
ky.put('https://api.example.com/items/1', { mode: 'no-cors', body: 'x' });`,
      errors: [{ messageId: 'methodNotAllowed', data: { method: 'PUT', client: 'ky' } }],
    },
    {
      code: `new Request('https://api.example.com', { mode: 'no-cors', method: 'patch' });`,
      errors: [{ messageId: 'methodNotAllowed', data: { method: 'PATCH', client: '`new Request`' } }],
    },
    // Headers the mode drops.
    {
      code: `const headers = { Authorization: 'Bearer token', 'X-Api-Key': 'k', Accept: 'application/json' };
fetch('https://api.example.com', { mode: 'no-cors', headers });`,
      errors: [
        { messageId: 'headerDropped', data: { header: 'Authorization' } },
        { messageId: 'headerDropped', data: { header: 'X-Api-Key' } },
      ],
    },
    {
      code: `fetch('https://api.example.com', { mode: 'no-cors', method: 'POST', headers: [['Content-Type', 'application/json']], body: '{}' });`,
      errors: [{ messageId: 'contentTypeDropped', data: { header: 'Content-Type', value: 'application/json' } }],
    },
    // Node's fetch refuses the method too, so server code is no exception.
    {
      ...neutral(`import express from 'express';
await fetch('http://upstream.internal/items/1', { mode: 'no-cors', method: 'DELETE', headers: { Authorization: 'Bearer x' } });`),
      errors: [{ messageId: 'methodNotAllowed', data: { method: 'DELETE', client: '\`fetch\`' } }],
    },
    // Browser code by its declaration, even in a file that imports server code.
    {
      code: `'use client';
import express from 'express';
const res = await fetch('https://api.example.com', { mode: 'no-cors' });
console.log(res.status);`,
      errors: [STATUS],
    },
    {
      code: `import express from 'express';
const res = await fetch('http://upstream.internal', { mode: 'no-cors' });
console.log(res.status);`,
      options: [{ environment: 'any' }],
      errors: [STATUS],
    },
  ],
});
