import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { composeServices } from '@apollo/composition';
import { parse, visit } from 'graphql';
import { FEDERATED_FIELDS } from '../../server/src/app/federated-surface';
import { User } from '../../server/src/modules/auth/user.entity';
import { DishonestyRecord } from '../../server/src/modules/credit/dishonesty-record.entity';
import { Enterprise } from '../../server/src/modules/enterprise/enterprise.entity';
import { EvaluationResult } from '../../server/src/modules/evaluation/evaluation-run.entity';
import { Person } from '../../server/src/modules/organisation/person.entity';
import { Unit } from '../../server/src/modules/organisation/unit.entity';
import { PeopleDocument, UnitsDocument } from '../generated/graphql';
import { withCheckCharacter } from '../helpers/credit-code';
import { startTestApp, type TestApp } from '../helpers/test-app';

const SUBGRAPH_SDL = fs.readFileSync(path.resolve(__dirname, '../../schema/subgraph.graphql'), 'utf8');

const ENTITIES = `query ($representations: [_Any!]!) {
  _entities(representations: $representations) {
    ... on Unit { id code name }
    ... on Person { id name unit { code } }
    ... on Enterprise { creditCode name }
    ... on DishonestyRecord { id status scopeUnit { code } }
    ... on EvaluationResult { id grade }
  }
}`;

type Representation = Record<string, string>;

/** `count` representations: the known keys first, then keys that name nothing. */
function representations(typename: string, field: string, known: string[], unknown: (i: number) => string, count = 100): Representation[] {
  return Array.from({ length: count }, (_, i) => ({ __typename: typename, [field]: i < known.length ? known[i] : unknown(i) }));
}

/** Fields of the committed SDL that carry @tag(name: "federated"), by type. */
function taggedFields(sdl: string): Record<string, string[]> {
  const out: Record<string, string[]> = {};
  visit(parse(sdl), {
    ObjectTypeDefinition(node) {
      const tagged = (node.fields ?? []).filter((f) =>
        f.directives?.some((d) => d.name.value === 'tag' && d.arguments?.some((a) => a.value.kind === 'StringValue' && a.value.value === 'federated')),
      );
      if (tagged.length) out[node.name.value] = tagged.map((f) => f.name.value).sort();
    },
  });
  return out;
}

