import type { TSESTree } from '@typescript-eslint/utils';
import { AST_NODE_TYPES } from '@typescript-eslint/utils';
import type { DropCorsRequestHeadersRepair, DropForbiddenRequestHeadersRepair, Range } from '../../model/repair';
import type { CorsFile } from '../file-context';
import type { Removal } from './header-entry';
import type { ListInfo, ListLookup, RemovalRequest, RemovalShape } from './removal-plan';

/** The plain-data request for a removal that can be done. */
export function removalRequest(removal: Exclude<Removal, { shape: 'none' }>): RemovalRequest {
  switch (removal.shape) {
    case 'list-element':
      return { shape: 'list-element', range: removal.element.range, owners: removal.owners };
    case 'statement':
      return { shape: 'statement', range: removal.statement.range, owners: [] };
    case 'chain-call':
      return { shape: 'chain-call', range: removal.range, owners: [] };
  }
}

/** Lists in the ESLint tree, found from an element's range. */
export function estreeLists(file: CorsFile): ListLookup {
  return (element) => {
    let node: TSESTree.Node | null = file.sourceCode.getNodeByRangeIndex(element[0]);
    while (node) {
      const parent: TSESTree.Node | undefined = node.parent;
      if (parent && node.range[0] === element[0] && node.range[1] === element[1]) {
        if (parent.type === AST_NODE_TYPES.ObjectExpression) return listInfo(parent.range, parent.properties, '{}');
        if (parent.type === AST_NODE_TYPES.ArrayExpression) return listInfo(parent.range, parent.elements, '[]');
      }
      node = parent ?? null;
    }
    return undefined;
  };
}

function listInfo(range: Range, elements: ReadonlyArray<TSESTree.Node | null>, empty: ListInfo['empty']): ListInfo {
  return { range, empty, elements: elements.flatMap((element) => (element ? [element.range] : [])) };
}

const SHAPES: ReadonlySet<string> = new Set<RemovalShape>(['list-element', 'statement', 'chain-call']);

/** A repair that removes request headers; both header transforms read it the same way. */
export type HeaderRemovalRepair = DropForbiddenRequestHeadersRepair | DropCorsRequestHeadersRepair;

/** The repair the codemod applies: the request, with its owners in `details.owners` as JSON. */
export function toRepair(
  request: RemovalRequest,
  header: string,
  client: string,
  kind: HeaderRemovalRepair['kind'] = 'drop-forbidden-request-headers',
): HeaderRemovalRepair {
  return {
    kind,
    removeRange: request.range,
    details: { shape: request.shape, header, client, owners: JSON.stringify(request.owners) },
  };
}

/** The request a repair carries (the inverse of `toRepair`). */
export function fromRepair(repair: HeaderRemovalRepair): RemovalRequest | undefined {
  const shape = repair.details?.shape;
  if (!shape || !SHAPES.has(shape)) return undefined;
  const owners = JSON.parse(repair.details?.owners ?? '[]') as RemovalRequest['owners'];
  return { shape: shape as RemovalShape, range: repair.removeRange, owners };
}
