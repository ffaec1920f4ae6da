import type { Finding } from '../model/finding';
import type { CorsFile } from './file-context';
import { analyzeImportedAllowlists } from './modules/imported-allowlists';
import { exactAllowlists } from './response-headers/allowlists';
import { headerValueFindings } from './response-headers/header-values';
import { nullOriginFindings } from './response-headers/null-origin';
import { indexResponses } from './response-headers/responses';
import { varyFindings } from './response-headers/vary';
import { wildcardCredentialFindings } from './response-headers/wildcard-credentials';

/**
 * Raw header writes judged per response: `Vary: Origin` (require-vary-origin), `*` with credentials
 * (no-wildcard-with-credentials), the `null` origin (no-null-origin) and values browsers reject or
 * that never match (valid-cors-header-value). Next config entries belong to the library analyzer.
 */
export function analyzeResponseHeaders(file: CorsFile): Finding[] {
  const index = indexResponses(file);
  const lists = exactAllowlists(file, index);
  return [
    ...varyFindings(file, index),
    ...wildcardCredentialFindings(file, index),
    ...nullOriginFindings(file, index, lists),
    ...headerValueFindings(file, index, lists),
    ...analyzeImportedAllowlists(file),
  ];
}
