import type { TSESTree } from '@typescript-eslint/utils';
import type { Finding } from '../model/finding';
import type { CorsFile } from './file-context';
import { requestHeaderEntries } from './request-headers';
import { isCorsResponseHeader } from './request-headers/cors-response-names';
import { decideEnvironment } from './environment';
import type { HeaderEntry } from './request-headers/header-entry';
import { CLIENT_LABELS } from './request-headers/hints';
import { planRemovals } from './request-headers/removal-plan';
import { estreeLists, removalRequest, toRepair } from './request-headers/removal-requests';

/**
 * CORS response headers set as request headers (no-cors-headers-in-request), read from the same
 * scan of client calls as the forbidden request headers, and tagged with the same environment.
 */
export function analyzeCorsRequestHeaders(file: CorsFile): Finding[] {
  const entries = requestHeaderEntries(file).filter((entry) => isCorsResponseHeader(entry.name));
  if (entries.length === 0) return [];
  const { environment, declared } = decideEnvironment(file);
  const reported = new Set<TSESTree.Node>();
  const findings: Finding[] = [];
  for (const entry of entries) {
    if (reported.has(entry.nameNode)) continue;
    reported.add(entry.nameNode);
    findings.push({
      ruleId: 'no-cors-headers-in-request',
      messageId: 'corsHeaderInRequest',
      node: entry.nameNode,
      data: { header: entry.name, client: CLIENT_LABELS[entry.client] },
      tags: { environment, declared },
      ...removalFix(file, entry),
    });
  }
  return findings;
}

/** The suggestion and the codemod's repair, or a manual review when removing would change more. */
function removalFix(file: CorsFile, entry: HeaderEntry): Pick<Finding, 'suggestions' | 'repair'> {
  const { removal } = entry;
  if (removal.shape === 'none') {
    return {
      repair: {
        kind: 'manual-review',
        anchorRange: entry.nameNode.range,
        reason: `${entry.name} is a response header sent as a request header; remove it by hand: ${removal.reason}`,
      },
    };
  }
  const request = removalRequest(removal);
  const edits = planRemovals(file.sourceCode.text, [request], estreeLists(file));
  return {
    suggestions: [{ messageId: 'removeHeader', data: { header: entry.name }, edits }],
    repair: toRepair(request, entry.name, entry.client, 'drop-cors-request-headers'),
  };
}
