import { ReferenceKind, type EntityClass, type EntityMetadata, type EntityProperty, type Platform } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import { getNamedType, Kind, type FieldNode, type GraphQLResolveInfo, type SelectionSetNode } from 'graphql';
import { getMetadataStorage } from 'type-graphql';

// A nested list of a few hundred rows spent most of its time in the ORM building, registering
// and tracking full entities (about 0.1 ms a row) that the answer only reads a few columns of.
// When every field the client asks of such a row is a column read as it is, the row is answered
// as a plain object holding just those columns, converted as the ORM converts them. Anything
// else asked (a relation, a computed field) keeps the full entity.

/** Column types whose value the ORM hands over as the driver returns it (or converts through the type). */
const PLAIN_TYPES = new Set(['uuid', 'string', 'text', 'boolean', 'integer', 'smallint', 'datetime', 'DateType', 'JsonType']);

function isPlainColumn(prop: EntityProperty | undefined): prop is EntityProperty {
  return (
    !!prop &&
    prop.kind === ReferenceKind.SCALAR &&
    !prop.formula &&
    !prop.lazy &&
    prop.persist !== false &&
    prop.fieldNames?.length === 1 &&
    PLAIN_TYPES.has(prop.type)
  );
}

/** GraphQL field name → entity property, for the fields of an entity's object type that read a column as it is. */
const plainFieldsCache = new WeakMap<object, Map<string, EntityProperty>>();

function plainFields(meta: EntityMetadata, entity: EntityClass<object>): Map<string, EntityProperty> | undefined {
  const cached = plainFieldsCache.get(entity);
  if (cached) return cached;
  const storage = getMetadataStorage();
  // Field resolvers know their object type once the schema is built; before that nothing is plain.
  if (storage.fieldResolvers.some((r) => !r.getObjectType)) return undefined;
  const resolved = new Set(storage.fieldResolvers.filter((r) => r.getObjectType!() === entity).map((r) => r.schemaName));
  const fields = new Map<string, EntityProperty>();
  for (let c: unknown = entity; typeof c === 'function' && c !== Function.prototype; c = Object.getPrototypeOf(c)) {
    for (const f of storage.objectTypes.find((o) => o.target === c)?.fields ?? []) {
      // A plain field reads the property of its own name, with no arguments, roles or middlewares of its own.
      if (fields.has(f.schemaName) || resolved.has(f.schemaName) || f.name !== f.schemaName) continue;
      if (f.params?.length || f.roles?.length || f.middlewares?.length) continue;
      const prop = meta.properties[f.name as keyof typeof meta.properties] as EntityProperty | undefined;
      if (isPlainColumn(prop)) fields.set(f.schemaName, prop);
    }
  }
  plainFieldsCache.set(entity, fields);
  return fields;
}

/**
 * The properties a lean row needs for the fields selected below `info`, or undefined when a
 * selected field needs the full entity. `idOnly` names field resolvers of the row's type that
 * read nothing but its `id` (a nested list under it).
 */
function selectedProps(
  fields: Map<string, EntityProperty>,
  typeName: string,
  info: GraphQLResolveInfo,
  idOnly: readonly string[],
): EntityProperty[] | undefined {
  const props = new Map<string, EntityProperty>([['id', fields.get('id')!]]);
  const visit = (set: SelectionSetNode | undefined, depth: number): boolean => {
    if (!set || depth > 10) return false;
    for (const s of set.selections) {
      if (s.kind === Kind.FIELD) {
        const name = s.name.value;
        if (name === '__typename') continue;
        const prop = fields.get(name);
        if (prop) props.set(prop.name, prop);
        else if (!idOnly.includes(name)) return false;
      } else {
        const fragment = s.kind === Kind.INLINE_FRAGMENT ? s : info.fragments[s.name.value];
        if (!fragment || (fragment.typeCondition && fragment.typeCondition.name.value !== typeName)) return false;
        if (!visit(fragment.selectionSet, depth + 1)) return false;
      }
    }
    return true;
  };
  if (!props.get('id') || !info.fieldNodes.every((f) => visit(f.selectionSet, 0))) return undefined;
  return [...props.values()].sort((a, b) => a.name.localeCompare(b.name));
}

// Documents are parsed once and cached, so a field's node identifies the selection below it.
const selectionCache = new WeakMap<FieldNode, Map<string, EntityProperty[] | null>>();

export interface LeanRows<T> {
  /** The columns to select (table alias `t`). */
  columns: string[];
  /** A plain row holding the selected properties, as the ORM would have set them. */
  toRow(dbRow: Record<string, unknown>): T;
  /** Tells lean answers of one selection apart from others (and from entities) in a request's loaders. */
  key: string;
}

/**
 * Lean rows for the entities of a nested list, if every field selected on them reads a column
 * as it is (or is in `idOnly`); undefined when the full entity is needed.
 */
export function leanRows<T extends object>(
  em: EntityManager,
  entity: EntityClass<T>,
  info: GraphQLResolveInfo,
  idOnly: readonly string[] = [],
): LeanRows<T> | undefined {
  const meta = em.getMetadata().get(entity.name) as EntityMetadata;
  const typeName = getNamedType(info.returnType).name;
  const cacheKey = `${entity.name}:${idOnly.join(',')}`;
  let props: EntityProperty[] | undefined;
  const node = info.fieldNodes.length === 1 ? info.fieldNodes[0]! : undefined;
  const cached = node ? selectionCache.get(node)?.get(cacheKey) : undefined;
  if (cached !== undefined) props = cached ?? undefined;
  else {
    const fields = plainFields(meta, entity as EntityClass<object>);
    props = fields && selectedProps(fields, typeName, info, idOnly);
    if (node && fields) {
      let byEntity = selectionCache.get(node);
      if (!byEntity) selectionCache.set(node, (byEntity = new Map()));
      byEntity.set(cacheKey, props ?? null);
    }
  }
  if (!props) return undefined;
  const platform: Platform = em.getPlatform();
  const selected = props;
  return {
    columns: selected.map((p) => p.fieldNames[0]!),
    key: selected.map((p) => p.name).join(','),
    toRow: (dbRow) => {
      const row: Record<string, unknown> = {};
      for (const p of selected) {
        const value = dbRow[p.fieldNames[0]!];
        if (value === null || value === undefined) row[p.name] = null;
        else if (p.customType) row[p.name] = p.customType.convertToJSValue(value, platform);
        else if (p.runtimeType === 'Date' && !(value instanceof Date)) row[p.name] = new Date(value as string);
        else row[p.name] = value;
      }
      return row as T;
    },
  };
}
