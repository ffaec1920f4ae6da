import { describe, expect, it } from 'vitest';
import { findCorsConfigs } from '../../../src/analysis/library-configs';
import { originCallbackParameters } from '../../../src/analysis/origin-callbacks';
import type { CorsFile } from '../../../src/analysis/file-context';
import { probeFile } from '../../support/probe-file';

function configs(code: string) {
  return probeFile(code, (file: CorsFile) =>
    findCorsConfigs(file).map((config) => ({
      library: config.library,
      source: config.source,
      origin: config.originNode && file.sourceCode.getText(config.originNode),
      credentials: config.credentials,
      inline: config.inline,
      insertion: config.insertion?.kind,
    })),
  );
}

function callbackParameters(code: string) {
  return probeFile(code, (file: CorsFile) => [...originCallbackParameters(file)].map((parameter) => `${parameter.name}@${parameter.loc.start.line}`));
}

describe('findCorsConfigs', () => {
  it.each([
    ["import cors from 'cors'; app.use(cors({ origin: 'https://a.example' }));"],
    ["import * as cors from 'cors'; app.use(cors({ origin: 'https://a.example' }));"],
    ["import { default as c } from 'cors'; app.use(c({ origin: 'https://a.example' }));"],
    ["const cors = require('cors'); app.use(cors({ origin: 'https://a.example' }));"],
    ["const { default: c } = require('cors'); app.use(c({ origin: 'https://a.example' }));"],
    ["const lib = require('cors'); const alias = lib; app.use(alias({ origin: 'https://a.example' }));"],
    ["import cors = require('cors'); app.use(cors({ origin: 'https://a.example' }));"],
  ])('finds cors through %s', (code) => {
    expect(configs(code)).toEqual([
      { library: 'cors', source: 'options', origin: "'https://a.example'", credentials: false, inline: true, insertion: undefined },
    ]);
  });

  it('resolves options through a const and reads credentials', () => {
    const code = "import cors from 'cors'; const options = { origin: list, credentials: true }; app.use(cors(options));";
    expect(configs(code)).toEqual([{ library: 'cors', source: 'options', origin: 'list', credentials: true, inline: false, insertion: undefined }]);
  });

  it('follows a spread of a local object and gives up on an unknown one', () => {
    const code = "import cors from 'cors'; const base = { origin: true }; app.use(cors({ ...base, credentials: flag }));";
    expect(configs(code)).toMatchObject([{ origin: 'true', credentials: 'unknown' }]);
    const hidden = probeFile("import cors from 'cors'; app.use(cors({ ...imported }));", (file) => findCorsConfigs(file)[0]?.originHidden);
    expect(hidden).toBe(true);
  });

  it('tells where options go when a default is the cause', () => {
    expect(configs("import cors from 'cors'; app.use(cors());")).toMatchObject([{ source: 'defaults', insertion: 'argument' }]);
    expect(configs("import { createYoga } from 'graphql-yoga'; createYoga({ schema });")).toMatchObject([{ source: 'defaults', insertion: 'property' }]);
    expect(configs("import { NestFactory } from '@nestjs/core'; await NestFactory.create(M, { cors: true });")).toMatchObject([
      { library: 'NestJS', source: 'defaults', insertion: 'replace' },
    ]);
  });

  it('leaves out disabled and invisible configurations', () => {
    expect(configs("import { createYoga } from 'graphql-yoga'; createYoga({ schema, cors: false });")).toEqual([]);
    expect(configs("import { Server } from 'socket.io'; new Server(http);")).toEqual([]);
    expect(configs("import cors from 'cors'; app.use(cors((req, cb) => cb(null, { origin: true })));")).toEqual([]);
    expect(configs("import { defineConfig } from '@adonisjs/cors'; defineConfig({ enabled: false, origin: true });")).toEqual([]);
  });

  it('finds plugins passed by value and framework methods behind an import gate', () => {
    const code = [
      "import { NestFactory } from '@nestjs/core';",
      "fastify.register(import('@fastify/cors'), { origin: true });",
      "const app = await NestFactory.create(AppModule);",
      "app.enableCors({ origin: 'https://a.example' });",
    ].join('\n');
    expect(configs(code).map((config) => config.library)).toEqual(['@fastify/cors', 'NestJS']);
    expect(configs("app.enableCors({ origin: true });")).toEqual([]);
  });

  it('reads every route of a hapi route array', () => {
    const code = "import Hapi from '@hapi/hapi'; server.route([{ path: '/a', options: { cors: true } }, { path: '/b', config: { cors: { origin: ['https://a.example'] } } }, { path: '/c' }]);";
    expect(configs(code)).toMatchObject([
      { library: 'hapi', source: 'defaults' },
      { library: 'hapi', source: 'options', origin: "['https://a.example']" },
    ]);
  });

  it('ignores shadowed names and look-alikes', () => {
    expect(configs("function cors(o) { return o; } cors({ origin: true }); lib.cors({ origin: true });")).toEqual([]);
    expect(configs("import cors from 'cors'; function f(cors) { cors({ origin: true }); }")).toEqual([]);
  });
});

describe('originCallbackParameters', () => {
  it('finds the origin parameter of library callbacks only', () => {
    const code = [
      "import cors from 'cors';",
      "import { cors as hono } from 'hono/cors';",
      "import koaCors from '@koa/cors';",
      "import middyCors from '@middy/http-cors';",
      "function check(requestOrigin, callback) { callback(null, true); }",
      "app.use(cors({ origin: check }));",
      "app.use(hono({ origin: (origin, c) => origin }));",
      "app.use(koaCors({ origin: (ctx) => ctx.get('Origin') }));",
      "middy(fn).use(middyCors({ getOrigin: (incoming = '') => incoming }));",
      "other({ origin: (notAnOrigin) => notAnOrigin });",
    ].join('\n');
    expect(callbackParameters(code).sort()).toEqual(['incoming@9', 'origin@7', 'requestOrigin@5']);
  });
});
