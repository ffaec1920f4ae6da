import { it } from 'vitest';
import { readdirSync, readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import path from 'node:path';
import { Project } from 'ts-morph';
import { detectFindings } from '../../codemods/detect';
import { transform } from '../../codemods/drop-forbidden-request-headers';
import { applyEdits, partitionEdits } from '../../codemods/text-edits';

function run(text: string, filename: string) {
  const project = new Project({ useInMemoryFileSystem: true });
  let current = text;
  for (let pass = 0; pass < 3; pass++) {
    const d = detectFindings(current, filename);
    if (!d.ok) throw new Error(d.reason);
    const repairs = d.findings.flatMap((f) => (f.repair?.kind === 'drop-forbidden-request-headers' ? [f.repair] : []));
    console.log(filename, 'pass', pass, d.findings.map((f) => f.repair?.kind).join(','));
    if (repairs.length === 0) break;
    const sf = project.createSourceFile('/v/' + path.basename(filename), current, { overwrite: true });
    const { accepted } = partitionEdits(transform.apply(sf, repairs as never, {} as never));
    if (accepted.length === 0) break;
    current = applyEdits(current, accepted);
  }
  return current;
}

it('gen', () => {
  const dir = path.join(import.meta.dirname, '__testfixtures__/drop-forbidden-request-headers');
  mkdirSync('/tmp/nfrh-out', { recursive: true });
  for (const file of readdirSync(dir).filter((f) => f.includes('.input.'))) {
    const input = readFileSync(path.join(dir, file), 'utf8');
    writeFileSync(path.join('/tmp/nfrh-out', file.replace('.input.', '.output.')), run(input, path.join(dir, file)));
  }
});
