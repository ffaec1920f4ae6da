import { describe, expect, it } from 'vitest';
import { rules } from '../../rules';
import { addCodeScanningProperties, codeScanningProperties } from '../../src/sarif/code-scanning';

const logWith = (...ids: string[]) => ({
  runs: [{ tool: { driver: { rules: ids.map((id) => ({ id, properties: { category: undefined as unknown } })) } } }],
});

describe('code-scanning properties', () => {
  it('tag every rule with its CWE and give it a score inside its severity band', () => {
    for (const rule of Object.values(rules)) {
      const docs = rule.meta.docs!;
      expect(docs.cwe).toMatch(/^CWE-\d+$/);
      const properties = codeScanningProperties(docs);
      expect(properties.tags).toContain(`external/cwe/${docs.cwe.toLowerCase()}`);
      expect(properties.tags).toContain('security');
    }
    expect(codeScanningProperties({ cwe: 'CWE-942', severity: 'high' })['security-severity']).toBe('8.1');
    expect(codeScanningProperties({ cwe: 'CWE-942', severity: 'low' })['security-severity']).toBe('3.1');
  });

  it('leave rules of other plugins, and docs without a valid CWE or severity, as they are', () => {
    const rulesMeta = {
      'cors/no-null-origin': rules['no-null-origin'].meta,
      'no-unused-vars': { docs: { description: 'Disallow unused variables' } },
      'other/rule': { docs: { cwe: 'cwe942', severity: 'high' } },
      'another/rule': { docs: { cwe: 'CWE-79', severity: 'severe' } },
    };
    const log = addCodeScanningProperties(logWith(...Object.keys(rulesMeta), 'unknown/rule'), rulesMeta);
    const [nullOrigin, ...rest] = log.runs[0]!.tool.driver.rules ?? [];
    expect(rest).toHaveLength(4);
    expect(nullOrigin!.properties).toMatchObject({ tags: ['security', 'cors', 'external/cwe/cwe-942'], 'security-severity': '8.1' });
    for (const rule of rest) expect(Object.keys(rule.properties ?? {})).toEqual(['category']);
  });
});
