import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { getNamedType, isObjectType, type GraphQLObjectType } from 'graphql';
import { operationFor, rootFields, type RootField } from '../helpers/schema-ops';
import { startTestApp, type TestApp } from '../helpers/test-app';

// A unit reporter sees its own unit and the units below it, and nothing else,
// whichever way it asks: lists, single fetch, nested fields, the integrity file,
// _entities; and it cannot change another unit's records. The paths are found in
// the schema, so a new module's lists, fetches and commands are covered too.

const SLOW = 600_000;

/**
 * County-wide documents every signed-in user reads by design (docs/key-areas.md):
 * their unit field names the bureau section that runs them, not an owner.
 */
const READ_BY_ALL = new Set(['Policy', 'Campaign', 'TrainingSession']);

interface ListQuery {
  rf: RootField;
  item: GraphQLObjectType;
  /** Fields of the item that name a unit (e.g. unit, leadUnit). */
  unitFields: string[];
}

function listQueries(): ListQuery[] {
  const out: ListQuery[] = [];
  for (const rf of rootFields()) {
    if (rf.root !== 'Query') continue;
    const type = getNamedType(rf.field.type);
    if (!isObjectType(type)) continue;
    const f = type.getFields();
    if (!f.items || !f.total) continue;
    const item = getNamedType(f.items.type);
    if (!isObjectType(item) || !item.getFields().id) continue;
    const unitFields = Object.values(item.getFields())
      .filter((x) => getNamedType(x.type).name === 'Unit' && x.args.length === 0)
      .map((x) => x.name);
    out.push({ rf, item, unitFields });
  }
  return out;
}

