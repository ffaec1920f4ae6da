import { it } from 'vitest';
import { probeFile } from './probe';
import { analyzeLibraryConfigs } from '../../../src/analysis/library-configs';
it('scratch', () => {
  const code = process.env.CODE!;
  const out = probeFile(code, (file) => analyzeLibraryConfigs(file).map((f) => `${f.node.loc.start.line}:${f.node.loc.start.column} ${f.ruleId} ${f.messageId} ${JSON.stringify(f.data)} ${JSON.stringify(f.repair?.details ?? f.repair)}`));
  console.log(out.join('\n'));
});
