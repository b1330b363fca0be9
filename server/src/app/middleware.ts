import { defaultFieldResolver, isObjectType, type GraphQLFieldResolver, type GraphQLSchema } from 'graphql';
import { getMetadataStorage } from 'type-graphql';
import type { AppContext } from './context';
import { isLeanRow } from './lean-rows';
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

type Reader = (root: unknown, args: Record<string, unknown>, context: unknown, info: unknown) => unknown;
type ParamMetadata = NonNullable<ReturnType<typeof getMetadataStorage>['fieldResolvers'][number]['params']>[number];

/** How a direct call reads one parameter, or undefined when only TypeGraphQL's handler may (input objects, args classes, custom decorators). */
function readerOf(param: ParamMetadata, inputClasses: ReadonlySet<unknown>): Reader | undefined {
  switch (param.kind) {
    case 'root':
      // The root as it is: the direct call is made only for roots TypeGraphQL would not convert.
      return param.propertyName ? undefined : (root) => root;
    case 'context':
      return param.propertyName ? (_r, _a, context) => (context as Record<string, unknown>)[param.propertyName!] : (_r, _a, context) => context;
    case 'info':
      return (_r, _a, _c, info) => info;
    case 'arg': {
      // A scalar or enum argument is handed over as graphql-js gives it; TypeGraphQL validates only objects.
      if (param.validateFn || inputClasses.has(param.getType())) return undefined;
      const name = param.name;
      return (_r, args) => args[name];
    }
    default:
      return undefined;
  }
}

/**
 * TypeGraphQL calls a field resolver through a handler of its own: it sorts and maps the
 * parameters on every call and validates each argument in an async function (a promise for each,
 * even a number, then Promise.all): several promises a call, hundreds in a nested list. A field
 * resolver of an object type whose parameters are the root, the context, the resolve info and
 * scalar arguments, with no roles or middlewares, is called directly instead, with the same
 * parameters, on the one instance of its resolver class (as TypeGraphQL's default container keeps).
 * Call it before `guardFields`.
 */
export function directFieldResolvers(schema: GraphQLSchema, resolverClasses: readonly unknown[]): number {
  const storage = getMetadataStorage();
  const built = new Set(resolverClasses);
  const patched = new Set<unknown>();
  const inputClasses = new Set<unknown>([...storage.inputTypes.map((i) => i.target), ...storage.argumentTypes.map((a) => a.target)]);
  const instances = new Map<unknown, Record<string, (...params: unknown[]) => unknown>>();
  let count = 0;
  for (const r of storage.fieldResolvers) {
    // Only the resolvers the schema was built from; of two for one field, the first decides (as in TypeGraphQL).
    if (!built.has(r.target) || r.kind !== 'external' || !r.getObjectType) continue;
    const objectType = storage.objectTypes.find((o) => o.target === r.getObjectType!());
    const type = objectType && schema.getType(objectType.name);
    const field = isObjectType(type) ? type.getFields()[r.schemaName] : undefined;
    if (!field?.resolve || patched.has(field)) continue;
    patched.add(field);
    if (r.roles !== undefined || r.middlewares?.length) continue;
    const params = [...(r.params ?? [])].sort((a, b) => a.index - b.index);
    const readers = params.map((p) => readerOf(p, inputClasses));
    if (params.some((p, i) => p.index !== i) || readers.some((read) => !read)) continue;
    let instance = instances.get(r.target);
    if (!instance) instances.set(r.target, (instance = new (r.target as new () => Record<string, (...params: unknown[]) => unknown>)()));
    const target = instance;
    const method = target[r.methodName]!;
    const read = readers as Reader[];
    // TypeGraphQL turns a root that is not an instance of the root parameter's class into one (a new
    // entity with the root's properties); entities and lean rows (whose fields the resolvers that lean
    // rows allow read as they read an entity's) need no such copy, anything else keeps that handler.
    const rootClass = params.find((p) => p.kind === 'root')?.getType?.();
    const converted = field.resolve;
    const direct = (root: unknown) => root == null || typeof rootClass !== 'function' || root instanceof rootClass || isLeanRow(root);
    field.resolve = (root, args, context, info) =>
      direct(root) ? method.apply(target, read.map((reader) => reader(root, args, context, info))) : converted(root, args, context, info);
    count += 1;
  }
  return count;
}