describe('data scope of a unit reporter', () => {
  let t: TestApp;
  let admin: string;
  let reporter: string;
  /** The reporter's unit and the units below it. */
  const visible = new Set<string>();
  const lists = listQueries();
  /** Per item type: ids the administrator sees and the reporter does not. */
  const hidden = new Map<string, string[]>();

  const post = (token: string, op: { query: string; variables?: Record<string, unknown> }) =>
    t.post(op, { authorization: `Bearer ${token}` });

  async function allItems(token: string, l: ListQuery): Promise<{ rows: Record<string, any>[]; error?: string }> {
    const select = `{ total items { id ${l.unitFields.map((f) => `${f} { id }`).join(' ')} } }`;
    const rows: Record<string, any>[] = [];
    for (let offset = 0; offset < 1000; offset += 100) {
      const { json } = await post(token, operationFor(l.rf, { args: { limit: 100, offset }, select }));
      if (json.errors) return { rows, error: json.errors[0].extensions?.code };
      const page = json.data[l.rf.name];
      rows.push(...page.items);
      if (rows.length >= page.total || page.items.length === 0) break;
    }
    return { rows };
  }

  beforeAll(async () => {
    t = await startTestApp();
    admin = await t.login('admin');
    reporter = await t.login('reporter');
    const me = await post(reporter, { query: '{ me { unit { id } } }' });
    const own = me.json.data.me.unit.id as string;
    const units = await post(admin, { query: '{ units(limit: 100) { items { id parent { id } } } }' });
    const parentOf = new Map<string, string | undefined>(
      units.json.data.units.items.map((u: { id: string; parent?: { id: string } }) => [u.id, u.parent?.id]),
    );
    for (const id of parentOf.keys()) {
      for (let u: string | undefined = id; u; u = parentOf.get(u)) if (u === own) visible.add(id);
    }
  });
  afterAll(async () => t?.close());

  it('lists only records of the own unit (or below) in every list that names a unit', async () => {
    const leaks: string[] = [];
    let checked = 0;
    for (const l of lists) {
      const mine = await allItems(reporter, l);
      if (mine.error) continue; // not a list for reporters (the role matrix checks who may call it)
      const all = await allItems(admin, l);
      const mineIds = new Set(mine.rows.map((r) => r.id));
      const others = all.rows.filter((r) => !mineIds.has(r.id)).map((r) => r.id as string);
      hidden.set(l.item.name, [...(hidden.get(l.item.name) ?? []), ...others]);
      if (l.rf.name === 'units' || l.unitFields.length === 0 || READ_BY_ALL.has(l.item.name)) continue;
      checked += 1;
      for (const row of mine.rows) {
        const units = l.unitFields.flatMap((f) => [row[f]].flat().map((u) => u?.id)).filter(Boolean);
        if (units.length > 0 && !units.some((u) => visible.has(u))) leaks.push(`${l.rf.name}: ${l.item.name} ${row.id}`);
      }
    }
    console.info(`data scope: ${checked} lists with a unit field checked, ${[...hidden.values()].flat().length} records hidden from the reporter`);
    expect(checked).toBeGreaterThan(10);
    expect(leaks).toEqual([]);
  }, SLOW);

  it('refuses to fetch, one by one, records the list hides', async () => {
    const singles = rootFields().filter(
      (rf) =>
        rf.root === 'Query' &&
        rf.field.args.length === 1 &&
        rf.field.args[0].name === 'id' &&
        hidden.has(getNamedType(rf.field.type).name),
    );
    expect(singles.length).toBeGreaterThan(8);
    const leaks: string[] = [];
    for (const rf of singles) {
      for (const id of hidden.get(getNamedType(rf.field.type).name)!.slice(0, 3)) {
        const op = operationFor(rf, { args: { id } });
        expect((await post(admin, op)).json.errors, `${rf.name} as admin`).toBeUndefined();
        const { json } = await post(reporter, op);
        const code = json.errors?.[0]?.extensions?.code;
        if (json.data?.[rf.name] || !['NOT_FOUND', 'FORBIDDEN'].includes(code)) leaks.push(`${rf.name}(${id}): ${code ?? 'answered'}`);
      }
    }
    expect(leaks).toEqual([]);
  });

  it('refuses every command on a record of another unit and changes nothing', async () => {
    const commands = rootFields().filter(
      (rf) =>
        rf.root === 'Mutation' &&
        rf.field.args.some((a) => a.name === 'id') &&
        hidden.has(getNamedType(rf.field.type).name),
    );
    expect(commands.length).toBeGreaterThan(20);
    const snapshot = async () => {
      const out: unknown[] = [];
      for (const l of lists) out.push((await allItems(admin, l)).rows);
      return JSON.stringify(out);
    };
    const before = await snapshot();
    const leaks: string[] = [];
    for (const rf of commands) {
      const id = hidden.get(getNamedType(rf.field.type).name)![0];
      const { json } = await post(reporter, operationFor(rf, { args: { id } }));
      const code = json.errors?.[0]?.extensions?.code;
      if (!json.errors || json.data?.[rf.name]) leaks.push(`${rf.name}(${id}): succeeded`);
      else if (code !== 'FORBIDDEN' && code !== 'NOT_FOUND' && code !== 'BAD_USER_INPUT') leaks.push(`${rf.name}: ${code}`);
    }
    expect(leaks).toEqual([]);
    expect(await snapshot()).toBe(before);
  }, SLOW);

  it('hides other units’ people in nested fields, the integrity file and _entities', async () => {
    const units = await post(reporter, { query: '{ units(limit: 100) { items { id head { id name } } } }' });
    expect(units.json.errors).toBeUndefined();
    const shownHeads = units.json.data.units.items.filter((u: any) => !visible.has(u.id) && u.head);
    expect(shownHeads).toEqual([]);

    const otherUnit = [...(await post(admin, { query: '{ units(limit: 100) { items { id } } }' })).json.data.units.items]
      .map((u: { id: string }) => u.id)
      .find((id) => !visible.has(id))!;
    const otherPerson = hidden.get('Person')![0];
    for (const [subjectType, subjectId] of [
      ['UNIT', otherUnit],
      ['PERSON', otherPerson],
    ]) {
      const { json } = await post(reporter, {
        query: 'query ($t: SubjectType!, $id: ID!) { integrityFile(subjectType: $t, subjectId: $id, purpose: "核查") { __typename } }',
        variables: { t: subjectType, id: subjectId },
      });
      expect(json.data?.integrityFile ?? null, subjectType).toBeNull();
      expect(['FORBIDDEN', 'NOT_FOUND'], subjectType).toContain(json.errors?.[0]?.extensions?.code);
    }

    const entities = await post(reporter, {
      query: 'query ($r: [_Any!]!) { _entities(representations: $r) { ... on Person { id name } } }',
      variables: { r: [{ __typename: 'Person', id: otherPerson }] },
    });
    expect(entities.json.data?._entities?.[0] ?? null).toBeNull();
  });
});
