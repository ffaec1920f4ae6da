import { it } from 'vitest';
import { readFileSync } from 'node:fs';
import { detectFindings } from '../codemods/detect';
it('dbg', () => {
  const f = process.env.F!;
  const text = readFileSync(f, 'utf8');
  const d = detectFindings(text, f);
  if (d.ok) for (const x of d.findings) console.log(x.ruleId, x.messageId, x.line, JSON.stringify(x.repair), x.repair && 'writeRange' in x.repair ? text.slice(...x.repair.writeRange) : '');
});
