import type { TSESTree } from '@typescript-eslint/utils';
import { AST_NODE_TYPES } from '@typescript-eslint/utils';
import { unwrapValue } from '../ast/unwrap';
import type { Finding } from '../model/finding';
import type { HeaderWrite } from '../model/header-write';
import type { Repair } from '../model/repair';
import { staticValueOf } from '../ast/static-values';
import type { CorsFile } from './file-context';
import { developmentCondition, developmentReach } from './development-branches';
import { isOriginGuarded } from './guards';
import { ALLOW_CREDENTIALS, ALLOW_ORIGIN } from './header-names';
import { responseHeaderWrites } from './response-writes';
import { originSourceOf, type OriginSource } from './origin-sources';
import { allowlistSuggestion, type WrittenValue } from './raw-origin-writes/suggestion';
import { repairWriteRange, writeShape, type WriteShape } from './raw-origin-writes/write-shape';

/** Any origin gets through; this one names it in the message. */
export const ATTACKER_ORIGIN = 'https://evil.example';

const CREDENTIALS_NOTES = {
  visible: " with the user's cookies (this response allows credentials)",
  unseen: ', with cookies if credentials are on',
} as const;

/**
 * Raw Allow-Origin writes whose value comes from the request Origin and is not written under a
 * check of that origin (no-reflected-origin).
 */
export function analyzeRawOriginWrites(file: CorsFile): Finding[] {
  const writes = responseHeaderWrites(file);
  // Looked through for every reflected origin: only the few credential writes.
  const credentialWrites = writes.filter((write) => write.name === ALLOW_CREDENTIALS && write.value);
  const findings: Finding[] = [];
  for (const write of writes) {
    if (write.name !== ALLOW_ORIGIN || !write.value) continue;
    const source = originSourceOf(file, write.value);
    if (!source || isOriginGuarded(file, write.value)) continue;
    findings.push(reflectedOriginFinding(file, write, write.value, source, sendsCredentials(file, write, credentialWrites)));
  }
  return findings;
}

/**
 * The finding for an Allow-Origin write whose value is the Origin because of where it is called
 * from (a helper another module calls with the request Origin): `source` re-reads it at the write.
 */
export function reflectedWriteFinding(file: CorsFile, write: HeaderWrite, source: OriginSource): Finding {
  const credentialWrites = responseHeaderWrites(file).filter((other) => other.name === ALLOW_CREDENTIALS && other.value);
  return reflectedOriginFinding(file, write, write.value!, source, sendsCredentials(file, write, credentialWrites));
}

function reflectedOriginFinding(
  file: CorsFile,
  write: HeaderWrite,
  value: TSESTree.Node,
  source: OriginSource,
  credentials: boolean,
): Finding {
  const shape = writeShape(file, write);
  const written = { range: value.range, keep: isOnlyOrigin(file, value, source) };
  const suggestion = shape && allowlistSuggestion(file, write.node, shape, source.text, written);
  // `if (process.env.NODE_ENV !== 'production') res.setHeader(ACAO, origin)`: still a finding, told as such.
  const development = developmentCondition(file, write.node);
  return {
    ruleId: 'no-reflected-origin',
    messageId: development ? 'reflectedOriginInDevelopment' : 'reflectedOrigin',
    node: value,
    data: {
      ...(development ? { condition: development.condition, reach: developmentReach(development) } : {}),
      attackerOrigin: ATTACKER_ORIGIN,
      credentialsNote: credentials ? CREDENTIALS_NOTES.visible : CREDENTIALS_NOTES.unseen,
    },
    suggestions: suggestion ? [suggestion] : undefined,
    repair: repairFor(write, written, source, shape),
    tags: { credentials, api: write.api },
  };
}

function repairFor(write: HeaderWrite, value: WrittenValue, source: OriginSource, shape: WriteShape | undefined): Repair {
  if (!shape)
    return {
      kind: 'manual-review',
      anchorRange: write.node.range,
      reason: 'Access-Control-Allow-Origin echoes the request Origin inside an expression that cannot be wrapped; write it only when the allowlist has the origin',
    };
  return {
    kind: 'allowlist-reflected-origin',
    writeRange: repairWriteRange(shape),
    valueRange: [value.range[0], value.range[1]],
    originText: source.text,
    details: { api: write.api, keepValue: String(value.keep) },
  };
}

/**
 * Whether the value is the origin and nothing else (`origin`, `a ?? b` of two reads, `[origin]` for
 * multiValueHeaders): then the fix keeps it. `origin || '*'` or a template is replaced by the origin.
 */
function isOnlyOrigin(file: CorsFile, value: TSESTree.Node, source: OriginSource): boolean {
  const inner = unwrapValue(value);
  if (file.sourceCode.getText(inner) === source.text) return true;
  return (
    inner.type === AST_NODE_TYPES.ArrayExpression &&
    inner.elements.every((element) => {
      if (!element || element.type === AST_NODE_TYPES.SpreadElement) return false;
      const text = originSourceOf(file, element)?.text;
      return text !== undefined && text === file.sourceCode.getText(unwrapValue(element));
    })
  );
}

/** `Access-Control-Allow-Credentials: true` on the same response, headers object or handler. */
function sendsCredentials(file: CorsFile, write: HeaderWrite, credentialWrites: readonly HeaderWrite[]): boolean {
  return credentialWrites.some((other) => {
    if (!other.value) return false;
    if (other.target !== write.target && other.fn !== write.fn) return false;
    const known = staticValueOf(other.value, file.scopeOf)?.value;
    return known === true || (typeof known === 'string' && known.trim().toLowerCase() === 'true');
  });
}
