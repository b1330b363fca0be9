import { getMetadataStorage } from 'type-graphql';

/** The class TypeGraphQL keys an object type's metadata by. */
type TypeClass = ReturnType<typeof getMetadataStorage>['objectTypes'][number]['target'];

let found: Map<TypeClass, ReadonlySet<string>> | undefined;

/**
 * The plain fields of a TypeGraphQL object type: those that read the property of their own name
 * and have no arguments, roles (not even an access rule without roles), middlewares or field
 * resolver (one declared for the type, a class it extends or an interface it implements). The
 * class's own fields come before those it inherits, and the first declaration of a name decides.
 * Undefined until the schema is built, when field resolvers know their types.
 */
export function plainFieldsOf(type: TypeClass): ReadonlySet<string> | undefined {
  if (!found) {
    const storage = getMetadataStorage();
    if (storage.fieldResolvers.some((r) => !r.getObjectType)) return undefined;
    const classes = [...storage.objectTypes, ...storage.interfaceTypes];
    found = new Map();
    for (const objectType of storage.objectTypes) {
      const chain: unknown[] = [];
      for (let c: unknown = objectType.target; typeof c === 'function' && c !== Function.prototype; c = Object.getPrototypeOf(c)) chain.push(c);
      const related = new Set([...chain, ...chain.flatMap((c) => classes.find((o) => o.target === c)?.interfaceClasses ?? [])]);
      const resolved = new Set(storage.fieldResolvers.filter((r) => related.has(r.getObjectType!())).map((r) => r.schemaName));
      const plain = new Set<string>();
      const seen = new Set<string>();
      for (const c of chain) {
        for (const f of classes.find((o) => o.target === c)?.fields ?? []) {
          if (seen.has(f.schemaName)) continue;
          seen.add(f.schemaName);
          if (f.name === f.schemaName && !f.params?.length && f.roles === undefined && !f.middlewares?.length && !resolved.has(f.schemaName)) {
            plain.add(f.schemaName);
          }
        }
      }
      found.set(objectType.target, plain);
    }
  }
  return found.get(type) ?? new Set();
}
