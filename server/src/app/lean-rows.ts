import { ReferenceKind, type EntityClass, type EntityMetadata, type EntityProperty, type Platform } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import weakMemoize from '@emotion/weak-memoize';
import DataLoader from 'dataloader';
import { getNamedType, Kind, type FieldNode, type GraphQLResolveInfo, type SelectionSetNode } from 'graphql';
import { plainFieldsOf } from './plain-fields';

// A list of a few hundred rows spent most of its time in the ORM building, registering and
// tracking full entities (about 0.1 ms a row) that the answer only reads a few columns of.
// When every field the client asks of such a row is a column read as it is, the row is answered
// as a plain object holding just those columns, converted as the ORM converts them. Anything
// else asked (a computed field, a relation whose resolver does more than load it) keeps the
// full entity.

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

/** GraphQL field name → entity property, for the plain fields of an entity's object type that read a column as it is. */
const plainColumnsCache = new WeakMap<object, Map<string, EntityProperty>>();

function plainFields(meta: EntityMetadata, entity: EntityClass<object>): Map<string, EntityProperty> | undefined {
  const cached = plainColumnsCache.get(entity);
  if (cached) return cached;
  // Before the schema is built nothing is plain.
  const names = plainFieldsOf(entity);
  if (!names) return undefined;
  const fields = new Map<string, EntityProperty>();
  for (const name of names) {
    const prop = meta.properties[name as keyof typeof meta.properties] as EntityProperty | undefined;
    if (isPlainColumn(prop)) fields.set(name, prop);
  }
  plainColumnsCache.set(entity, fields);
  return fields;
}

export interface LeanOptions {
  /** Field resolvers of the row's type that read nothing but its `id` (a nested list under it). */
  idOnly?: readonly string[];
  /** Many-to-one fields whose resolver only loads the related entity (`root.field.load()`). */
  references?: readonly string[];
}

/** What a lean row holds: columns, and references whose targets are lean rows too. */
interface Shape {
  meta: EntityMetadata;
  props: EntityProperty[];
  references: { prop: EntityProperty; shape: Shape }[];
  key: string;
  /** The selected columns and their properties: the props, then the references' own columns. */
  columns: string[];
  properties: string[];
}

function makeShape(meta: EntityMetadata, props: EntityProperty[], references: Shape['references'], key: string): Shape {
  const selected = [...props, ...references.map((r) => r.prop)];
  return { meta, props, references, key, columns: selected.map((p) => p.fieldNames[0]!), properties: selected.map((p) => p.name) };
}

type Fragments = GraphQLResolveInfo['fragments'];

/** The shape of a lean row for the fields selected in `sets`, or undefined when one of them needs the full entity. */
function shapeOf(meta: EntityMetadata, sets: readonly SelectionSetNode[], fragments: Fragments, o: LeanOptions, depth = 0): Shape | undefined {
  const fields = plainFields(meta, meta.class as EntityClass<object>);
  if (!fields || !fields.get('id') || depth > 3) return undefined;
  const props = new Map<string, EntityProperty>([['id', fields.get('id')!]]);
  const references = new Map<string, SelectionSetNode[]>();
  const visit = (set: SelectionSetNode | undefined, nesting: number): boolean => {
    if (!set || nesting > 10) return false;
    for (const s of set.selections) {
      if (s.kind === Kind.FIELD) {
        const name = s.name.value;
        if (name === '__typename') continue;
        const prop = fields.get(name);
        if (prop) props.set(prop.name, prop);
        else if (o.references?.includes(name) && s.selectionSet) references.set(name, [...(references.get(name) ?? []), s.selectionSet]);
        else if (!o.idOnly?.includes(name)) return false;
      } else {
        const fragment = s.kind === Kind.INLINE_FRAGMENT ? s : fragments[s.name.value];
        if (!fragment || (fragment.typeCondition && fragment.typeCondition.name.value !== meta.className)) return false;
        if (!visit(fragment.selectionSet, nesting + 1)) return false;
      }
    }
    return true;
  };
  if (!sets.every((set) => visit(set, 0))) return undefined;
  const refs: Shape['references'] = [];
  for (const [name, refSets] of references) {
    const prop = meta.properties[name as keyof typeof meta.properties] as EntityProperty | undefined;
    if (!prop || prop.kind !== ReferenceKind.MANY_TO_ONE || prop.fieldNames?.length !== 1 || !prop.targetMeta) return undefined;
    // The related row is lean too (only its own columns are asked); it holds all of them, so that
    // every reference to one type loads with one statement, as the ORM's loader does.
    if (!shapeOf(prop.targetMeta, refSets, fragments, {}, depth + 1)) return undefined;
    refs.push({ prop, shape: allColumns(prop.targetMeta) });
  }
  const sorted = [...props.values()].sort((a, b) => a.name.localeCompare(b.name));
  refs.sort((a, b) => a.prop.name.localeCompare(b.prop.name));
  const key = [...sorted.map((p) => p.name), ...refs.map((r) => `${r.prop.name}{${r.shape.key}}`)].join(',');
  return makeShape(meta, sorted, refs, key);
}

/** A lean row of every plain column of an entity. */
function allColumns(meta: EntityMetadata): Shape {
  const props = [...plainFields(meta, meta.class as EntityClass<object>)!.values()].sort((a, b) => a.name.localeCompare(b.name));
  return makeShape(meta, props, [], '*');
}

// Documents are parsed once and cached, so a field's node identifies the selection below it.
const shapesOf = weakMemoize((_node: FieldNode) => new Map<string, Shape | null>());

