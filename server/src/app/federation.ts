import { buildSubgraphSchema } from '@apollo/subgraph';
import { printSchemaWithDirectives } from '@graphql-tools/utils';
import { lexicographicSortSchema, parse, type GraphQLSchema } from 'graphql';
import { createResolversMap } from 'type-graphql';

const FEDERATION_LINK =
  'extend schema @link(url: "https://specs.apollo.dev/federation/v2.7", import: ["@key", "@shareable", "@external", "@requires", "@provides", "@inaccessible", "@tag"])';

type ReferenceResolvers = Record<string, { __resolveReference: (...args: never[]) => unknown }>;

/**
 * Turns a TypeGraphQL schema into an Apollo Federation 2 subgraph: the SDL keeps
 * `@key` directives (graphql's own printer drops them) and the resolvers keep
 * TypeGraphQL's middleware, validation and authorization.
 */
export function toSubgraph(schema: GraphQLSchema, references: ReferenceResolvers) {
  const sdl = `${FEDERATION_LINK}\n\n${printSchemaWithDirectives(lexicographicSortSchema(schema))}`;
  const resolvers = createResolversMap(schema) as Record<string, object>;
  for (const [type, ref] of Object.entries(references)) {
    resolvers[type] = { ...(resolvers[type] ?? {}), ...ref };
  }
  const subgraph = buildSubgraphSchema([{ typeDefs: parse(sdl), resolvers: resolvers as never }]);
  return { schema: subgraph, sdl };
}