describe('federation subgraph', () => {
  let t: TestApp;
  let admin: string;

  const entities = (reps: Representation[], token = admin, query = ENTITIES) =>
    t.post({ query, variables: { representations: reps } }, { authorization: `Bearer ${token}` });

  beforeAll(async () => {
    t = await startTestApp();
    admin = await t.login('admin');
  });
  afterAll(async () => t?.close());

  it('composes the committed subgraph SDL into a supergraph without errors or hints', () => {
    const result = composeServices([{ name: 'integrity', typeDefs: parse(SUBGRAPH_SDL), url: 'http://localhost:4000/graphql' }]);
    expect(result.errors).toBeUndefined();
    expect((result.hints ?? []).map((h) => h.toString())).toEqual([]);
    expect(result.supergraphSdl).toContain('type Unit');
  });

  it('declares the keys other bureaus join on', () => {
    for (const key of [
      'type Unit @key(fields: "id") @key(fields: "code")',
      'type Person @key(fields: "id")',
      'type Enterprise @key(fields: "creditCode")',
      'type DishonestyRecord @key(fields: "id")',
      'type EvaluationResult @key(fields: "id")',
    ]) {
      expect(SUBGRAPH_SDL).toContain(key);
    }
  });

  it('tags exactly the fields shared with other bureaus, and no personal data', () => {
    const tagged = taggedFields(SUBGRAPH_SDL);
    const listed = Object.fromEntries(Object.entries(FEDERATED_FIELDS).map(([type, fields]) => [type, [...fields].sort()]));
    expect(tagged).toEqual(listed);
    expect(tagged.Person).not.toContain('name');
    expect(tagged.Person).not.toContain('staffNumber');
    expect(tagged.Enterprise).not.toContain('legalRepresentative');
    expect(tagged.DishonestyRecord).not.toContain('facts');
    expect(tagged.DishonestyRecord).not.toContain('subjectName');
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
    const { json } = await entities([
      { __typename: 'Unit', id: units[0].id },
      { __typename: 'Unit', code: units[1].code },
      { __typename: 'Person', id: people[0].id },
      { __typename: 'Unit', id: '00000000-0000-4000-8000-000000000000' },
      { __typename: 'Unit', id: 'not-a-uuid' },
    ]);
    expect(json.errors, JSON.stringify(json.errors)).toBeUndefined();
    expect(json.data._entities[0]).toMatchObject({ code: units[0].code });
    expect(json.data._entities[1]).toMatchObject({ id: units[1].id });
    expect(json.data._entities[2]).toMatchObject({ name: people[0].name });
    expect(json.data._entities[3]).toBeNull();
    expect(json.data._entities[4]).toBeNull();
  });

  it('resolves enterprises by unified social credit code and dishonesty records by id', async () => {
    const em = t.em();
    const enterprise = await em.findOneOrFail(Enterprise, { name: { $ne: null } });
    const record = await em.findOneOrFail(DishonestyRecord, { scopeUnit: { $ne: null } }, { populate: ['scopeUnit'] });
    const { json } = await entities([
      { __typename: 'Enterprise', creditCode: enterprise.creditCode.toLowerCase() },
      { __typename: 'DishonestyRecord', id: record.id },
      { __typename: 'Enterprise', creditCode: 'NOT-A-CODE' },
    ]);
    expect(json.errors, JSON.stringify(json.errors)).toBeUndefined();
    expect(json.data._entities[0]).toEqual({ creditCode: enterprise.creditCode, name: enterprise.name });
    expect(json.data._entities[1]).toMatchObject({ id: record.id, scopeUnit: { code: record.scopeUnit.getEntity().code } });
    expect(json.data._entities[2]).toBeNull();
  });

  it('refuses references from an anonymous caller', async () => {
    const { json } = await t.post({ query: ENTITIES, variables: { representations: [{ __typename: 'Unit', code: 'JXCZ' }] } });
    expect(json.errors[0].extensions.code).toBe('UNAUTHENTICATED');
    expect(json.data._entities[0]).toBeNull();
  });

  it('costs one SQL statement for 100 representations of one type, for every entity and key', async () => {
    const em = t.em();
    const ids = async (entity: typeof Person | typeof Unit | typeof DishonestyRecord | typeof EvaluationResult) =>
      (await em.find(entity, {}, { limit: 100, fields: ['id'], disableIdentityMap: true })).map((e) => e.id);
    const unitCodes = (await em.find(Unit, {}, { limit: 100 })).map((u) => u.code);
    const creditCodes = (await em.find(Enterprise, {}, { limit: 100 })).map((e) => e.creditCode);
    const cases: [string, Representation[], number][] = [
      ['Person by id', representations('Person', 'id', await ids(Person), () => crypto.randomUUID()), 100],
      ['Unit by id', representations('Unit', 'id', await ids(Unit), () => crypto.randomUUID()), Math.min(100, unitCodes.length)],
      ['Unit by code', representations('Unit', 'code', unitCodes, (i) => `NONE-${i}`), Math.min(100, unitCodes.length)],
      [
        'Enterprise by credit code',
        representations('Enterprise', 'creditCode', creditCodes, (i) => withCheckCharacter(`91410425MA${String(i).padStart(7, '0')}`)),
        Math.min(100, creditCodes.length),
      ],
      ['DishonestyRecord by id', representations('DishonestyRecord', 'id', await ids(DishonestyRecord), () => crypto.randomUUID()), -1],
      ['EvaluationResult by id', representations('EvaluationResult', 'id', await ids(EvaluationResult), () => crypto.randomUUID()), -1],
    ];
    // The request itself (finding the caller's session) costs the same with or without references.
    const baseline = await t.countQueries(() => t.post({ query: '{ __typename }' }, { authorization: `Bearer ${admin}` }));
    for (const [name, reps, resolved] of cases) {
      let answer: { json: any } | undefined;
      const statements = await t.countQueries(async () => {
        answer = await entities(reps);
      });
      expect(answer!.json.errors, name).toBeUndefined();
      expect(answer!.json.data._entities, name).toHaveLength(100);
      if (resolved >= 0) expect(answer!.json.data._entities.filter(Boolean), name).toHaveLength(resolved);
      // One statement loads the 100 rows; the second is the field `Person.unit` / `scopeUnit` batch.
      const related = name.startsWith('Person') || name.startsWith('DishonestyRecord') ? 1 : 0;
      expect(statements - baseline - related, name).toBe(1);
    }
  });

  it('loads 100 references of each of two types with one statement per type', async () => {
    const em = t.em();
    const people = (await em.find(Person, {}, { limit: 100 })).map((p) => p.id);
    const codes = (await em.find(Unit, {}, { limit: 100 })).map((u) => u.code);
    const reps = [...representations('Person', 'id', people, () => crypto.randomUUID()), ...representations('Unit', 'code', codes, (i) => `NONE-${i}`)];
    const query = `query ($representations: [_Any!]!) { _entities(representations: $representations) { ... on Unit { code } ... on Person { id } } }`;
    const baseline = await t.countQueries(() => t.post({ query: '{ __typename }' }, { authorization: `Bearer ${admin}` }));
    const statements = await t.countQueries(() => entities(reps, admin, query));
    expect(statements - baseline).toBe(2);
  });

  it('keeps personal data out of _entities for a role without clearance, but shares the federated fields', async () => {
    const analyst = await t.login('analyst');
    const person = (await t.em().findOneOrFail(Person, { status: { $ne: null } })).id;
    const personal = await entities([{ __typename: 'Person', id: person }], analyst, `query ($representations: [_Any!]!) {
      _entities(representations: $representations) { ... on Person { id name } } }`);
    expect(personal.json.errors[0].extensions).toMatchObject({ code: 'FORBIDDEN', reason: 'NOT_FEDERATED' });
    expect(personal.json.data._entities[0]).toBeNull();

    const shared = await entities([{ __typename: 'Person', id: person }], analyst, `query ($representations: [_Any!]!) {
      _entities(representations: $representations) { ... on Person { id status unit { code name } } } }`);
    expect(shared.json.errors).toBeUndefined();
    expect(shared.json.data._entities[0].unit.name).toBeTruthy();

    // The console's own queries are not the federated surface: the analyst still reads names there.
    const direct = await t.post({ query: `{ person(id: "${person}") { name } }` }, { authorization: `Bearer ${analyst}` });
    expect(direct.json.data.person.name).toBeTruthy();
  });

  it('applies a unit reporter’s scope to _entities as to its ordinary queries', async () => {
    const reporter = await t.login('reporter');
    const em = t.em();
    const unitId = (await em.findOneOrFail(User, { username: 'reporter' })).unit!.id;
    const own = await em.findOneOrFail(Person, { unit: unitId });
    const other = await em.findOneOrFail(Person, { unit: { $ne: unitId } });
    const otherRecord = await em.findOneOrFail(DishonestyRecord, { scopeUnit: { $ne: unitId } });
    const { json } = await entities(
      [
        { __typename: 'Person', id: own.id },
        { __typename: 'Person', id: other.id },
        { __typename: 'DishonestyRecord', id: otherRecord.id },
      ],
      reporter,
      `query ($representations: [_Any!]!) { _entities(representations: $representations) { ... on Person { id } ... on DishonestyRecord { id } } }`,
    );
    expect(json.errors).toBeUndefined();
    expect(json.data._entities).toEqual([{ id: own.id }, null, null]);
  });
});
