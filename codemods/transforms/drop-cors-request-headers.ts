import { planRemovals } from '../../src/analysis/request-headers/removal-plan';
import { fromRepair } from '../../src/analysis/request-headers/removal-requests';
import { morphLists } from './drop-forbidden-request-headers';
import type { Transform } from './transform';

/**
 * Removes CORS response headers (`Access-Control-Allow-Origin`, ...) set as request headers, with
 * a headers object left empty and the `headers:` holding it. The same planner as the rule's
 * suggestion, and the same list lookup as drop-forbidden-request-headers.
 */
export const transform: Transform<'drop-cors-request-headers'> = {
  id: 'drop-cors-request-headers',
  title: 'Remove CORS response headers (Access-Control-Allow-*) set as request headers, which only trigger a preflight',
  apply(sourceFile, repairs) {
    const requests = repairs.flatMap((repair) => {
      const request = fromRepair(repair);
      return request ? [request] : [];
    });
    return requests.length === 0 ? [] : planRemovals(sourceFile.getFullText(), requests, morphLists(sourceFile));
  },
};
