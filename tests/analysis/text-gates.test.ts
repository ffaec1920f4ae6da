import { describe, expect, it } from 'vitest';
import {
  mayConfigureCorsLibrary,
  mayHoldCorsFinding,
  mayReadOrigin,
  maySetForbiddenHeader,
  mayWriteCorsHeader,
} from '../../src/analysis/text-gates';
import { Linter } from 'eslint';
import plugin from '../../src/index';

function lintWithAllRules(code: string): Linter.LintMessage[] {
  return new Linter({ configType: 'flat' }).verify(code, [{ files: ['**/*.js'], ...plugin.configs.all }], { filename: 'file.js' });
}

describe('text gates', () => {
  it.each([
    ["res.setHeader('Access-Control-Allow-Origin', o)", true],
    ['res.setHeader(HTTP2_HEADER_ACCESS_CONTROL_ALLOW_ORIGIN, o)', true],
    ["res.setHeader('Content-Type', 'text/plain')", false],
  ])('mayWriteCorsHeader(%s) → %s', (text, expected) => {
    expect(mayWriteCorsHeader(text)).toBe(expected);
  });

  it.each([
    ["req.get('Origin')", true],
    ['const { origin } = req.headers', true],
    ['req.headers.host', false],
  ])('mayReadOrigin(%s) → %s', (text, expected) => {
    expect(mayReadOrigin(text)).toBe(expected);
  });

  it.each([
    ["fetch(u, { headers: { Cookie: c } })", true],
    ["fetch(u, { headers: { host: 'api' } })", true],
    ["headers.set('sec-fetch-site', 'none')", true],
    ["xhr.setRequestHeader('X-HTTP-Method-Override', 'TRACE')", true],
    ["axios.defaults.headers.post.Cookie = 'session=1'", true],
    ['fetch(u, { headers: { ...base, cookie } })', true],
    ["fetch(u, { headers: { Accept: 'application/json' } })", false],
    // A CORS option named like the header, with no HTTP client in the file.
    ["app.use(cors({ origin: 'https://app.example.com' }))", false],
    ["$.ajax({ headers: { Cookie: 'a=1' } })", true],
    ['const cookies = parse(document.title)', false],
  ])('maySetForbiddenHeader(%s) → %s', (text, expected) => {
    expect(maySetForbiddenHeader(text)).toBe(expected);
  });

  it.each([
    ["import cors from 'cors'", true],
    ["import { createYoga } from 'graphql-yoga'", true],
    ["const { ApolloServer } = require('apollo-server-express')", true],
    ["import express from 'express'", false],
  ])('mayConfigureCorsLibrary(%s) → %s', (text, expected) => {
    expect(mayConfigureCorsLibrary(text)).toBe(expected);
  });

  it('lets nothing through from ordinary code', () => {
    expect(mayHoldCorsFinding("export const total = (items) => items.reduce((sum, i) => sum + i.price, 0);")).toBe(false);
  });
});

describe('gated analysis', () => {
  // A finding whose only trigger word is one gate's: the gate must let the file through.
  it.each([
    ["const yoga = require('graphql-yoga').createYoga({ schema: {} });", 'cors/no-reflected-origin'],
    ["fetch('/api', { headers: { host: 'api.example' } });", 'cors/no-forbidden-request-headers'],
    ["app.use((req, res) => { if (req.headers.origin === 'null') res.end(); });", undefined],
  ])('still reports %s', (code, ruleId) => {
    const messages = lintWithAllRules(code);
    if (ruleId) expect(messages.map((message) => message.ruleId)).toContain(ruleId);
    else expect(messages).toEqual([]);
  });
});
