import { Linter } from 'eslint';
import type { TSESLint } from '@typescript-eslint/utils';
import { it } from 'vitest';
import { collectorListeners, createCollectedNodes } from '../../src/analysis/collect';
import { createCorsFile } from '../../src/analysis/file-context';
import { analyzeRawOriginWrites } from '../../src/analysis/raw-origin-writes';
import { analyzeResponseHeaders } from '../../src/analysis/response-headers';
import { analyzeLibraryConfigs } from '../../src/analysis/library-configs';
import { analyzeRequestHeaders } from '../../src/analysis/request-headers';
import { analyzeOriginChecks } from '../../src/analysis/origin-checks';
import { findHeaderWrites } from '../../src/analysis/header-writes';
it('perf', () => {
  const chunk = (i: number) => `
const ALLOWED${i} = new Set(['https://a${i}.example.com']);
function isAllowed${i}(o) { if (!o) return false; return ALLOWED${i}.has(o); }
function getOrigin${i}(req) { return req.headers.origin || req.get('origin'); }
app.use((req, res, next) => {
  const origin = getOrigin${i}(req);
  const { headers: { host } } = req;
  if (!isAllowed${i}(origin)) return next();
  res.setHeader('Vary', 'Origin');
  res.setHeader('Access-Control-Allow-Origin', origin);
  res.set({ 'Access-Control-Allow-Origin': req.headers.origin, 'Access-Control-Allow-Credentials': 'true' });
  next();
});
app.get('/x${i}', (req, res) => { res.setHeader('Access-Control-Allow-Origin', req.headers.origin ?? '*'); });`;
  const code = Array.from({ length: 380 }, (_, i) => chunk(i)).join('\n');
  for (let round = 0; round < 3; round++) {
    const rule = { meta: { type: 'problem', schema: [] }, create(context: TSESLint.RuleContext<string, []>) {
      const nodes = createCollectedNodes();
      return { ...collectorListeners(nodes), 'Program:exit': () => {
        const file = createCorsFile(context, nodes);
        const out: string[] = [];
        for (const [name, fn] of [['writes', findHeaderWrites], ['raw', analyzeRawOriginWrites], ['response', analyzeResponseHeaders], ['library', analyzeLibraryConfigs], ['request', analyzeRequestHeaders], ['checks', analyzeOriginChecks]] as const) {
          const t = performance.now(); (fn as (f: unknown) => unknown)(file); out.push(`${name} ${(performance.now() - t).toFixed(0)}`);
        }
        console.log(out.join(' | '));
      } };
    } };
    new Linter().verify(code, [{ plugins: { p: { rules: { r: rule as never } } }, rules: { 'p/r': 'error' } }], 'a.js');
  }
});
