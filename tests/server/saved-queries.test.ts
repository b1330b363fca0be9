import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  CreateSavedQueryDocument,
  DeleteSavedQueryDocument,
  EntityHistoryDocument,
  MeDocument,
  SavedQueriesDocument,
  SavedQueryDocument,
  UpdateSavedQueryDocument,
} from '../generated/graphql';
import { errorCode, startTestApp, type TestApp } from '../helpers/test-app';

describe('saved explorer queries (查询台)', () => {
  let t: TestApp;
  let analyst: string;
  let admin: string;

  beforeAll(async () => {
    t = await startTestApp();
    analyst = await t.login('analyst');
    admin = await t.login('admin');
  });
  afterAll(async () => t?.close());

  const names = async (token: string) => (await t.gql(SavedQueriesDocument, {}, token)).data!.savedQueries.items.map((q) => q.name);

  it('keeps a query for its owner only: the admin neither lists nor opens, changes or deletes it', async () => {
    const created = await t.gql(
      CreateSavedQueryDocument,
      { input: { name: '  按类型统计单位 ', query: 'query { units(limit: 5) { total } }', variables: '{"kind": "SECTION"}' } },
      analyst,
    );
    expect(created.errors).toBeUndefined();
    const saved = created.data!.createSavedQuery;
    expect(saved.name).toBe('按类型统计单位');
    expect(saved.variables).toBe('{"kind": "SECTION"}');

    expect(await names(analyst)).toContain('按类型统计单位');
    expect(await names(admin)).not.toContain('按类型统计单位');
    expect(errorCode(await t.gql(SavedQueryDocument, { id: saved.id }, admin))).toBe('NOT_FOUND');
    const input = { name: '改名', query: 'query { me { id } }' };
    expect(errorCode(await t.gql(UpdateSavedQueryDocument, { id: saved.id, input, version: saved.version }, admin))).toBe('NOT_FOUND');
    expect(errorCode(await t.gql(DeleteSavedQueryDocument, { id: saved.id }, admin))).toBe('NOT_FOUND');
    expect((await t.gql(SavedQueryDocument, { id: saved.id }, analyst)).data!.savedQuery.name).toBe('按类型统计单位');
  });

  it('refuses a second query of the same name and variables that are not a JSON object, saving nothing', async () => {
    await t.gql(CreateSavedQueryDocument, { input: { name: '失信记录', query: 'query { dishonestyRecords { total } }' } }, analyst);
    const before = await names(analyst);

    const twice = await t.gql(CreateSavedQueryDocument, { input: { name: '失信记录', query: 'query { me { id } }' } }, analyst);
    expect(errorCode(twice)).toBe('CONFLICT');
    expect(twice.errors![0].extensions!.reason).toBe('QUERY_NAME_TAKEN');
    const badVariables = await t.gql(CreateSavedQueryDocument, { input: { name: '变量', query: 'query { me { id } }', variables: '[1, 2' } }, analyst);
    expect(errorCode(badVariables)).toBe('BAD_USER_INPUT');
    expect(badVariables.errors![0].extensions!.field).toBe('variables');
    const empty = await t.gql(CreateSavedQueryDocument, { input: { name: '', query: 'query { me { id } }' } }, analyst);
    expect(errorCode(empty)).toBe('BAD_USER_INPUT');

    expect(await names(analyst)).toEqual(before);
  });

  it('renames and deletes a query with its version, writing each change to the audit trail', async () => {
    const saved = (await t.gql(CreateSavedQueryDocument, { input: { name: '预警', query: 'query { warnings { total } }' } }, analyst)).data!
      .createSavedQuery;
    const renamed = await t.gql(
      UpdateSavedQueryDocument,
      { id: saved.id, input: { name: '预警看板', query: saved.query }, version: saved.version },
      analyst,
    );
    expect(renamed.data!.updateSavedQuery.name).toBe('预警看板');
    const stale = await t.gql(UpdateSavedQueryDocument, { id: saved.id, input: { name: '旧版本', query: saved.query }, version: saved.version }, analyst);
    expect(errorCode(stale)).toBe('CONFLICT');

    expect((await t.gql(DeleteSavedQueryDocument, { id: saved.id }, analyst)).data!.deleteSavedQuery).toBe(saved.id);
    expect(await names(analyst)).not.toContain('预警看板');

    const history = (await t.gql(EntityHistoryDocument, { entityType: 'SavedQuery', entityId: saved.id }, analyst)).data!.entityHistory;
    expect(history.items.map((e) => e.action)).toEqual(['CREATE', 'UPDATE', 'DELETE']);
    const me = (await t.gql(MeDocument, {}, analyst)).data!.me;
    expect(history.items.every((e) => e.actorId === me.id)).toBe(true);
    expect(history.items[1].diffs).toContainEqual({ field: 'name', before: '预警', after: '预警看板' });
  });
});
