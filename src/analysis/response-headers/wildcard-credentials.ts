import type { Finding } from '../../model/finding';
import type { HeaderWrite } from '../../model/header-write';
import type { Repair } from '../../model/repair';
import { branchesAround } from '../../ast/branches';
import { staticValueOf } from '../../ast/static-values';
import type { CorsFile } from '../file-context';
import { ALLOW_CREDENTIALS, ALLOW_HEADERS, ALLOW_METHODS, ALLOW_ORIGIN, EXPOSE_HEADERS } from '../header-names';
import { originReadText } from './origin-read';
import { responseStyleOf } from './response-style';
import type { ResponseIndex } from './responses';
import { valueOutcomes } from './value-outcomes';
import { writeRange } from './write-range';

/** The list headers where `*` is a wildcard only without credentials, with their display names. */
const LIST_HEADERS: Readonly<Record<string, string>> = {
  [ALLOW_HEADERS]: 'Access-Control-Allow-Headers',
  [ALLOW_METHODS]: 'Access-Control-Allow-Methods',
  [EXPOSE_HEADERS]: 'Access-Control-Expose-Headers',
};

/**
 * no-wildcard-with-credentials: `*` as Allow-Origin (or in the Allow-/Expose- lists) while the same
 * response, handler or headers object sends `Access-Control-Allow-Credentials: true`.
 */
export function wildcardCredentialFindings(file: CorsFile, index: ResponseIndex): Finding[] {
  const findings: Finding[] = [];
  for (const write of index.writes) {
    if (!write.value || (write.name !== ALLOW_ORIGIN && !LIST_HEADERS[write.name])) continue;
    const wildcards = valueOutcomes(file, write.value).filter((outcome) => isWildcard(file, outcome, write.name));
    if (wildcards.length === 0 || !sendsCredentials(file, index, write)) continue;
    for (const wildcard of wildcards) {
      if (write.name === ALLOW_ORIGIN) {
        findings.push({
          ruleId: 'no-wildcard-with-credentials',
          // `allowed ? origin : '*'`: only the refused origins get `*`; an allowed page still works.
          messageId: wildcard === write.value ? 'wildcardWithCredentials' : 'wildcardFallbackWithCredentials',
          node: wildcard,
          data: {},
          repair: wildcard === write.value ? reflectRepair(file, write) : undefined,
        });
      } else {
        findings.push({
          ruleId: 'no-wildcard-with-credentials',
          messageId: 'literalWildcardWithCredentials',
          node: wildcard,
          data: { header: LIST_HEADERS[write.name]! },
          repair: { kind: 'manual-review', anchorRange: writeRange(write), reason: `list the allowed names instead of \`*\` in ${LIST_HEADERS[write.name]}` },
        });
      }
    }
  }
  return findings;
}

/** `'*'` for Allow-Origin; a `*` member of the list for the other headers. */
function isWildcard(file: CorsFile, node: HeaderWrite['node'], name: string): boolean {
  const known = staticValueOf(node, file.scopeOf)?.value;
  const items = Array.isArray(known) ? known : [known];
  return items.some((item) => {
    if (typeof item !== 'string') return false;
    return name === ALLOW_ORIGIN ? item.trim() === '*' : item.split(',').some((member) => member.trim() === '*');
  });
}

/**
 * Whether credentials are allowed for the response of `write`: a literal `true` / `'true'` in the
 * same response or headers object, or anywhere in the same handler.
 */
function sendsCredentials(file: CorsFile, index: ResponseIndex, write: HeaderWrite): boolean {
  const candidates = [...index.sameResponse(write), ...(write.fn.type === 'Program' ? [] : index.writes.filter((other) => other.fn === write.fn))];
  return candidates.some((other) => {
    if (other.name !== ALLOW_CREDENTIALS || !other.value || exclusive(write, other)) return false;
    const known = staticValueOf(other.value, file.scopeOf)?.value;
    return known === true || known === 'true';
  });
}

/** Writes on opposite sides of one `if`/`?:` never reach the same response (`public ? '*' : origin + credentials`). */
function exclusive(a: HeaderWrite, b: HeaderWrite): boolean {
  if (a.fn !== b.fn) return false;
  const around = branchesAround(b.node, b.fn);
  return branchesAround(a.node, a.fn).some((branch) => around.some((other) => other.owner === branch.owner && other.side !== branch.side));
}

/** Echo-if-allowed is the fix when the handler shows its request; otherwise a person decides. */
function reflectRepair(file: CorsFile, write: HeaderWrite): Repair {
  const originText = originReadText(write, responseStyleOf(file, write));
  if (!originText || !write.value)
    return {
      kind: 'manual-review',
      anchorRange: writeRange(write),
      reason: 'send a specific allowed origin instead of `*`, or drop credentials for a public resource',
    };
  return {
    kind: 'allowlist-reflected-origin',
    writeRange: writeRange(write),
    valueRange: write.value.range,
    originText,
    details: { reason: 'wildcard-with-credentials' },
  };
}
