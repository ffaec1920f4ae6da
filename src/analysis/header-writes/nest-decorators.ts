import type { TSESTree } from '@typescript-eslint/utils';
import { AST_NODE_TYPES } from '@typescript-eslint/utils';
import { CALL } from '@eslint-community/eslint-utils';
import { staticStringOf } from '../../ast/static-values';
import type { HeaderWrite } from '../../model/header-write';
import type { CorsFile } from '../file-context';
import { isTrackedHeaderName } from '../header-names';
import { moduleReferenceNodes } from '../module-references';
import { headerWrite } from './header-write';

/** `@Header(name, value)` from `@nestjs/common`, as a decorator. */
export function nestHeaderDecorators(file: CorsFile): TSESTree.CallExpression[] {
  const header = { Header: { [CALL]: true } };
  return [...moduleReferenceNodes(file, { '@nestjs/common': { esm: header, cjs: header } })].filter(
    (node): node is TSESTree.CallExpression => node.type === AST_NODE_TYPES.CallExpression && node.parent.type === AST_NODE_TYPES.Decorator,
  );
}

/** One Nest route handler's responses carry every `@Header` on it: the handler is the response. */
export function collectDecoratorWrite(file: CorsFile, call: TSESTree.CallExpression, writes: HeaderWrite[]): void {
  const [nameNode, value] = call.arguments;
  const name = staticStringOf(nameNode, file.scopeOf);
  const handler = call.parent.parent;
  if (!name || !isTrackedHeaderName(name) || !handler) return;
  writes.push(headerWrite(name.toLowerCase(), value, 'decorator', false, call, `handler@${handler.range[0]}`, call));
}
