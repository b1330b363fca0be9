import { composeServices } from '@apollo/composition';
import { ApolloGateway, RemoteGraphQLDataSource } from '@apollo/gateway';
import { ApolloServer } from '@apollo/server';
import { parse, type GraphQLFormattedError } from 'graphql';
import { IDENTITY_HEADER, signIdentity, type IdentityClaims } from '../../server/src/app/identity';
import { ROUTER_SECRET_HEADER } from '../../server/src/app/router-gate';

/** The end user the router serves: identified by the router (signed claims) or by our sign-in token. */
export interface EndUser {
  claims?: Omit<IdentityClaims, 'exp'>;
  token?: string;
}

export interface SubgraphEntry {
  name: string;
  sdl: string;
  /** One URL, or several instances of the same subgraph that the router takes in turn. */
  urls: string[];
}

export interface Router {
  /** Composition hints (an empty list is what CI expects). */
  hints: string[];
  /** Requests sent, by subgraph URL. */
  sent: Map<string, number>;
  run(query: string, variables?: Record<string, unknown>, user?: EndUser): Promise<{ data?: any; errors?: readonly GraphQLFormattedError[] }>;
  stop(): Promise<void>;
}

/**
 * What a bureau's router does with our subgraph, in-process: compose the
 * supergraph with @apollo/composition, plan with @apollo/gateway, and send our
 * subgraph the router secret and the end user's signed identity.
 */
export async function startRouter(subgraphs: SubgraphEntry[], auth: { subgraph: string; secret: string; identityKey: string }): Promise<Router> {
  const composed = composeServices(subgraphs.map((s) => ({ name: s.name, typeDefs: parse(s.sdl), url: s.urls[0] })));
  if (composed.errors) throw new Error(`composition failed: ${composed.errors.map(String).join('; ')}`);
  const sent = new Map<string, number>();
  const turn = new Map<string, number>();

  class RouterDataSource extends RemoteGraphQLDataSource<EndUser> {
    constructor(private readonly subgraph: SubgraphEntry) {
      super({ url: subgraph.urls[0] });
    }

    override willSendRequest({ request, context }: Parameters<NonNullable<RemoteGraphQLDataSource<EndUser>['willSendRequest']>>[0]) {
      const n = turn.get(this.subgraph.name) ?? 0;
      turn.set(this.subgraph.name, n + 1);
      const url = this.subgraph.urls[n % this.subgraph.urls.length];
      // The gateway reads the URL from here when it sends; turning it spreads the load over instances.
      (request.http as { url: string }).url = url;
      sent.set(url, (sent.get(url) ?? 0) + 1);
      if (this.subgraph.name !== auth.subgraph) return;
      request.http!.headers.set(ROUTER_SECRET_HEADER, auth.secret);
      const user = context as EndUser | undefined;
      if (user?.claims) {
        const exp = Math.floor(Date.now() / 1000) + 60;
        request.http!.headers.set(IDENTITY_HEADER, signIdentity({ ...user.claims, exp }, auth.identityKey));
      } else if (user?.token) {
        request.http!.headers.set('authorization', `Bearer ${user.token}`);
      }
    }
  }

  const byName = new Map(subgraphs.map((s) => [s.name, s]));
  const gateway = new ApolloGateway({
    supergraphSdl: composed.supergraphSdl,
    buildService: ({ name }) => new RouterDataSource(byName.get(name)!),
  });
  const server = new ApolloServer<EndUser>({ gateway });
  await server.start();
  return {
    hints: composed.hints.map((h) => h.toString()),
    sent,
    run: async (query, variables, user = {}) => {
      const res = await server.executeOperation({ query, variables }, { contextValue: user });
      if (res.body.kind !== 'single') throw new Error('unexpected incremental response');
      return res.body.singleResult;
    },
    stop: () => server.stop(),
  };
}
