import type { TSESTree } from '@typescript-eslint/utils';
import { calledMethodName, calledReceiver } from '../../ast/static-values';
import { unwrapExpression } from '../../ast/unwrap';
import type { Finding } from '../../model/finding';
import { callsOfMethods } from '../call-index';
import type { CorsFile } from '../file-context';
import { originSourceOf } from '../origin-sources';
import { exactAllowlists, listLiteralOf, lookupKind } from '../response-headers/allowlists';
import { unmatchableEntries } from '../response-headers/header-values';
import { nullEntries } from '../response-headers/null-origin';
import { indexResponses } from '../response-headers/responses';
import { importedValue, isImportedName } from './imported-value';
import { modulePath, relocated } from './relocate';

/**
 * Allowlists imported from another module and looked up here with the request origin
 * (`allowedOrigins.includes(origin)` in a local origin callback or handler), checked entry by entry
 * as a local list is: `'null'` (no-null-origin), and `'*'`, a trailing slash or a path, which no
 * `Origin` equals (valid-cors-header-value). A list alone is not known to hold origins in its own
 * module, so the lookup here is what makes it an allowlist: reported at the imported name in the
 * lookup, naming the module, and repaired in that module. A module that looks the list up with the
 * origin itself reports its entries there, and the importer does not again.
 */
export function analyzeImportedAllowlists(file: CorsFile): Finding[] {
  if (!file.filename || file.filename.startsWith('<')) return [];
  const findings: Finding[] = [];
  for (const call of callsOfMethods(file, (method) => lookupKind(method) !== undefined)) {
    const receiver = calledReceiver(call);
    const checked = call.arguments[0];
    if (!receiver || !checked || !isImportedName(file, unwrapExpression(receiver)) || !originSourceOf(file, checked)) continue;
    const imported = importedValue(file, receiver);
    const list = imported && listLiteralOf(imported.file, imported.node);
    if (!imported || !list || list.kind !== lookupKind(calledMethodName(call))) continue;
    if (ownAllowlists(imported.file).has(list.array)) continue;
    findings.push(...entryFindings(file, imported.file, list.array, receiver));
  }
  return findings;
}

function entryFindings(file: CorsFile, module: CorsFile, array: TSESTree.ArrayExpression, anchor: TSESTree.Node): Finding[] {
  const where = { list: file.sourceCode.getText(anchor), module: modulePath(file, module) };
  const unmatchable = unmatchableEntries(module, array).map(
    (finding): Finding => ({ ...finding, ruleId: 'valid-cors-header-value', messageId: 'unmatchableImportedEntry', data: { ...finding.data, ...where } }),
  );
  const nulls = nullEntries(module, array).map((finding): Finding => ({ ...finding, messageId: 'nullInImportedAllowlist', data: where }));
  return relocated(file, module, [...nulls, ...unmatchable], anchor);
}

const ownByProgram = new WeakMap<TSESTree.Program, ReadonlySet<TSESTree.ArrayExpression>>();

/** The lists a module looks up with the origin itself (and reports there): computed once per module. */
function ownAllowlists(module: CorsFile): ReadonlySet<TSESTree.ArrayExpression> {
  let own = ownByProgram.get(module.program);
  if (!own) {
    own = new Set(exactAllowlists(module, indexResponses(module)).map((list) => list.array));
    ownByProgram.set(module.program, own);
  }
  return own;
}
