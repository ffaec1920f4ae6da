import type { TSESTree } from '@typescript-eslint/utils';
import { AST_NODE_TYPES } from '@typescript-eslint/utils';
import { isFunctionNode } from '../ast/functions';
import { propertyNameOf, staticString } from '../ast/static-values';
import { unwrapExpression } from '../ast/unwrap';
import { variableOf } from '../ast/variables';
import type { CorsFile } from './file-context';

/** `NODE_ENV` values that mean a development build; `production` / `prod` mean the opposite. */
const DEVELOPMENT_MODES: ReadonlySet<string> = new Set(['development', 'dev', 'local', 'test']);
const PRODUCTION_MODES: ReadonlySet<string> = new Set(['production', 'prod']);

/** Names of `const`s that hold a mode flag (`isDev`, `isDevelopment`, `dev`, `IS_PROD`, `isProduction`). */
const MODE_FLAG_NAME = /^(is_?)?(dev|development|prod|production|local)(_?mode|_?env)?$/i;

/** `const isDev = isLocal` chains: a few hops, never unbounded. */
const MAX_FLAG_DEPTH = 4;

/**
 * How a mode test goes: `development` is its value in a development build, `unset` its value when
 * the server starts without `NODE_ENV` (absent for Vite's `import.meta.env`, which the bundler sets).
 */
export interface ModeTest {
  readonly development: boolean;
  readonly unset?: boolean;
}

/**
 * In a development build, which way `test` goes: `true` when it holds only in development
 * (`process.env.NODE_ENV !== 'production'`, `isDev`, `import.meta.env.DEV`, `app.get('env') === 'development'`),
 * `false` when it holds only in production, `undefined` when it is not a mode test.
 */
export function developmentSide(file: CorsFile, test: TSESTree.Node, depth = 0): ModeTest | undefined {
  const node = unwrapExpression(test);
  if (node.type === AST_NODE_TYPES.UnaryExpression && node.operator === '!') {
    const inner = developmentSide(file, node.argument, depth);
    return inner && { development: !inner.development, unset: inner.unset === undefined ? undefined : !inner.unset };
  }
  if (node.type === AST_NODE_TYPES.BinaryExpression && ['===', '!==', '==', '!='].includes(node.operator)) {
    const negated = node.operator.startsWith('!');
    const compared = modeComparison(file, node.left, node.right) ?? modeComparison(file, node.right, node.left);
    if (!compared) return undefined;
    return {
      development: compared.development !== negated,
      unset: compared.unset === undefined ? undefined : compared.unset !== negated,
    };
  }
  if (node.type === AST_NODE_TYPES.MemberExpression) {
    const name = propertyNameOf(node, file.scopeOf);
    // `import.meta.env.DEV` / `import.meta.env.PROD` (Vite).
    if (isImportMetaEnv(node.object)) return name === 'DEV' ? { development: true } : name === 'PROD' ? { development: false } : undefined;
    // `config.isDev` from a config module out of sight: the name is all there is.
    return name !== undefined && MODE_FLAG_NAME.test(name) ? namedFlag(name) : undefined;
  }
  if (node.type === AST_NODE_TYPES.Identifier && depth < MAX_FLAG_DEPTH && MODE_FLAG_NAME.test(node.name)) {
    const variable = variableOf(file.scopeOf(node), node);
    // `import { isDev } from './config'`: out of sight, judged by its name.
    if (variable?.defs.length === 1 && variable.defs[0]!.type === 'ImportBinding') return namedFlag(node.name);
    const init = constInit(file, node);
    return init ? developmentSide(file, init, depth + 1) : undefined;
  }
  return undefined;
}

/** A mode flag known only by its name (`isDev`, `isProduction`): which way it goes, not how it is set. */
function namedFlag(name: string): ModeTest {
  return { development: !/prod/i.test(name) };
}

/** `mode === 'development'` where `mode` reads the build mode: the equality's value in development and unset. */
function modeComparison(file: CorsFile, mode: TSESTree.Node, literal: TSESTree.Node): ModeTest | undefined {
  const reader = readsMode(file, mode);
  if (!reader) return undefined;
  const text = staticString(literal, file.scopeOf(literal))?.toLowerCase();
  if (text === undefined || (!DEVELOPMENT_MODES.has(text) && !PRODUCTION_MODES.has(text))) return undefined;
  const unsetValue = UNSET_MODE[reader];
  return { development: DEVELOPMENT_MODES.has(text), unset: unsetValue === null ? undefined : unsetValue === text };
}

type ModeReader = 'node-env' | 'express-env' | 'vite-mode';

/** What each reader gives when `NODE_ENV` is unset: Express defaults `app.get('env')` to `development`. */
const UNSET_MODE: Readonly<Record<ModeReader, string | undefined | null>> = {
  'node-env': undefined,
  'express-env': 'development',
  'vite-mode': null,
};

