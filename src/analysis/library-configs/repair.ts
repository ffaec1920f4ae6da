import type { Repair } from '../../model/repair';
import type { CorsConfig } from './cors-config';

/**
 * How the codemod rewrites a configuration into an exact allowlist (codemods/transforms/allowlist-cors-options.ts).
 * `details.action` says where the allowlist goes:
 * - `set-origin`: `targetRange` is the options object; set `details.key` (replacing it if present) and drop `details.removeKeys`;
 * - `add-options`: `targetRange` is an object; add `details.key: { <allowlist> }`;
 * - `replace-options`: `targetRange` is a `true` that enables the defaults; replace it with options;
 * - `add-argument`: `targetRange` is the call; add options as argument `details.index`, under `details.path`.
 */
export function allowlistRepair(config: CorsConfig, anchor: readonly [number, number]): Repair {
  const { table } = config;
  if (table.allowlistForm === 'none')
    return { kind: 'manual-review', anchorRange: anchor, reason: `${table.library} sends one fixed origin and cannot check a list; choose the one trusted origin` };
  const key = table.allowlistKey ?? table.options.origin[0]!;
  const common = { form: table.allowlistForm, key, contextual: String(config.inline) };
  const repair = (targetRange: readonly [number, number], details: Record<string, string>): Repair => ({
    kind: 'allowlist-cors-options',
    library: table.library,
    targetRange,
    details: { ...common, ...details },
  });
  if (config.optionsNode) {
    const removeKeys = config.originOptions.map((option) => option.key).filter((name) => name !== key);
    return repair(config.optionsNode.range, { action: 'set-origin', removeKeys: removeKeys.join(',') });
  }
  const insertion = config.insertion;
  switch (insertion?.kind) {
    case 'property':
      return repair(insertion.object.range, { action: 'add-options', optionsKey: insertion.key });
    case 'replace':
      return repair(insertion.node.range, { action: 'replace-options' });
    case 'argument':
      return repair(config.call.range, { action: 'add-argument', index: String(insertion.index), path: insertion.path.join('.') });
    default:
      return { kind: 'manual-review', anchorRange: anchor, reason: `the ${table.library} options are not visible here` };
  }
}
