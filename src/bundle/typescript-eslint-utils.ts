/**
 * The parts of `@typescript-eslint/utils` that the plugin runs, for the build only: tsup points the
 * package's imports here (see tsup.config.ts), so the bundle carries these few helpers instead of the
 * whole package, whose wrappers load ESLint's internals and whose peer dependency installs TypeScript.
 */
export { AST_NODE_TYPES } from '@typescript-eslint/types';
export * as ASTUtils from '@typescript-eslint/utils/ast-utils';
export * as ESLintUtils from '@typescript-eslint/utils/eslint-utils';