// Related rows of one shape load by id, one statement per shape and tick, for the request's EntityManager only.
const referenceLoadersOf = weakMemoize((_em: EntityManager) => new Map<string, DataLoader<string, Record<string, unknown> | null>>());

function referenceLoader(em: EntityManager, shape: Shape): DataLoader<string, Record<string, unknown> | null> {
  const loaders = referenceLoadersOf(em);
  const name = `${shape.meta.className}:${shape.key}`;
  let loader = loaders.get(name);
  if (!loader) {
    loader = new DataLoader(async (ids) => {
      const columns = [...new Set(shape.columns.map((c) => `t.${c}`))];
      const rows: Record<string, unknown>[] = await em
        .getConnection()
        .execute(`select ${columns.join(', ')} from ${shape.meta.tableName} t where t.id in (${ids.map(() => '?').join(', ')})`, [...ids], 'all', em.getTransactionContext());
      const byId = new Map(rows.map((r) => [r.id as string, toRow(em, shape, r)]));
      return ids.map((id) => byId.get(id) ?? null);
    });
    loaders.set(name, loader);
  }
  return loader;
}

/** What a lean row is made of: a plain object of its columns, known for what it is. */
class LeanRow {}

/** Whether a value is a lean row (which the field resolvers that lean rows allow read as they read an entity). */
export function isLeanRow(value: unknown): boolean {
  return value instanceof LeanRow;
}

function toRow(em: EntityManager, shape: Shape, dbRow: Record<string, unknown>): Record<string, unknown> {
  const platform: Platform = em.getPlatform();
  const row = new LeanRow() as Record<string, unknown>;
  for (const p of shape.props) {
    const value = dbRow[p.fieldNames[0]!];
    if (value === null || value === undefined) row[p.name] = null;
    else if (p.customType) row[p.name] = p.customType.convertToJSValue(value, platform);
    else if (p.runtimeType === 'Date' && !(value instanceof Date)) row[p.name] = new Date(value as string);
    else row[p.name] = value;
  }
  for (const { prop, shape: target } of shape.references) {
    const id = dbRow[prop.fieldNames[0]!] as string | null | undefined;
    // What the relation resolvers use of a reference: its id, and load().
    row[prop.name] = id ? { id, load: () => referenceLoader(em, target).load(id) } : null;
  }
  return row;
}

export interface LeanRows<T> {
  /** The columns to select (table alias `t`). */
  columns: string[];
  /** The entity's properties behind those columns. */
  properties: string[];
  /** A plain row holding the selected properties, as the ORM would have set them. */
  toRow(dbRow: Record<string, unknown>): T;
  /** Tells lean answers of one selection apart from others (and from entities) in a request's loaders. */
  key: string;
}

/**
 * Lean rows for the entities a field answers (with `path`, those under that sub-field, e.g. a
 * page's `items`), if every field selected on them reads a column as it is, is in
 * `o.idOnly`, or is a reference in `o.references` whose own selection is plain; undefined
 * when the full entity is needed.
 */
export function leanRows<T extends object>(em: EntityManager, entity: EntityClass<T>, info: GraphQLResolveInfo, o: LeanOptions = {}, path?: string): LeanRows<T> | undefined {
  const meta = em.getMetadata().get(entity.name) as EntityMetadata;
  const cacheKey = `${entity.name}:${path ?? ''}:${o.idOnly?.join(',') ?? ''}:${o.references?.join(',') ?? ''}`;
  const node = info.fieldNodes.length === 1 ? info.fieldNodes[0]! : undefined;
  let shape: Shape | undefined;
  const cached = node ? shapesOf(node).get(cacheKey) : undefined;
  if (cached !== undefined) shape = cached ?? undefined;
  else {
    let sets: SelectionSetNode[] | undefined = info.fieldNodes.map((f) => f.selectionSet!).filter(Boolean);
    if (path) sets = subSelections(sets, path, info.fragments, getNamedType(info.returnType).name);
    shape = sets?.length ? shapeOf(meta, sets, info.fragments, o) : undefined;
    if (node && plainColumnsCache.has(entity)) shapesOf(node).set(cacheKey, shape ?? null);
  }
  if (!shape) return undefined;
  const s = shape;
  return {
    columns: s.columns,
    properties: s.properties,
    key: s.key,
    toRow: (dbRow) => toRow(em, s, dbRow) as T,
  };
}

/** The selection sets of sub-field `name` in `sets` (a page's `items`); undefined if anything but plain fields is in the way. */
function subSelections(sets: readonly SelectionSetNode[], name: string, fragments: Fragments, typeName: string): SelectionSetNode[] | undefined {
  const found: SelectionSetNode[] = [];
  const visit = (set: SelectionSetNode, nesting: number): boolean => {
    if (nesting > 10) return false;
    for (const s of set.selections) {
      if (s.kind === Kind.FIELD) {
        // Another field under the same name (an alias) would be a second selection of the rows.
        if (s.name.value === name && (s.alias || !s.selectionSet)) return false;
        if (s.name.value === name) found.push(s.selectionSet!);
      } else {
        const fragment = s.kind === Kind.INLINE_FRAGMENT ? s : fragments[s.name.value];
        if (!fragment || (fragment.typeCondition && fragment.typeCondition.name.value !== typeName)) return false;
        if (!visit(fragment.selectionSet, nesting + 1)) return false;
      }
    }
    return true;
  };
  return sets.every((set) => visit(set, 0)) ? found : undefined;
}
