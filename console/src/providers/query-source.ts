import type { DocumentNode } from 'graphql';
import type { Identifier, RaRecord } from 'react-admin';
import { changedFields } from './record-utils';
import type { ResourceSource } from './resource-source';

interface Page<Item> {
  items: Item[];
  total: number;
}

/** How a resource reads: its list and single documents, where their answers sit, and how rows become records. */
export interface QuerySpec<R extends RaRecord, Item, ListData, OneData, Filter, SortField extends string> {
  listDocument: DocumentNode;
  page: (data: ListData) => Page<Item>;
  oneDocument?: DocumentNode;
  single?: (data: OneData) => Item;
  toRecord: (item: Item) => R;
  /** react-admin's filter values onto the API's filter input. */
  filterOf: (filter: Record<string, unknown>) => Filter;
  /** react-admin's sort fields onto the API's sort enum; a field missing here is not sent. */
  sort?: Record<string, SortField>;
}

/**
 * The reading half of a resource source for the API's usual shape:
 * `xs(filter, sort, offset, limit) { items total }` and `x(id)`. Without a single
 * document, one record is found through the list filtered by its id.
 */
export function querySource<R extends RaRecord, Item, ListData, OneData, Filter, SortField extends string>(
  spec: QuerySpec<R, Item, ListData, OneData, Filter, SortField>,
): Pick<ResourceSource<R>, 'list' | 'one'> {
  return {
    async list(gql, { offset, limit, sort, filter }) {
      const field = sort && spec.sort?.[sort.field];
      const data = await gql.query<ListData, Record<string, unknown>>(spec.listDocument, {
        filter: spec.filterOf(filter),
        ...(spec.sort ? { sort: field ? { field, order: sort.order } : undefined } : {}),
        offset,
        limit,
      });
      const page = spec.page(data);
      return { items: page.items.map(spec.toRecord), total: page.total };
    },

    async one(gql, id: Identifier) {
      if (!spec.oneDocument || !spec.single) throw new Error('ra.notification.item_doesnt_exist');
      const data = await gql.query<OneData, { id: string }>(spec.oneDocument, { id: String(id) });
      return spec.toRecord(spec.single(data));
    },
  };
}

/** The id of a related record the API returns as an object, for reference fields and inputs. */
export const idOf = (related: { id: string } | null | undefined): string | null => related?.id ?? null;

/** One chosen enum value as the API's one-member list filter. */
export const oneOf = <T,>(value: T | undefined): T[] | undefined => (value === undefined ? undefined : [value]);

/**
 * `createX(input)`: the form's values become the typed input (blank optional
 * values left out by `input`), and the answer becomes a record.
 */
export function createVia<R extends RaRecord, Form, Data, Input>(spec: {
  document: DocumentNode;
  input: (form: Form) => Input;
  created: (data: Data) => R;
}): NonNullable<ResourceSource<R>['create']> {
  return async (gql, data) => spec.created(await gql.mutate<Data, { input: Input }>(spec.document, { input: spec.input(data as unknown as Form) }));
}

/**
 * `updateX(id, input, version)`: only the editable fields the user changed are
 * sent (an unchanged field is neither re-validated nor audited), with the
 * version the form was loaded at, so a stale write is refused.
 */
export function updateVia<R extends RaRecord, K extends string, Data>(spec: {
  document: DocumentNode;
  editable: readonly K[];
  updated: (data: Data) => R;
}): NonNullable<ResourceSource<R>['update']> {
  return async (gql, id, data, previous) =>
    spec.updated(
      await gql.mutate<Data, Record<string, unknown>>(spec.document, {
        id: String(id),
        input: changedFields(data as Record<K, unknown>, previous as Partial<Record<K, unknown>>, spec.editable),
        version: previous.version,
      }),
    );
}
