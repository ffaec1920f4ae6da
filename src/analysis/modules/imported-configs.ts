import { AST_NODE_TYPES } from '@typescript-eslint/utils';
import type { Finding } from '../../model/finding';
import type { CorsFile } from '../file-context';
import type { CorsConfig, OriginOption } from '../library-configs/cors-config';
import { findCorsConfigs, findOpaqueOptions, readOptions } from '../library-configs/find-configs';
import { configFindings } from '../library-configs/findings';
import { resolveValue } from '../library-configs/object-options';
import { judgeOrigin } from '../library-configs/origin-effect';
import { findShapedOptions } from '../library-configs/shaped-configs';
import { valueChoices } from '../library-configs/value-choices';
import { importedValue } from './imported-value';
import { relocated } from './relocate';

/**
 * Library configurations whose decision is imported from another module of the project: the whole
 * options (`cors(corsOptions)`), or the origin option (`origin: allowedOrigins`, `origin: checkOrigin`).
 * The imported value is judged in its own module, by the configuration's library table, and
 * reported here at the name that imports it. Options the defining module already shows by their
 * shape are reported there (src/analysis/library-configs/shaped-configs.ts), never twice.
 */
export function analyzeImportedConfigs(file: CorsFile): Finding[] {
  if (!file.filename || file.filename.startsWith('<')) return [];
  const findings: Finding[] = [];
  for (const opaque of findOpaqueOptions(file)) {
    const imported = importedValue(file, opaque.node);
    if (!imported) continue;
    const shaped = new Set(findShapedOptions(imported.file));
    for (const choice of valueChoices(imported.file, imported.node)) {
      if (choice.type !== AST_NODE_TYPES.ObjectExpression || shaped.has(choice)) continue;
      const config = readOptions(imported.file, opaque.table, choice, choice, undefined);
      if (config) findings.push(...relocated(file, imported.file, configFindings(imported.file, config, judgeOrigin(imported.file, config)), opaque.written));
    }
  }
  for (const config of findCorsConfigs(file)) {
    const option = config.originOptions[0];
    if (!option || config.originHidden) continue;
    const imported = importedValue(file, option.resolved);
    if (!imported) continue;
    const foreign: OriginOption = { ...option, value: imported.node, resolved: resolveValue(imported.file, imported.node) };
    const judged: CorsConfig = { ...config, originOptions: [foreign, ...config.originOptions.slice(1)], originNode: imported.node };
    findings.push(...relocated(file, imported.file, configFindings(imported.file, judged, judgeOrigin(imported.file, judged)), option.property));
  }
  return findings;
}
