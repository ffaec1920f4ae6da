import type { TSESTree } from '@typescript-eslint/utils';
import { AST_NODE_TYPES } from '@typescript-eslint/utils';
import { callsOfMethods } from '../call-index';
import type { CorsFile } from '../file-context';
import { FRAMEWORK_TABLES } from '../../frameworks';
import type { FrameworkTable, MethodCallSite, OptionsLocation, PluginRegisterSite } from '../../frameworks/types';
import { staticValueOf } from '../../ast/static-values';
import type { CorsConfig, OptionsInsertion, OriginOption } from './cors-config';
import { findModuleCalls } from './module-calls';
import { passesGate } from './module-imports';
import { moduleExportOf, sameExport } from './module-value';
import { hasHiddenOptions, lookupOption, resolveValue } from './object-options';
import { findShapedOptions } from './shaped-configs';
import { valueChoices } from './value-choices';
import { corsShapeTable } from '../../frameworks/cors-shape';

type ConfigCall = TSESTree.CallExpression | TSESTree.NewExpression;

const configsCache = new WeakMap<TSESTree.Program, readonly CorsConfig[]>();

/** Options written as a name this file does not define (`cors(corsOptions)` with an imported `corsOptions`). */
export interface OpaqueOptions {
  readonly table: FrameworkTable;
  readonly call: ConfigCall;
  /** The expression that holds the options, followed through `const` names (`require('./cors')`). */
  readonly node: TSESTree.Node;
  /** The options as written at the call (`corsOptions`): where a report goes. */
  readonly written: TSESTree.Node;
  readonly optionsProperty: TSESTree.Property | undefined;
}

const opaqueCache = new WeakMap<TSESTree.Program, OpaqueOptions[]>();

/** The configurations whose options this file cannot see (found by {@link findCorsConfigs}). */
export function findOpaqueOptions(file: CorsFile): readonly OpaqueOptions[] {
  findCorsConfigs(file);
  return opaqueCache.get(file.program) ?? [];
}

/**
 * Every CORS library configuration in the file, with its options read through the library's table.
 * Disabled configurations (`cors: false`, Adonis `enabled: false`) and options we cannot see (a
 * parameter, an options delegate) are left out. Computed once per file.
 */
export function findCorsConfigs(file: CorsFile): readonly CorsConfig[] {
  let configs = configsCache.get(file.program);
  if (configs) return configs;
  opaqueCache.set(file.program, []);
  const found: CorsConfig[] = [];
  for (const { node, table, site } of findModuleCalls(file, FRAMEWORK_TABLES)) found.push(...readConfigs(file, table, node, site.options));
  for (const table of FRAMEWORK_TABLES) {
    for (const site of table.sites) {
      if (site.kind === 'register') for (const call of registerCalls(file, site)) found.push(...readConfigs(file, table, call, site.options));
      if (site.kind === 'method' && passesGate(file, site.gate))
        for (const call of methodCalls(file, site)) found.push(...readConfigs(file, table, call, site.options));
    }
  }
  const seen = new Set(found.flatMap((config) => (config.optionsNode ? [config.optionsNode] : [])));
  for (const options of findShapedOptions(file)) {
    if (seen.has(options)) continue;
    const config = readOptions(file, corsShapeTable, options, options, undefined);
    if (config) found.push(config);
  }
  configs = found.sort((a, b) => a.call.range[0] - b.call.range[0]);
  configsCache.set(file.program, configs);
  return configs;
}

/** `fastify.register(plugin, opts)` whose plugin is one of the site's module exports. */
function registerCalls(file: CorsFile, site: PluginRegisterSite): TSESTree.CallExpression[] {
  return callsOfMethods(file, (method) => method === site.method).filter((call) => {
    if (call.arguments.length === 0) return false;
    const plugin = moduleExportOf(file, call.arguments[0]!);
    return plugin !== undefined && site.exports.some((entry) => sameExport(entry, plugin));
  });
}

function methodCalls(file: CorsFile, site: MethodCallSite): TSESTree.CallExpression[] {
  return callsOfMethods(file, (method) => site.methods.includes(method));
}