/** `process.env.NODE_ENV`, `import.meta.env.MODE`, Express's `app.get('env')`. */
function readsMode(file: CorsFile, input: TSESTree.Node): ModeReader | undefined {
  const node = unwrapExpression(input);
  if (node.type === AST_NODE_TYPES.MemberExpression) {
    const name = propertyNameOf(node, file.scopeOf);
    if (name === 'NODE_ENV') return isProcessEnv(file, node.object) ? 'node-env' : undefined;
    if (name === 'MODE') return isImportMetaEnv(node.object) ? 'vite-mode' : undefined;
    return undefined;
  }
  if (node.type === AST_NODE_TYPES.CallExpression && node.arguments.length === 1) {
    const callee = unwrapExpression(node.callee);
    const isEnvSetting =
      callee.type === AST_NODE_TYPES.MemberExpression &&
      propertyNameOf(callee, file.scopeOf) === 'get' &&
      staticString(node.arguments[0], file.scopeOf(node)) === 'env';
    return isEnvSetting ? 'express-env' : undefined;
  }
  if (node.type === AST_NODE_TYPES.Identifier) {
    // `const env = process.env.NODE_ENV`, `const { NODE_ENV } = process.env`.
    const variable = variableOf(file.scopeOf(node), node);
    const def = variable?.defs[0];
    if (variable?.defs.length !== 1 || def?.type !== 'Variable' || def.node.parent.kind !== 'const' || !def.node.init) return undefined;
    if (def.node.id.type === AST_NODE_TYPES.ObjectPattern)
      return node.name === 'NODE_ENV' && isProcessEnv(file, def.node.init) ? 'node-env' : undefined;
    // One alias hop only: `const env = process.env.NODE_ENV`.
    const init = unwrapExpression(def.node.init);
    return def.node.id === def.name && init.type !== AST_NODE_TYPES.Identifier ? readsMode(file, init) : undefined;
  }
  return undefined;
}

function isProcessEnv(file: CorsFile, input: TSESTree.Node): boolean {
  const node = unwrapExpression(input);
  if (node.type !== AST_NODE_TYPES.MemberExpression || propertyNameOf(node, file.scopeOf) !== 'env') return false;
  const object = unwrapExpression(node.object);
  if (object.type !== AST_NODE_TYPES.Identifier || object.name !== 'process') return false;
  const variable = variableOf(file.scopeOf(object), object);
  return !variable || variable.defs.length === 0;
}

function isImportMetaEnv(input: TSESTree.Node): boolean {
  const node = unwrapExpression(input);
  return (
    node.type === AST_NODE_TYPES.MemberExpression &&
    !node.computed &&
    node.property.type === AST_NODE_TYPES.Identifier &&
    node.property.name === 'env' &&
    node.object.type === AST_NODE_TYPES.MetaProperty &&
    node.object.meta.name === 'import'
  );
}

function constInit(file: CorsFile, identifier: TSESTree.Identifier): TSESTree.Node | undefined {
  const variable = variableOf(file.scopeOf(identifier), identifier);
  const def = variable?.defs[0];
  if (variable?.defs.length !== 1 || def?.type !== 'Variable' || def.node.parent.kind !== 'const') return undefined;
  return def.node.id === def.name ? (def.node.init ?? undefined) : undefined;
}

/**
 * The condition of the nearest branch around `node` (inside its function) when that branch runs
 * only in development: `if (process.env.NODE_ENV !== 'production') return callback(null, true)`,
 * `isDev ? true : allowlist`, `if (isProd) { … } else { here }`. Any other branch in between (an
 * origin check) makes it `undefined`: only a mode test alone decides a development-only path.
 */
export function developmentCondition(file: CorsFile, node: TSESTree.Node): DevelopmentBranch | undefined {
  let child: TSESTree.Node = node;
  for (let parent = node.parent; parent && !isFunctionNode(parent) && parent.type !== AST_NODE_TYPES.Program; child = parent, parent = parent.parent) {
    const branch = branchOf(parent, child);
    if (!branch) continue;
    return developmentBranch(file, branch.test, branch.whenTrue);
  }
  return undefined;
}

/** A development-only branch: the mode test as written, and whether a server without `NODE_ENV` takes it. */
export interface DevelopmentBranch {
  readonly condition: string;
  readonly takenWhenUnset: boolean;
}

/** The branch of `test` taken when it is `whenTrue`, if only development takes it. */
export function developmentBranch(file: CorsFile, test: TSESTree.Node, whenTrue: boolean): DevelopmentBranch | undefined {
  const mode = developmentSide(file, test);
  if (mode?.development !== whenTrue) return undefined;
  return { condition: file.sourceCode.getText(test), takenWhenUnset: mode.unset === whenTrue };
}

/** The words a message uses for who else runs a development-only branch. */
export function developmentReach(branch: DevelopmentBranch): string {
  return branch.takenWhenUnset ? 'a server started without NODE_ENV runs it too' : 'any server started in that mode runs it';
}

/** The test `child` sits behind in `parent`, and whether `child` runs when it holds. */
function branchOf(parent: TSESTree.Node, child: TSESTree.Node): { test: TSESTree.Node; whenTrue: boolean } | undefined {
  switch (parent.type) {
    case AST_NODE_TYPES.IfStatement:
      if (child === parent.test) return undefined;
      return { test: parent.test, whenTrue: child === parent.consequent };
    case AST_NODE_TYPES.ConditionalExpression:
      if (child === parent.test) return undefined;
      return { test: parent.test, whenTrue: child === parent.consequent };
    case AST_NODE_TYPES.LogicalExpression:
      if (child === parent.left || parent.operator === '??') return undefined;
      return { test: parent.left, whenTrue: parent.operator === '&&' };
    default:
      return undefined;
  }
}
