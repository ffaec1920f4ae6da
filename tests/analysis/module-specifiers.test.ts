import { describe, expect, it } from 'vitest';
import { canonicalSpecifier } from '../../src/analysis/module-specifiers';

describe('canonicalSpecifier', () => {
  it.each([
    ['npm:cors@2.8.5', 'cors'],
    ['npm:cors', 'cors'],
    ['npm:hono@4/cors', 'hono/cors'],
    ['npm:@koa/cors@5.0.0', '@koa/cors'],
    ['npm:/@fastify/cors@11/types', '@fastify/cors/types'],
    ['jsr:@tajpouria/cors@1.2.1', '@tajpouria/cors'],
    ['jsr:@oak/oak@^17/router', '@oak/oak/router'],
    ['jsr:@oak/oak', '@oak/oak'],
    ['https://deno.land/x/cors@v1.2.2/mod.ts', 'https://deno.land/x/cors/mod.ts'],
    ['https://deno.land/x/cors/mod.ts', 'https://deno.land/x/cors/mod.ts'],
  ])('%s names %s', (specifier, canonical) => {
    expect(canonicalSpecifier(specifier)).toBe(canonical);
  });

  it.each(['cors', '@koa/cors', './cors.ts', 'https://esm.sh/cors@2', 'https://deno.land/std@0.200.0/http/mod.ts'])('leaves %s as it is', (specifier) => {
    expect(canonicalSpecifier(specifier)).toBe(specifier);
  });
});
