import type { TSESTree } from '@typescript-eslint/utils';

/**
 * The few node kinds the analysis looks at, gathered during ESLint's own traversal
 * so no analyzer walks the tree again.
 */
export interface CollectedNodes {
  readonly calls: TSESTree.CallExpression[];
  readonly news: TSESTree.NewExpression[];
  readonly assignments: TSESTree.AssignmentExpression[];
  /** Object-literal properties, for header objects (`{ 'Access-Control-Allow-Origin': o }`). */
  readonly properties: TSESTree.Property[];
  /** Two-element arrays, for header tuples (`[['Vary', 'Origin']]`). */
  readonly pairs: TSESTree.ArrayExpression[];
  readonly binaryChecks: TSESTree.BinaryExpression[];
  readonly switches: TSESTree.SwitchStatement[];
  /** Return statements, for what a callback answers (`origin: (o) => { return o }`). */
  readonly returns: TSESTree.ReturnStatement[];
}

export function createCollectedNodes(): CollectedNodes {
  return { calls: [], news: [], assignments: [], properties: [], pairs: [], binaryChecks: [], switches: [], returns: [] };
}

/** Listeners that fill `nodes`; registered by exactly one rule per file. */
export function collectorListeners(nodes: CollectedNodes) {
  return {
    CallExpression: (node: TSESTree.CallExpression) => void nodes.calls.push(node),
    NewExpression: (node: TSESTree.NewExpression) => void nodes.news.push(node),
    AssignmentExpression: (node: TSESTree.AssignmentExpression) => void nodes.assignments.push(node),
    Property: (node: TSESTree.Property) => void nodes.properties.push(node),
    'ArrayExpression[elements.length=2]': (node: TSESTree.ArrayExpression) => void nodes.pairs.push(node),
    'BinaryExpression[operator=/^[!=]==?$/]': (node: TSESTree.BinaryExpression) => void nodes.binaryChecks.push(node),
    SwitchStatement: (node: TSESTree.SwitchStatement) => void nodes.switches.push(node),
    ReturnStatement: (node: TSESTree.ReturnStatement) => void nodes.returns.push(node),
  };
}

/**
 * The items of a list sorted by start position (a bucket: buckets fill in traversal order) whose
 * node lies within `outer`. A binary search finds the first one: no scan of the whole file per question.
 */
export function collectedWithin<T extends TSESTree.Node>(bucket: readonly T[], outer: TSESTree.Node): T[];
export function collectedWithin<T>(sorted: readonly T[], outer: TSESTree.Node, nodeOf: (item: T) => TSESTree.Node): T[];
export function collectedWithin<T>(
  sorted: readonly T[],
  outer: TSESTree.Node,
  nodeOf: (item: T) => TSESTree.Node = (item) => item as TSESTree.Node,
): T[] {
  const [start, end] = outer.range;
  let low = 0;
  let high = sorted.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if (nodeOf(sorted[middle]!).range[0] < start) low = middle + 1;
    else high = middle;
  }
  const found: T[] = [];
  for (let i = low; i < sorted.length; i++) {
    const range = nodeOf(sorted[i]!).range;
    if (range[0] >= end) break;
    if (range[1] <= end) found.push(sorted[i]!);
  }
  return found;
}
