import type { Finding } from '../model/finding';
import type { CorsFile } from './file-context';
import { analyzeRawOriginWrites } from './raw-origin-writes';
import { analyzeImportedHelperWrites } from './modules/imported-helpers';
import { analyzeResponseHeaders } from './response-headers';
import { analyzeLibraryConfigs, analyzeNextConfig } from './library-configs';
import { analyzeRequestHeaders } from './request-headers';
import { analyzeOriginChecks } from './origin-checks';
import { analyzeCorsRequestHeaders } from './cors-request-headers';
import { analyzeOpaqueResponses } from './opaque-responses';
import {
  mayConfigureCorsLibrary,
  mayReadOrigin,
  maySendNoCors,
  maySetForbiddenHeader,
  mayUseHttpClient,
  mayWriteCorsHeader,
  type TextGate,
} from './text-gates';

export type Analyzer = (file: CorsFile) => Finding[];

/**
 * The analyzers, each owning one family of findings, with the words a file must contain for it
 * to find anything. Every rule reads the union, so a rule never depends on which analyzer found
 * its problem.
 */
const ANALYZERS: readonly { readonly analyze: Analyzer; readonly gate?: TextGate }[] = [
  { analyze: analyzeRawOriginWrites, gate: mayWriteCorsHeader },
  // An imported helper writes the header: the importer only passes it the origin.
  { analyze: analyzeImportedHelperWrites, gate: mayReadOrigin },
  // Vary, wildcard and header-value findings need an Access-Control-* header; `null` checks an origin.
  { analyze: analyzeResponseHeaders, gate: (text) => mayWriteCorsHeader(text) || mayReadOrigin(text) },
  { analyze: analyzeLibraryConfigs, gate: mayConfigureCorsLibrary },
  { analyze: analyzeNextConfig, gate: mayWriteCorsHeader },
  { analyze: analyzeRequestHeaders, gate: maySetForbiddenHeader },
  { analyze: analyzeOriginChecks, gate: mayReadOrigin },
  { analyze: analyzeCorsRequestHeaders, gate: (text) => mayWriteCorsHeader(text) && mayUseHttpClient(text) },
  { analyze: analyzeOpaqueResponses, gate: maySendNoCors },
];

/** Whether any analyzer's gate admits the text: a file none admits gets no listeners at all. */
export { mayHoldCorsFinding } from './text-gates';

export function analyzeFile(file: CorsFile): Finding[] {
  const { text } = file.sourceCode;
  return ANALYZERS.flatMap(({ analyze, gate }) => (!gate || gate(text) ? analyze(file) : []));
}
