import type { TSESTree } from '@typescript-eslint/utils';
import type { Range } from '../../model/repair';

/** The client API a request header was set through; picks the wording of hints. */
export type ClientId = 'fetch' | 'request' | 'headers' | 'xhr' | 'axios' | 'ky' | 'ofetch' | 'superagent' | 'jquery' | 'angular' | 'apollo' | 'graphql-request';

/** How a header disappears from the source. */
export type Removal =
  /** A property of a headers object, or a `[name, value]` pair of a headers array. */
  | {
      readonly shape: 'list-element';
      readonly element: TSESTree.Node;
      /**
       * What to remove instead once the list holding `element` would be left empty, innermost
       * first: the `headers:` property, an axios bucket, or superagent's `.set({...})` call.
       */
      readonly owners: readonly OwnerRemoval[];
    }
  /** A whole statement such as `headers.set('Origin', o);` or `cfg.headers.Origin = o;`. */
  | { readonly shape: 'statement'; readonly statement: TSESTree.Node }
  /** A link of a fluent chain, `.set('Origin', o)` in `request.get(u).set('Origin', o).end()`. */
  | { readonly shape: 'chain-call'; readonly range: Range }
  /** Nothing can be removed without changing other behaviour. */
  | { readonly shape: 'none'; readonly reason: string };

export type OwnerRemoval =
  | { readonly shape: 'list-element'; readonly range: Range }
  | { readonly shape: 'statement'; readonly range: Range }
  | { readonly shape: 'chain-call'; readonly range: Range };

/** One request header a client API sets, with a statically known name. */
export interface HeaderEntry {
  readonly client: ClientId;
  /** The header name in the source: a property key, a string argument, a pair's first element. */
  readonly nameNode: TSESTree.Node;
  readonly name: string;
  readonly value: TSESTree.Node | undefined;
  readonly removal: Removal;
}

/** A request options object (`fetch` init, axios config, ky/ofetch options) as a client reads it. */
export interface RequestSite {
  readonly client: ClientId;
  readonly options: TSESTree.ObjectExpression;
  /** The call or `new` the options were passed to, when passed directly or through a name. */
  readonly call: TSESTree.CallExpression | TSESTree.NewExpression | undefined;
}
