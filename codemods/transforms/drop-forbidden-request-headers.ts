import { Node, type SourceFile } from 'ts-morph';
import type { Range } from '../../src/model/repair';
import { planRemovals, type ListLookup } from '../../src/analysis/request-headers/removal-plan';
import { fromRepair } from '../../src/analysis/request-headers/removal-requests';
import type { Transform } from './transform';

/**
 * Removes forbidden request headers that browsers drop anyway: the header property or pair, the
 * `set`/`setRequestHeader` call, and a headers object left empty with the `headers:` holding it.
 * The edits come from the same planner as the rule's suggestion.
 */
export const transform: Transform<'drop-forbidden-request-headers'> = {
  id: 'drop-forbidden-request-headers',
  title: 'Remove forbidden request headers (Origin, Cookie, Host, ...) that browsers silently drop',
  apply(sourceFile, repairs) {
    const requests = repairs.flatMap((repair) => {
      const request = fromRepair(repair);
      return request ? [request] : [];
    });
    return requests.length === 0 ? [] : planRemovals(sourceFile.getFullText(), requests, morphLists(sourceFile));
  },
};

const rangeOf = (node: Node): Range => [node.getStart(), node.getEnd()];

/** Lists in the ts-morph tree, found from an element's range. */
export function morphLists(sourceFile: SourceFile): ListLookup {
  return ([start, end]) => {
    let node: Node | undefined = sourceFile.getDescendantAtPos(start);
    while (node) {
      const parent = node.getParent();
      if (parent && node.getStart() === start && node.getEnd() === end) {
        if (Node.isObjectLiteralExpression(parent))
          return { range: rangeOf(parent), elements: parent.getProperties().map(rangeOf), empty: '{}' };
        if (Node.isArrayLiteralExpression(parent))
          return {
            range: rangeOf(parent),
            elements: parent
              .getElements()
              .filter((element) => !Node.isOmittedExpression(element))
              .map(rangeOf),
            empty: '[]',
          };
      }
      node = parent;
    }
    return undefined;
  };
}
