import type { TSESTree } from '@typescript-eslint/utils';
import type { Finding } from '../model/finding';
import { staticString } from '../ast/static-values';
import type { CorsFile } from './file-context';
import { traceAxios } from './request-headers/clients/axios';
import { traceAngular } from './request-headers/clients/angular';
import { traceJquery } from './request-headers/clients/jquery';
import { traceKy } from './request-headers/clients/ky';
import { traceOptionBagClients } from './request-headers/clients/option-bags';
import { OFETCH_GLOBALS, traceOfetch } from './request-headers/clients/ofetch';
import { traceSuperagent } from './request-headers/clients/superagent';
import { WEB_GLOBALS } from './request-headers/clients/web';
import { decideEnvironment, type EnvironmentDecision } from './environment';
import { forbiddenRequestHeader, METHOD_OVERRIDE_NAMES } from './request-headers/forbidden-names';
import type { HeaderEntry, RequestSite } from './request-headers/header-entry';
import { CLIENT_LABELS, hintFor } from './request-headers/hints';
import { planRemovals } from './request-headers/removal-plan';
import { estreeLists, removalRequest, toRepair } from './request-headers/removal-requests';
import { createScan, traceGlobals } from './request-headers/scan';
import { mayUseHttpClient } from './text-gates';

/**
 * Forbidden request headers set through a client API (no-forbidden-request-headers). Every
 * finding is tagged with the file's environment; the rule's `environment` option decides which
 * ones browsers would actually drop.
 */
export function analyzeRequestHeaders(file: CorsFile): Finding[] {
  const entries = requestHeaderEntries(file);
  if (entries.length === 0) return [];

  const environment = decideEnvironment(file);
  const reported = new Set<TSESTree.Node>();
  const findings: Finding[] = [];
  for (const entry of entries) {
    if (reported.has(entry.nameNode)) continue;
    const finding = findingFor(file, entry, environment);
    if (!finding) continue;
    reported.add(entry.nameNode);
    findings.push(finding);
  }
  return findings;
}

/** What one scan of a file's client calls finds. */
export interface ClientScan {
  readonly entries: readonly HeaderEntry[];
  readonly requests: readonly RequestSite[];
}

const scansByProgram = new WeakMap<TSESTree.Program, ClientScan>();

/**
 * Every request header the file sets through a client API, forbidden or not, found once per file:
 * the response-header analysis leaves these out (an axios interceptor's `config.headers.set(...)`).
 */
export function requestHeaderEntries(file: CorsFile): readonly HeaderEntry[] {
  return clientScan(file).entries;
}

/** The file's client calls, scanned once and shared by every request-side analysis. */
export function clientScan(file: CorsFile): ClientScan {
  let scan = scansByProgram.get(file.program);
  if (!scan) {
    // Every client is found from its name in the file: without one there is nothing to trace.
    scan = mayUseHttpClient(file.sourceCode.text) ? scanClients(file) : { entries: [], requests: [] };
    scansByProgram.set(file.program, scan);
  }
  return scan;
}

function scanClients(file: CorsFile): ClientScan {
  const scan = createScan(file);
  traceGlobals(scan, { ...WEB_GLOBALS, ...OFETCH_GLOBALS });
  traceAxios(scan);
  traceKy(scan);
  traceOfetch(scan);
  traceSuperagent(scan);
  traceJquery(scan);
  traceAngular(scan);
  traceOptionBagClients(scan);
  return { entries: scan.entries, requests: scan.requests };
}

function findingFor(file: CorsFile, entry: HeaderEntry, environment: EnvironmentDecision): Finding | undefined {
  // Only the method-override family depends on the value; most headers are judged by name alone.
  const value = METHOD_OVERRIDE_NAMES.has(entry.name.toLowerCase()) ? staticString(entry.value, file.scopeOf(entry.nameNode)) : undefined;
  const forbidden = forbiddenRequestHeader(entry.name, value);
  if (!forbidden) return undefined;
  const data: Record<string, string> =
    forbidden.kind === 'method-override'
      ? { header: entry.name, value: value ?? '', method: forbidden.method, client: CLIENT_LABELS[entry.client] }
      : { header: entry.name, client: CLIENT_LABELS[entry.client], hint: hintFor(forbidden, entry.client) };
  return {
    ruleId: 'no-forbidden-request-headers',
    messageId: forbidden.kind === 'method-override' ? 'forbiddenMethodOverride' : 'forbiddenRequestHeader',
    node: entry.nameNode,
    data,
    tags: { environment: environment.environment, declared: environment.declared, evidence: environment.evidence },
    ...removalFix(file, entry),
  };
}

/** The suggestion and the codemod's repair, or a manual review when removing would change more. */
function removalFix(file: CorsFile, entry: HeaderEntry): Pick<Finding, 'suggestions' | 'repair'> {
  const { removal } = entry;
  if (removal.shape === 'none') {
    return {
      repair: {
        kind: 'manual-review',
        anchorRange: entry.nameNode.range,
        reason: `browsers drop the forbidden request header ${entry.name}; remove it by hand: ${removal.reason}`,
      },
    };
  }
  const request = removalRequest(removal);
  const edits = planRemovals(file.sourceCode.text, [request], estreeLists(file));
  return {
    suggestions: [{ messageId: 'removeHeader', data: { header: entry.name }, edits }],
    repair: toRepair(request, entry.name, entry.client),
  };
}
