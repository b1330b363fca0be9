import { Authorized, getMetadataStorage } from 'type-graphql';
import type { GraphQLSchema } from 'graphql';
import { Role } from './roles';

/** Anyone, signed in or not (login, public intake). */
export const PUBLIC = 'PUBLIC' as const;
/** Any signed-in user, whatever the role. */
export const SIGNED_IN = 'SIGNED_IN' as const;

type Rule = typeof PUBLIC | typeof SIGNED_IN | Role;

const publicOperations = new Set<string>();
const key = (target: object, method: string | symbol) => `${(target as { constructor: { name: string } }).constructor.name}.${String(method)}`;

/**
 * Declares who may call a query or mutation. Every root field must carry one:
 * the schema build refuses to start otherwise (deny by default).
 */
export function Access(...rules: Rule[]): MethodDecorator {
  if (rules.length === 0) throw new Error('Access() needs at least one rule');
  return (target, method, descriptor) => {
    if (rules.includes(PUBLIC)) {
      publicOperations.add(key(target, method));
      return;
    }
    const roles = rules.includes(SIGNED_IN) ? [] : (rules as Role[]);
    Authorized(...roles)(target, method, descriptor);
  };
}

/** Root fields whose resolvers declare no access rule; the server refuses to start when any exist. */
export function operationsWithoutAccessRule(schema: GraphQLSchema): string[] {
  const storage = getMetadataStorage();
  const declared = new Set<string>();
  for (const a of storage.authorizedFields) declared.add(`${a.target.name}.${a.fieldName}`);
  for (const p of publicOperations) declared.add(p);
  const missing: string[] = [];
  const handlers = [
    ...storage.queries.map((q) => ({ root: 'Query', h: q })),
    ...storage.mutations.map((m) => ({ root: 'Mutation', h: m })),
  ];
  for (const root of ['Query', 'Mutation'] as const) {
    const type = root === 'Query' ? schema.getQueryType() : schema.getMutationType();
    for (const field of Object.keys(type?.getFields() ?? {})) {
      // Added by the federation runtime: _entities applies each entity's own access rule.
      if (field === '_service' || field === '_entities') continue;
      const handler = handlers.find((x) => x.root === root && x.h.schemaName === field);
      if (!handler || !declared.has(`${handler.h.target.name}.${handler.h.methodName}`)) {
        missing.push(`${root}.${field}`);
      }
    }
  }
  return missing;
}

/** The roles allowed to call a root field, for the role matrix (PUBLIC and SIGNED_IN as markers). */
export function accessRuleOf(root: 'Query' | 'Mutation', field: string): Rule[] | undefined {
  const storage = getMetadataStorage();
  const list = root === 'Query' ? storage.queries : storage.mutations;
  const handler = list.find((h) => h.schemaName === field);
  if (!handler) return undefined;
  const k = `${handler.target.name}.${handler.methodName}`;
  if (publicOperations.has(k)) return [PUBLIC];
  const a = storage.authorizedFields.find((x) => x.target === handler.target && x.fieldName === handler.methodName);
  if (!a) return undefined;
  return a.roles.length === 0 ? [SIGNED_IN] : (a.roles as Role[]);
}
