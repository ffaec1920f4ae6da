import type { TSESTree } from '@typescript-eslint/utils';
import { CALL, CONSTRUCT } from '@eslint-community/eslint-utils';
import { nameValueCall, readHeadersInit, readRequestOptions } from '../containers';
import type { ClientId } from '../header-entry';
import { traceModule, traceValue, type Handler, type HandlerMap, type Scan } from '../scan';

/** A client export whose options object at `argument` has a `headers` property. */
interface OptionBagSite {
  readonly exportName: string;
  readonly kind: typeof CALL | typeof CONSTRUCT;
  readonly argument: number;
  /** Methods of the instance that set headers: `(name, value)` or a whole headers object. */
  readonly instance?: { readonly nameValue?: readonly string[]; readonly object?: readonly string[] };
}

/** Browser GraphQL clients, read the same way: the headers of their options, and setters on the instance. */
const OPTION_BAG_CLIENTS: Readonly<Record<string, { readonly client: ClientId; readonly sites: readonly OptionBagSite[] }>> = {
  '@apollo/client': {
    client: 'apollo',
    sites: [
      { exportName: 'ApolloClient', kind: CONSTRUCT, argument: 0 },
      { exportName: 'HttpLink', kind: CONSTRUCT, argument: 0 },
      { exportName: 'createHttpLink', kind: CALL, argument: 0 },
    ],
  },
  'graphql-request': {
    client: 'graphql-request',
    sites: [{ exportName: 'GraphQLClient', kind: CONSTRUCT, argument: 1, instance: { nameValue: ['setHeader'], object: ['setHeaders'] } }],
  },
};

function siteHandler(client: ClientId, site: OptionBagSite): Handler {
  const instance: HandlerMap = Object.fromEntries([
    ...(site.instance?.nameValue ?? []).map((method) => [method, { [CALL]: nameValueCall(client, true) }]),
    ...(site.instance?.object ?? []).map((method) => [method, { [CALL]: objectCall(client) }]),
  ]);
  return (scan, node) => {
    readRequestOptions(scan, client, (node as TSESTree.CallExpression | TSESTree.NewExpression).arguments[site.argument]);
    if (site.instance) traceValue(scan, node, instance);
  };
}

/** `client.setHeaders({ ... })`: a whole headers object. */
function objectCall(client: ClientId): Handler {
  return (scan, node) => readHeadersInit(scan, (node as TSESTree.CallExpression).arguments[0], { client, owners: [] });
}

/** The option-bag clients, through every import form of their modules. */
export function traceOptionBagClients(scan: Scan): void {
  for (const [module, { client, sites }] of Object.entries(OPTION_BAG_CLIENTS)) {
    const map: HandlerMap = Object.fromEntries(sites.map((site) => [site.exportName, { [site.kind]: siteHandler(client, site) }]));
    traceModule(scan, module, map, map);
  }
}
