import type { TSESTree } from '@typescript-eslint/utils';
import { AST_NODE_TYPES } from '@typescript-eslint/utils';
import { propertyNameOf, staticStringOf } from '../../ast/static-values';
import type { HeaderWrite } from '../../model/header-write';
import type { CorsFile } from '../file-context';
import type { H3Call } from '../h3-calls';
import { isTrackedHeaderName } from '../header-names';
import { headerWrite } from './header-write';

/** `setResponseHeader(event, name, value)` and `setResponseHeaders(event, { ... })` of h3 (and the append forms). */
export function collectH3Write(file: CorsFile, call: TSESTree.CallExpression, h3: H3Call, writes: HeaderWrite[]): void {
  const [event, first, second] = call.arguments;
  if (h3.fn.role !== 'write' || !event) return;
  const target = file.sourceCode.getText(event);
  const appends = h3.fn.appends ?? false;
  if (h3.fn.form === 'name-value') {
    const name = staticStringOf(first, file.scopeOf);
    if (name && isTrackedHeaderName(name)) writes.push(headerWrite(name.toLowerCase(), second, 'h3', appends, call, target, call));
    return;
  }
  if (first?.type !== AST_NODE_TYPES.ObjectExpression) return;
  for (const property of first.properties) {
    if (property.type !== AST_NODE_TYPES.Property) continue;
    const name = propertyNameOf(property, file.scopeOf);
    if (name && isTrackedHeaderName(name)) writes.push(headerWrite(name.toLowerCase(), property.value, 'h3', appends, property, target, call));
  }
}

/** A property of the headers object an h3 call writes: read there, not as a loose object. */
export function isH3HeadersArgument(property: TSESTree.Property, h3Calls: ReadonlyMap<TSESTree.Node, H3Call>): boolean {
  const call = property.parent.parent;
  return call?.type === AST_NODE_TYPES.CallExpression && call.arguments[1] === property.parent && h3Calls.get(call)?.fn.role === 'write';
}
