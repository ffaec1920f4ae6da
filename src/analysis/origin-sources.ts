import type { TSESTree } from '@typescript-eslint/utils';
import type { CorsFile } from './file-context';

/** Where a value that carries the request `Origin` comes from. */
export interface OriginSource {
  /** The expression that reads the header or names the callback parameter. */
  readonly node: TSESTree.Node;
  readonly kind: 'header-read' | 'callback-parameter';
  /** Source text that re-reads the origin in the same scope, e.g. `req.headers.origin`. */
  readonly text: string;
}

/**
 * The request-Origin source an expression's value derives from, following aliases, `||`/`??`,
 * ternaries, template literals and same-file helpers; `undefined` when it does not carry the Origin.
 */
export function originSourceOf(_file: CorsFile, _expression: TSESTree.Node): OriginSource | undefined {
  return undefined;
}
