import type { TSESTree } from '@typescript-eslint/utils';
import type { Finding } from '../model/finding';
import type { HeaderWrite } from '../model/header-write';
import type { Repair } from '../model/repair';
import { staticValue } from '../ast/static-values';
import type { CorsFile } from './file-context';
import { isOriginGuarded } from './guards';
import { ALLOW_CREDENTIALS, ALLOW_ORIGIN } from './header-names';
import { findHeaderWrites } from './header-writes';
import { originSourceOf, type OriginSource } from './origin-sources';
import { allowlistSuggestion } from './raw-origin-writes/suggestion';
import { repairWriteRange, writeShape, type WriteShape } from './raw-origin-writes/write-shape';

/** Any origin gets through; this one names it in the message. */
export const ATTACKER_ORIGIN = 'https://evil.example';

const CREDENTIALS_NOTES = {
  visible:
    " with the user's cookies and credentials, because this response also sends `Access-Control-Allow-Credentials: true`",
  unseen: "; if credentials are allowed for it, with the logged-in user's cookies too",
} as const;

/**
 * Raw Allow-Origin writes whose value comes from the request Origin and is not written under a
 * check of that origin (no-reflected-origin). Next config `headers()` entries belong to the
 * library-config analyzer.
 */
export function analyzeRawOriginWrites(file: CorsFile): Finding[] {
  const writes = findHeaderWrites(file);
  const findings: Finding[] = [];
  for (const write of writes) {
    if (write.name !== ALLOW_ORIGIN || write.api === 'nextConfig' || !write.value) continue;
    const source = originSourceOf(file, write.value);
    if (!source || isOriginGuarded(file, write.value)) continue;
    findings.push(reflectedOriginFinding(file, write, write.value, source, sendsCredentials(file, write, writes)));
  }
  return findings;
}

function reflectedOriginFinding(
  file: CorsFile,
  write: HeaderWrite,
  value: TSESTree.Node,
  source: OriginSource,
  credentials: boolean,
): Finding {
  const shape = writeShape(file, write);
  const suggestion = shape && allowlistSuggestion(file, write.node, shape, source.text);
  return {
    ruleId: 'no-reflected-origin',
    messageId: 'reflectedOrigin',
    node: value,
    data: {
      attackerOrigin: ATTACKER_ORIGIN,
      credentialsNote: credentials ? CREDENTIALS_NOTES.visible : CREDENTIALS_NOTES.unseen,
    },
    suggestions: suggestion ? [suggestion] : undefined,
    repair: repairFor(write, value, source, shape),
    tags: { credentials, api: write.api },
  };
}

function repairFor(write: HeaderWrite, value: TSESTree.Node, source: OriginSource, shape: WriteShape | undefined): Repair {
  if (!shape)
    return {
      kind: 'manual-review',
      anchorRange: write.node.range,
      reason: 'Access-Control-Allow-Origin echoes the request Origin inside an expression that cannot be wrapped; write it only when the allowlist has the origin',
    };
  return {
    kind: 'allowlist-reflected-origin',
    writeRange: repairWriteRange(shape),
    valueRange: value.range,
    originText: source.text,
    // The value already carries the origin: keep it as written (`[origin]` for multiValueHeaders).
    details: { api: write.api, keepValue: 'true' },
  };
}

/** `Access-Control-Allow-Credentials: true` on the same response, headers object or handler. */
function sendsCredentials(file: CorsFile, write: HeaderWrite, writes: readonly HeaderWrite[]): boolean {
  return writes.some((other) => {
    if (other.name !== ALLOW_CREDENTIALS || !other.value) return false;
    if (other.target !== write.target && other.fn !== write.fn) return false;
    const known = staticValue(other.value, file.scopeOf(other.value))?.value;
    return known === true || (typeof known === 'string' && known.trim().toLowerCase() === 'true');
  });
}
