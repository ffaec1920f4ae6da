import type { TSESTree } from '@typescript-eslint/utils';
import type { FrameworkTable } from '../../frameworks/types';

/** One option that decides the allowed origin (`origin`, or middy's `origins` / `getOrigin`). */
export interface OriginOption {
  readonly key: string;
  readonly property: TSESTree.Property;
  /** The value as written. */
  readonly value: TSESTree.Node;
  /** The value followed through `const` identifiers (`origin: allowed` → the array `allowed` holds). */
  readonly resolved: TSESTree.Node;
}

/** Where options go when the configuration has none: what the codemod edits. */
export type OptionsInsertion =
  /** `createYoga({ schema })`: add `key` to this object. */
  | { readonly kind: 'property'; readonly object: TSESTree.ObjectExpression; readonly key: string }
  /** `cors()`: add an argument at `index`, nested under `path` (`createYoga()` → `{ cors: ... }`). */
  | { readonly kind: 'argument'; readonly index: number; readonly path: readonly string[] }
  /** `{ cors: true }`: replace the `true` with options. */
  | { readonly kind: 'replace'; readonly node: TSESTree.Node };

/** One CORS library configuration site, as its table reads it. */
export interface CorsConfig {
  readonly library: string;
  readonly table: FrameworkTable;
  /**
   * The call or `new` that configures CORS (`cors(...)`, `fastify.register(...)`, `new Server(...)`),
   * or the options object itself when it was recognized by its shape (its consumer is elsewhere).
   */
  readonly call: TSESTree.CallExpression | TSESTree.NewExpression | TSESTree.ObjectExpression;
  /**
   * `options`: an options object literal is visible; `defaults`: the library defaults apply
   * (`cors()`, `{ cors: true }`); `wildcard`: CORS is on with `*` whatever the options (apollo-server-koa).
   */
  readonly source: 'options' | 'defaults' | 'wildcard';
  /** The CORS options object literal, resolved through identifiers, when `source` is `options`. */
  readonly optionsNode?: TSESTree.ObjectExpression;
  /** Whether `optionsNode` is written inside the call (so the library's types apply to it). */
  readonly inline: boolean;
  /** The property holding the options when they sit under a key (`cors: {...}`, `cors: true`). */
  readonly optionsProperty?: TSESTree.Property;
  /** Where to write options when there are none. */
  readonly insertion?: OptionsInsertion;
  /** The origin options present, in the table's precedence order. */
  readonly originOptions: readonly OriginOption[];
  /** The first origin option's value as written (for the weak-check analysis). */
  readonly originNode?: TSESTree.Node;
  /** An origin option may be set where we cannot see it (a spread of something unknown). */
  readonly originHidden: boolean;
  /** Whether credentials are on: the option's static value, the library default, or unknown. */
  readonly credentials: boolean | 'unknown';
  readonly credentialsProperty?: TSESTree.Property;
}
