import { buildSubgraphSchema } from '@apollo/subgraph';
import { printSchemaWithDirectives } from '@graphql-tools/utils';
import {
  Kind,
  lexicographicSortSchema,
  parse,
  print,
  visit,
  type DirectiveNode,
  type GraphQLSchema,
  isObjectType,
} from 'graphql';
import { createResolversMap } from 'type-graphql';

const FEDERATION_LINK =
  'extend schema @link(url: "https://specs.apollo.dev/federation/v2.7", import: ["@key", "@shareable", "@external", "@requires", "@provides", "@inaccessible", "@tag"])';

type ReferenceResolvers = Record<string, { __resolveReference: (...args: never[]) => unknown }>;

const FEDERATED_TAG: DirectiveNode = {
  kind: Kind.DIRECTIVE,
  name: { kind: Kind.NAME, value: 'tag' },
  arguments: [{ kind: Kind.ARGUMENT, name: { kind: Kind.NAME, value: 'name' }, value: { kind: Kind.STRING, value: 'federated' } }],
};

/** Fails the build when the list of shared fields names a field the schema does not have. */
function assertFieldsExist(schema: GraphQLSchema, fields: Readonly<Record<string, readonly string[]>>) {
  for (const [typeName, names] of Object.entries(fields)) {
    const type = schema.getType(typeName);
    const known = isObjectType(type) ? type.getFields() : {};
    const missing = names.filter((n) => !known[n]);
    if (missing.length) throw new Error(`Federated fields not in the schema: ${missing.map((n) => `${typeName}.${n}`).join(', ')}`);
  }
}

/**
 * Turns a TypeGraphQL schema into an Apollo Federation 2 subgraph: the SDL keeps
 * `@key` directives (graphql's own printer drops them), tags the fields shared
 * with other bureaus `@tag(name: "federated")`, and the resolvers keep
 * TypeGraphQL's middleware, validation and authorization.
 */
export function toSubgraph(
  schema: GraphQLSchema,
  references: ReferenceResolvers,
  federatedFields: Readonly<Record<string, readonly string[]>> = {},
) {
  assertFieldsExist(schema, federatedFields);
  const printed = parse(`${FEDERATION_LINK}\n\n${printSchemaWithDirectives(lexicographicSortSchema(schema))}`);
  const typeDefs = visit(printed, {
    ObjectTypeDefinition(node) {
      const shared = federatedFields[node.name.value];
      if (!shared) return undefined;
      return {
        ...node,
        fields: node.fields?.map((f) => (shared.includes(f.name.value) ? { ...f, directives: [...(f.directives ?? []), FEDERATED_TAG] } : f)),
      };
    },
  });
  const resolvers = createResolversMap(schema) as Record<string, object>;
  for (const [type, ref] of Object.entries(references)) {
    resolvers[type] = { ...(resolvers[type] ?? {}), ...ref };
  }
  const subgraph = buildSubgraphSchema([{ typeDefs, resolvers: resolvers as never }]);
  return { schema: subgraph, sdl: print(typeDefs) };
}
