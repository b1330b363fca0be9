import { defaultFieldResolver, isObjectType, type GraphQLFieldResolver, type GraphQLSchema } from 'graphql';
import { getMetadataStorage } from 'type-graphql';
import type { AppContext } from './context';
import { plainFieldsOf } from './plain-fields';
import { currentRequestMeta } from './request-context';

/** A check that runs before a field resolves; it throws to refuse the field. */
export type FieldGuard = (parentType: string, fieldName: string) => ((context: AppContext, info: Parameters<GraphQLFieldResolver<unknown, AppContext>>[3]) => void) | undefined;

/** Names the mutation being executed so its audit events say which command made them. */
export const attributeCommand: FieldGuard = (parentType, fieldName) =>
  parentType === 'Mutation'
    ? () => {
        const meta = currentRequestMeta();
        if (meta) meta.command = fieldName;
      }
    : undefined;

/**
 * Applies field guards to the built schema as plain synchronous wrappers of the
 * resolvers that need them. (TypeGraphQL's global middlewares would do the same,
 * but they turn every field of every answer — a page of 500 rows has thousands —
 * into a chain of promises: a third of the CPU time of a nested list.)
 */
export function guardFields(schema: GraphQLSchema, guards: readonly FieldGuard[]): void {
  for (const type of Object.values(schema.getTypeMap())) {
    if (!isObjectType(type) || type.name.startsWith('__')) continue;
    for (const field of Object.values(type.getFields())) {
      const checks = guards.map((g) => g(type.name, field.name)).filter((c) => c !== undefined);
      if (checks.length === 0) continue;
      const resolve = field.resolve ?? defaultFieldResolver;
      field.resolve = (source, args, context: AppContext, info) => {
        for (const check of checks) check(context, info);
        return resolve(source, args, context, info);
      };
    }
  }
}

/**
 * TypeGraphQL resolves every `@Field` through a wrapper of its own (a resolver-data object and a
 * middleware dispatch for each field of each row: thousands in a nested list). A plain field (see
 * `plainFieldsOf`) is left to graphql-js's default resolver instead, which reads the same property.
 * Call it before `guardFields`, which wraps whatever resolver a field then has.
 */
export function plainFieldsToDefault(schema: GraphQLSchema): number {
  let count = 0;
  for (const objectType of getMetadataStorage().objectTypes) {
    const type = schema.getType(objectType.name);
    if (!isObjectType(type)) continue;
    const fields = type.getFields();
    for (const name of plainFieldsOf(objectType.target) ?? []) {
      const field = fields[name];
      if (field?.resolve) {
        field.resolve = undefined;
        count += 1;
      }
    }
  }
  return count;
}