/** The configurations one call holds (hapi `server.route([...])` holds several). */
function readConfigs(file: CorsFile, table: FrameworkTable, call: ConfigCall, location: OptionsLocation): CorsConfig[] {
  const index = location.argument === 'last' ? call.arguments.length - 1 : location.argument;
  const argument = index >= 0 ? call.arguments[index] : undefined;
  if (argument?.type === AST_NODE_TYPES.SpreadElement) return [];
  if (!argument) {
    const insertion: OptionsInsertion = { kind: 'argument', index: Math.max(index, call.arguments.length), path: location.paths[0] ?? [] };
    const config = atAbsent(table, call, location, insertion);
    return config ? [config] : [];
  }
  const resolved = resolveValue(file, argument);
  // Every object the argument can evaluate to is one configuration (`isDev ? allowAll : options`).
  const containers =
    location.arrayOfConfigs && resolved.type === AST_NODE_TYPES.ArrayExpression
      ? resolved.elements.flatMap((element) => (element && element.type !== AST_NODE_TYPES.SpreadElement ? [resolveValue(file, element)] : []))
      : valueChoices(file, argument);
  return containers.flatMap((container) => readContainer(file, table, call, location, container === resolved ? argument : container, container));
}

function readContainer(
  file: CorsFile,
  table: FrameworkTable,
  call: ConfigCall,
  location: OptionsLocation,
  argument: TSESTree.Node,
  container: TSESTree.Node,
): CorsConfig[] {
  const some = (config: CorsConfig | undefined) => (config ? [config] : []);
  if (location.paths.some((path) => path.length === 0)) return some(readValue(file, table, call, location, argument, container, undefined));
  // `NestFactory.create(AppModule)`, `new Server(httpServer)`: the last argument is not options.
  if (container.type !== AST_NODE_TYPES.ObjectExpression) return [];
  let firstAbsent: OptionsInsertion | undefined;
  for (const path of location.paths) {
    const found = walkPath(file, container, path);
    if (found.state === 'unknown') return [];
    if (found.state === 'present') {
      const written = found.value;
      // `{ cors: isDev ? allowAll : options }`: each choice is judged.
      return valueChoices(file, written).flatMap((choice) =>
        some(readValue(file, table, call, location, choice === found.resolved ? written : choice, choice, found.property)),
      );
    }
    firstAbsent ??= found.insertion;
  }
  return some(atAbsent(table, call, location, firstAbsent));
}

type PathLookup =
  | { state: 'present'; property: TSESTree.Property; value: TSESTree.Node; resolved: TSESTree.Node }
  | { state: 'absent'; insertion?: OptionsInsertion }
  | { state: 'unknown' };

/** Follows `['routes', 'cors']` through nested object literals. */
function walkPath(file: CorsFile, object: TSESTree.ObjectExpression, path: readonly string[]): PathLookup {
  let current = object;
  for (const [i, key] of path.entries()) {
    const found = lookupOption(file, current, key);
    if (found.state !== 'present') {
      // Only the last key can be added in place; a missing parent (hapi `routes`) means the library default.
      const insertion = i === path.length - 1 ? ({ kind: 'property', object: current, key } as const) : undefined;
      return found.state === 'absent' ? { state: 'absent', insertion } : { state: 'unknown' };
    }
    if (i === path.length - 1) return found;
    if (found.resolved.type !== AST_NODE_TYPES.ObjectExpression) return { state: 'unknown' };
    current = found.resolved;
  }
  return { state: 'unknown' };
}

function atAbsent(
  table: FrameworkTable,
  call: ConfigCall,
  location: OptionsLocation,
  insertion: OptionsInsertion | undefined,
): CorsConfig | undefined {
  if (location.whenAbsent === 'disabled') return undefined;
  return bare(table, call, location.whenAbsent, insertion, undefined);
}

/** A configuration without visible options: the library defaults, or `*` (apollo-server-koa). */
function bare(
  table: FrameworkTable,
  call: ConfigCall,
  source: 'defaults' | 'wildcard',
  insertion: OptionsInsertion | undefined,
  optionsProperty: TSESTree.Property | undefined,
): CorsConfig {
  return {
    library: table.library,
    table,
    call,
    source,
    inline: true,
    optionsProperty,
    insertion,
    originOptions: [],
    originHidden: false,
    credentials: source === 'wildcard' ? false : table.defaults.credentials,
  };
}

/** The value found where the options go: an object, `true` (defaults), `false` (off), or unknown. */
function readValue(
  file: CorsFile,
  table: FrameworkTable,
  call: ConfigCall,
  location: OptionsLocation,
  written: TSESTree.Node,
  resolved: TSESTree.Node,
  optionsProperty: TSESTree.Property | undefined,
): CorsConfig | undefined {
  if (resolved.type === AST_NODE_TYPES.ObjectExpression) return readOptions(file, table, call, resolved, optionsProperty);
  const sources = objectAssignSources(file, resolved);
  if (sources) return readMerged(file, table, call, sources, optionsProperty);
  const known = staticValueOf(resolved, file.scopeOf);
  if (!known) {
    if (resolved.type === AST_NODE_TYPES.Identifier || resolved.type === AST_NODE_TYPES.MemberExpression || resolved.type === AST_NODE_TYPES.CallExpression)
      opaqueCache.get(file.program)?.push({ table, call, node: resolved, written, optionsProperty });
    return undefined;
  }
  if (known.value === true) {
    const source = location.whenAbsent === 'wildcard' ? 'wildcard' : 'defaults';
    return bare(table, call, source, { kind: 'replace', node: written }, optionsProperty);
  }
  if (known.value === undefined && !optionsProperty) {
    return atAbsent(table, call, location, { kind: 'replace', node: written });
  }
  return undefined;
}

