import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { composeServices } from '@apollo/composition';
import { parse } from 'graphql';
import { PeopleDocument, UnitsDocument } from '../generated/graphql';
import { startTestApp, type TestApp } from '../helpers/test-app';

const ENTITIES = `query ($representations: [_Any!]!) {
  _entities(representations: $representations) {
    ... on Unit { id code name }
    ... on Person { id name unit { code } }
  }
}`;

describe('federation subgraph', () => {
  let t: TestApp;
  let admin: string;

  beforeAll(async () => {
    t = await startTestApp();
    admin = await t.login('admin');
  });
  afterAll(async () => t?.close());

  it('composes the committed subgraph SDL into a supergraph without errors', () => {
    const sdl = fs.readFileSync(path.resolve(__dirname, '../../schema/subgraph.graphql'), 'utf8');
    const result = composeServices([{ name: 'integrity', typeDefs: parse(sdl), url: 'http://localhost:4000/graphql' }]);
    expect(result.errors).toBeUndefined();
    expect(result.supergraphSdl).toContain('type Unit');
  });

  it('serves its SDL with @key directives through _service', async () => {
    // The SDL is the schema: like introspection, only for administrators, analysts and the router.
    expect((await t.post({ query: '{ _service { sdl } }' })).json.errors[0].extensions.code).toBe('UNAUTHENTICATED');
    const { json } = await t.post({ query: '{ _service { sdl } }' }, { authorization: `Bearer ${admin}` });
    expect(json.data._service.sdl).toContain('@key(fields: "code")');
  });

  it('resolves units by id and by code, and people by id, for a signed-in caller', async () => {
    const units = (await t.gql(UnitsDocument, { limit: 3 }, admin)).data!.units.items;
    const people = (await t.gql(PeopleDocument, { limit: 2 }, admin)).data!.people.items;
    const { json } = await t.post(
      {
        query: ENTITIES,
        variables: {
          representations: [
            { __typename: 'Unit', id: units[0].id },
            { __typename: 'Unit', code: units[1].code },
            { __typename: 'Person', id: people[0].id },
            { __typename: 'Unit', id: '00000000-0000-4000-8000-000000000000' },
          ],
        },
      },
      { authorization: `Bearer ${admin}` },
    );
    expect(json.errors, JSON.stringify(json.errors)).toBeUndefined();
    expect(json.data._entities[0]).toMatchObject({ code: units[0].code });
    expect(json.data._entities[1]).toMatchObject({ id: units[1].id });
    expect(json.data._entities[2]).toMatchObject({ name: people[0].name });
    expect(json.data._entities[3]).toBeNull();
  });

  it('refuses references from an anonymous caller', async () => {
    const { json } = await t.post({ query: ENTITIES, variables: { representations: [{ __typename: 'Unit', code: 'JXCZ' }] } });
    expect(json.errors[0].extensions.code).toBe('UNAUTHENTICATED');
    expect(json.data._entities[0]).toBeNull();
  });

  it('resolves 100 person references in as many statements as 10', async () => {
    const ids = (await t.gql(PeopleDocument, { limit: 100 }, admin)).data!.people.items.map((p) => p.id);
    const call = (n: number) =>
      t.post(
        { query: ENTITIES, variables: { representations: ids.slice(0, n).map((id) => ({ __typename: 'Person', id })) } },
        { authorization: `Bearer ${admin}` },
      );
    const ten = await t.countQueries(() => call(10));
    const hundred = await t.countQueries(() => call(100));
    const check = await call(100);
    expect(check.json.data._entities.filter(Boolean)).toHaveLength(100);
    expect(hundred).toBe(ten);
  });
});
