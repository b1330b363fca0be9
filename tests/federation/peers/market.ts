import fs from 'node:fs';
import path from 'node:path';
import { ApolloServer } from '@apollo/server';
import { ApolloServerPluginInlineTraceDisabled } from '@apollo/server/plugin/disabled';
import { startStandaloneServer } from '@apollo/server/standalone';
import { buildSubgraphSchema } from '@apollo/subgraph';
import { parse } from 'graphql';

// A neighbouring bureau's subgraph: market regulation (市场监管局). It adds the
// business licence to our Enterprise (joined on the unified social credit code)
// and names one of our units in its joint inspections (双随机、一公开).
export const MARKET_SDL = fs.readFileSync(path.join(__dirname, 'market.graphql'), 'utf8');

export interface Licence {
  status: 'VALID' | 'SUSPENDED' | 'REVOKED';
  registrationAuthority: string;
  issuedOn: string;
}

export interface InspectionRow {
  id: string;
  creditCode: string;
  unitCode: string;
  result: string;
}

export interface MarketPeer {
  url: string;
  /** How many representations our subgraph's router asked this peer to resolve. */
  referencesResolved(): number;
  stop(): Promise<void>;
}

export async function startMarketPeer(licences: Map<string, Licence>, inspections: InspectionRow[]): Promise<MarketPeer> {
  let resolved = 0;
  const resolvers = {
    Query: { inspections: () => inspections },
    Enterprise: {
      __resolveReference(ref: { creditCode: string }) {
        resolved += 1;
        return { creditCode: ref.creditCode };
      },
      licence: (e: { creditCode: string }) => licences.get(e.creditCode) ?? null,
    },
    Inspection: {
      enterprise: (i: InspectionRow) => ({ creditCode: i.creditCode }),
      jointUnit: (i: InspectionRow) => ({ code: i.unitCode }),
    },
  };
  const server = new ApolloServer({
    schema: buildSubgraphSchema([{ typeDefs: parse(MARKET_SDL), resolvers: resolvers as never }]),
    plugins: [ApolloServerPluginInlineTraceDisabled()],
  });
  const { url } = await startStandaloneServer(server, { listen: { port: 0, host: '127.0.0.1' } });
  return { url, referencesResolved: () => resolved, stop: () => server.stop() };
}