export function readOptions(
  file: CorsFile,
  table: FrameworkTable,
  call: CorsConfig['call'],
  options: TSESTree.ObjectExpression,
  optionsProperty: TSESTree.Property | undefined,
): CorsConfig | undefined {
  const { enabled, credentials: credentialsKey } = table.options;
  if (enabled) {
    const switched = lookupOption(file, options, enabled);
    if (switched.state === 'present' && staticValueOf(switched.resolved, file.scopeOf)?.value === false) return undefined;
  }
  const originOptions: OriginOption[] = [];
  let originHidden = false;
  for (const key of table.options.origin) {
    const found = lookupOption(file, options, key);
    if (found.state === 'present') originOptions.push({ key, property: found.property, value: found.value, resolved: found.resolved });
    if (found.state === 'unknown') originHidden = true;
  }
  let credentials: boolean | 'unknown' = table.defaults.credentials;
  let credentialsProperty: TSESTree.Property | undefined;
  if (credentialsKey) {
    const found = lookupOption(file, options, credentialsKey);
    if (found.state === 'unknown') credentials = 'unknown';
    if (found.state === 'present') {
      credentialsProperty = found.property;
      const value = staticValueOf(found.resolved, file.scopeOf)?.value;
      credentials = typeof value === 'boolean' ? value : 'unknown';
    }
  }
  return {
    library: table.library,
    table,
    call,
    source: 'options',
    optionsNode: options,
    inline: options.range[0] >= call.range[0] && options.range[1] <= call.range[1],
    optionsProperty,
    originOptions,
    originNode: originOptions[0]?.value,
    originHidden: originHidden || (originOptions.length === 0 && hasHiddenOptions(file, options)),
    credentials,
    credentialsProperty,
  };
}

/** `Object.assign({}, base, { origin })` whose every argument is an object literal here: the merged options. */
function objectAssignSources(file: CorsFile, node: TSESTree.Node): TSESTree.ObjectExpression[] | undefined {
  if (node.type !== AST_NODE_TYPES.CallExpression || node.arguments.length === 0) return undefined;
  const callee = node.callee;
  if (callee.type !== AST_NODE_TYPES.MemberExpression || callee.object.type !== AST_NODE_TYPES.Identifier || callee.object.name !== 'Object') return undefined;
  if (callee.property.type !== AST_NODE_TYPES.Identifier || callee.property.name !== 'assign' || callee.computed) return undefined;
  if (file.scopeOf(node).set.has('Object')) return undefined;
  const sources = node.arguments.map((argument) => (argument.type === AST_NODE_TYPES.SpreadElement ? argument : resolveValue(file, argument)));
  return sources.every((source) => source.type === AST_NODE_TYPES.ObjectExpression) ? (sources as TSESTree.ObjectExpression[]) : undefined;
}

/**
 * Later sources win: the origin options are read from the last source that sets one, credentials
 * from the last that sets them, and anything a source may hide hides it for all.
 */
function readMerged(
  file: CorsFile,
  table: FrameworkTable,
  call: ConfigCall,
  sources: readonly TSESTree.ObjectExpression[],
  optionsProperty: TSESTree.Property | undefined,
): CorsConfig | undefined {
  const sets = (source: TSESTree.ObjectExpression, key: string | undefined) => key !== undefined && lookupOption(file, source, key).state !== 'absent';
  const last = (key: (source: TSESTree.ObjectExpression) => boolean) => [...sources].reverse().find(key);
  const withOrigin = last((source) => table.options.origin.some((key) => sets(source, key))) ?? sources.at(-1)!;
  const config = readOptions(file, table, call, withOrigin, optionsProperty);
  if (!config) return undefined;
  const withCredentials = last((source) => sets(source, table.options.credentials));
  const credentialsFrom = withCredentials && readOptions(file, table, call, withCredentials, optionsProperty);
  const hidden = sources.some((source) => hasHiddenOptions(file, source));
  return {
    ...config,
    inline: false,
    originHidden: config.originHidden || hidden,
    credentials: credentialsFrom ? credentialsFrom.credentials : hidden ? 'unknown' : table.defaults.credentials,
    ...(credentialsFrom?.credentialsProperty && { credentialsProperty: credentialsFrom.credentialsProperty }),
  };
}
