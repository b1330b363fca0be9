import { stripTypename } from '@apollo/client/utilities';
import type { ApolloClient } from '@apollo/client';
import type {
  CreateParams,
  DataProvider,
  DeleteManyParams,
  DeleteParams,
  GetListParams,
  GetManyParams,
  GetManyReferenceParams,
  GetOneParams,
  Identifier,
  RaRecord,
  UpdateManyParams,
  UpdateParams,
} from 'react-admin';
import type { Gql, ListQuery, LoadSource, ResourceSource } from './resource-source';
import { toHttpError } from './server-error';

/** The server's largest page (`limit` max 100). */
const MAX_PAGE = 100;

/** Typed documents through Apollo; answers without Apollo's `__typename` markers (records and their CSV export do without them). */
function gqlOver(client: ApolloClient<unknown>): Gql {
  return {
    async query(query, variables) {
      // react-admin keeps its own cache (react-query); Apollo's would only go stale beside it.
      const result = await client.query({ query, variables, fetchPolicy: 'no-cache' });
      return stripTypename(result.data);
    },
    async mutate(mutation, variables) {
      const result = await client.mutate({ mutation, variables, fetchPolicy: 'no-cache' });
      if (!result.data) throw new Error('ra.notification.http_error');
      return stripTypename(result.data);
    },
  };
}

/**
 * react-admin's data provider on the GraphQL API: each resource's source turns
 * calls into the typed documents generated from its folder's `.graphql` file.
 */
export function createDataProvider(client: ApolloClient<unknown>, sources: Record<string, LoadSource>): DataProvider {
  const gql = gqlOver(client);

  const sourceOf = async (resource: string): Promise<ResourceSource> => {
    const load = sources[resource];
    if (!load) throw new Error(`No data source for resource "${resource}"`);
    return load();
  };

  const guarded = async <T,>(work: () => Promise<T>): Promise<T> => {
    try {
      return await work();
    } catch (error) {
      throw toHttpError(error);
    }
  };

  /** One react-admin page, fetched in server-sized pieces (the CSV export asks for 1000 rows at once). */
  const range = async (source: ResourceSource, query: ListQuery) => {
    const items: RaRecord[] = [];
    const end = query.offset + query.limit;
    let offset = query.offset;
    let total: number;
    do {
      const limit = Math.min(MAX_PAGE, end - offset);
      const page = await source.list(gql, { ...query, offset, limit });
      items.push(...page.items);
      total = page.total;
      offset += page.items.length;
      if (page.items.length < limit) break;
    } while (offset < end && offset < total);
    return { items, total };
  };

  const listQuery = (params: GetListParams, extraFilter: Record<string, unknown> = {}): ListQuery => {
    const page = params.pagination?.page ?? 1;
    const perPage = params.pagination?.perPage ?? 25;
    return {
      offset: (page - 1) * perPage,
      limit: perPage,
      sort: params.sort?.field ? { field: params.sort.field, order: params.sort.order === 'DESC' ? 'DESC' : 'ASC' } : undefined,
      filter: { ...(params.filter ?? {}), ...extraFilter },
    };
  };

  const many = (source: ResourceSource, ids: Identifier[]) =>
    source.many ? source.many(gql, ids) : Promise.all(ids.map((id) => source.one(gql, id)));

  const updateOne = async (source: ResourceSource, resource: string, id: Identifier, data: Record<string, unknown>, previous: RaRecord) => {
    if (!source.update) throw new Error(`"${resource}" cannot be updated`);
    return source.update(gql, id, data, previous);
  };

  const removeOne = async (source: ResourceSource, resource: string, id: Identifier) => {
    if (!source.remove) throw new Error(`"${resource}" cannot be deleted`);
    await source.remove(gql, id);
  };

  return {
    getList: <R extends RaRecord>(resource: string, params: GetListParams) =>
      guarded(async () => {
        const { items, total } = await range(await sourceOf(resource), listQuery(params));
        return { data: items as R[], total };
      }),

    getOne: <R extends RaRecord>(resource: string, params: GetOneParams) =>
      guarded(async () => ({ data: (await (await sourceOf(resource)).one(gql, params.id)) as R })),

    getMany: <R extends RaRecord>(resource: string, params: GetManyParams) =>
      guarded(async () => ({ data: (await many(await sourceOf(resource), params.ids)) as R[] })),

    getManyReference: <R extends RaRecord>(resource: string, params: GetManyReferenceParams) =>
      guarded(async () => {
        const { items, total } = await range(await sourceOf(resource), listQuery(params, { [params.target]: params.id }));
        return { data: items as R[], total };
      }),

    create: <R extends Omit<RaRecord, 'id'>, RR extends R & { id: Identifier } = R & { id: Identifier }>(
      resource: string,
      params: CreateParams,
    ) =>
      guarded(async () => {
        const source = await sourceOf(resource);
        if (!source.create) throw new Error(`"${resource}" cannot be created here`);
        return { data: (await source.create(gql, params.data as Record<string, unknown>)) as unknown as RR };
      }),

    update: <R extends RaRecord>(resource: string, params: UpdateParams) =>
      guarded(async () => {
        const source = await sourceOf(resource);
        // The version the form was loaded with goes back to the server, which refuses stale writes.
        const previous = (params.previousData as RaRecord | undefined) ?? (await source.one(gql, params.id));
        const data = await updateOne(source, resource, params.id, params.data as Record<string, unknown>, previous);
        return { data: data as R };
      }),

    updateMany: (resource: string, params: UpdateManyParams) =>
      guarded(async () => {
        const source = await sourceOf(resource);
        const done: Identifier[] = [];
        for (const id of params.ids) {
          const previous = await source.one(gql, id);
          await updateOne(source, resource, id, { ...previous, ...(params.data as Record<string, unknown>) }, previous);
          done.push(id);
        }
        return { data: done };
      }),

    delete: <R extends RaRecord>(resource: string, params: DeleteParams<R>) =>
      guarded(async () => {
        await removeOne(await sourceOf(resource), resource, params.id);
        return { data: (params.previousData ?? { id: params.id }) as R };
      }),

    deleteMany: (resource: string, params: DeleteManyParams) =>
      guarded(async () => {
        const source = await sourceOf(resource);
        const done: Identifier[] = [];
        for (const id of params.ids) {
          await removeOne(source, resource, id);
          done.push(id);
        }
        return { data: done };
      }),
  };
}
