import type { TSESTree } from '@typescript-eslint/utils';
import { isFunctionNode, type FunctionNode } from '../../ast/functions';
import { unwrapExpression } from '../../ast/unwrap';
import type { CorsFile } from '../file-context';
import { resolveFunction } from '../library-configs/callback-function';
import { importedValue, isImportedName } from './imported-value';

/** A function another module of the project exports, as this file calls it. */
export interface ImportedFunction {
  readonly file: CorsFile;
  readonly fn: FunctionNode;
}

/** The project function a call's callee imports (`setCorsHeaders(...)`, `cors.apply(...)` of a namespace). */
export function importedFunction(file: CorsFile, call: TSESTree.CallExpression): ImportedFunction | undefined {
  const callee = unwrapExpression(call.callee);
  if (!isImportedName(file, callee)) return undefined;
  const imported = importedValue(file, callee);
  if (!imported) return undefined;
  const fn = isFunctionNode(imported.node) ? imported.node : resolveFunction(imported.file, imported.node);
  return fn && { file: imported.file, fn };
}
