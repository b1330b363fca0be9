import {
  getNamedType,
  isLeafType,
  isNonNullType,
  isObjectType,
  type GraphQLField,
  type GraphQLObjectType,
} from 'graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { today } from '../../server/src/app/clock';
import {
  DishonestyRecordsDocument,
  EvaluateDocument,
  PeopleDocument,
  UnitsDocument,
  UnitsPeopleRecordsDocument,
  UnitsPeopleRecordsTotalDocument,
} from '../generated/graphql';
import { committedSchema, operationFor, rootFields, type RootField } from '../helpers/schema-ops';
import { startTestApp, type TestApp } from '../helpers/test-app';

// Every list query of the schema (a root field answering `{ items, total }`), with
// its nested objects and lists two levels deep, must cost the same number of SQL
// statements for a page of 20 as for a page of 2: relations load one statement per
// level (dataloaders, batched loads), never one per row.

const SMALL = 2;
const LARGE = 20;
// Who asks: the first of these the list does not refuse.
const ROLES = ['admin', 'leader', 'analyst', 'discipline', 'office', 'personnel', 'general', 'custodian'];

type AnyField = GraphQLField<unknown, unknown>;
const required = (f: AnyField) => f.args.some((a) => isNonNullType(a.type) && a.defaultValue === undefined);
const usable = (type: GraphQLObjectType) => Object.values(type.getFields()).filter((f) => !required(f));
const leaves = (type: GraphQLObjectType) => usable(type).filter((f) => isLeafType(getNamedType(f.type)));
const relations = (type: GraphQLObjectType) => usable(type).filter((f) => isObjectType(getNamedType(f.type)));

/** The leaf fields of a type and, `depth` levels down, its relations with theirs. */
function selection(type: GraphQLObjectType, depth: number): string {
  const parts = leaves(type).map((f) => f.name);
  if (depth > 0) {
    for (const r of relations(type)) parts.push(`${r.name} { ${selection(getNamedType(r.type) as GraphQLObjectType, depth - 1)} }`);
  }
  return parts.join(' ');
}

interface Case {
  list: string;
  /** `fields` for the items' own fields, else the relation followed two levels deep. */
  part: string;
  rf: RootField;
  select: string;
}

function listCases(): Case[] {
  const cases: Case[] = [];
  for (const rf of rootFields()) {
    if (rf.root !== 'Query') continue;
    const page = getNamedType(rf.field.type);
    if (!isObjectType(page) || !('items' in page.getFields()) || !('total' in page.getFields()) || !rf.field.args.some((a) => a.name === 'limit')) continue;
    const item = getNamedType(page.getFields().items!.type) as GraphQLObjectType;
    cases.push({ list: rf.name, part: 'fields', rf, select: `{ total items { ${selection(item, 0)} } }` });
    // One query per relation keeps each document small and says which relation costs a statement per row.
    for (const r of relations(item)) {
      const target = getNamedType(r.type) as GraphQLObjectType;
      const key = 'id' in item.getFields() ? 'id' : '__typename';
      cases.push({ list: rf.name, part: r.name, rf, select: `{ total items { ${key} ${r.name} { ${selection(target, 1)} } } }` });
    }
  }
  return cases;
}

/** How often each statement occurs, literals and IN lists folded: `in (?, ?, ?)` is one shape whatever its length. */
function shapes(sql: string[]): Map<string, number> {
  const out = new Map<string, number>();
  for (const q of sql) {
    const shape = q
      .replace(/^.*?\[query\] /, '')
      .replace(/ \[took [^\]]*\]$/, '')
      .replace(/\$\d+/g, '?')
      .replace(/\((\s*\?\s*,?)+\)/g, '(?)');
    out.set(shape, (out.get(shape) ?? 0) + 1);
  }
  return out;
}

const cases = listCases();
// Lists the demo county seeds at most 2 rows of: none (server/src/seed/activity.seed.ts fills the last of them).
const THIN_IN_SEED: string[] = [];
// Who asks a list first, where the first role of ROLES has too few rows of its own: 纪检监察室 receives every red warning.
const FIRST_ROLE: Record<string, string> = { myNotifications: 'discipline' };
// Lists whose total comes from the statement that reads the page (a `count(*) over ()` window) or from rows already read.
const TOTAL_WITH_ROWS = ['evaluationResults', 'publicRecords', 'trainingHours', 'warnings'];
describe('SQL statements do not grow with the page size', () => {
  let t: TestApp;
  const tokens = new Map<string, string>();
  /** Arguments a list requires, taken from the seeded data. */
  const fixedArgs: Record<string, Record<string, unknown>> = {};

  beforeAll(async () => {
    t = await startTestApp();
    for (const role of ROLES) tokens.set(role, await t.login(role));
    const em = t.em();
    const [unit] = await em.getConnection().execute<{ id: string }[]>(
      `select entity_id as id from audit_event where entity_type = 'Unit' group by entity_id order by count(*) desc limit 1`,
    );
    const [file] = await em.getConnection().execute<{ id: string }[]>(
      `select entity_id as id from audit_event where action = 'READ' and entity_type = 'Unit' group by entity_id order by count(*) desc limit 1`,
    );
    fixedArgs.entityHistory = { entityType: 'Unit', entityId: unit?.id ?? '' };
    fixedArgs.fileViewers = { subjectType: 'UNIT', subjectId: file!.id };
    const year = Number(today().slice(0, 4));
    fixedArgs.trainingHours = { year };
    // Rankings need a run: evaluate every unit for last year.
    const run = await t.gql(EvaluateDocument, { subjectType: 'UNIT', period: String(year - 1) }, tokens.get('admin'));
    expect(run.errors).toBeUndefined();
    fixedArgs.evaluationResults = { subjectType: 'UNIT', runId: run.data!.evaluate.id };
  });
  afterAll(async () => t?.close());

  // Lists the demo county has at most 2 rows of (for the caller): their check above cannot fail.
  const thin = new Set<string>();
  let ran = 0;
  afterAll(() => {
    // A list that becomes thin (or stops being) is noticed here; these need seed rows of their own.
    if (ran === cases.length) expect([...thin].sort()).toEqual(THIN_IN_SEED);
  });

  it('covers every list query of the schema', () => {
    expect(new Set(cases.map((c) => c.list)).size).toBeGreaterThanOrEqual(30);
  });

  /** The SQL statements a list query issues, and its answer. */
  const runList = async (c: Case, select: string, limit: number, token: string) => {
    const op = operationFor(c.rf, { args: { ...fixedArgs[c.list], limit }, select });
    let body: any;
    const sql = await t.captureQueries(async () => {
      body = (await t.post(op, { authorization: `Bearer ${token}` })).json;
    });
    return { statements: sql.length, sql, body };
  };
  /** Who asks a list: the first role it answers. */
  const roleFor = async (c: Case) => {
    const order = FIRST_ROLE[c.list] ? [FIRST_ROLE[c.list]!, ...ROLES] : ROLES;
    for (const r of order) if ((await runList(c, c.select, SMALL, tokens.get(r)!)).body.data?.[c.list]) return r;
    return order[0]!;
  };

  it.each(cases.map((c) => [`${c.list} › ${c.part}`, c] as const))('%s', async (_name, c) => {
    const run = (limit: number, token: string) => runList(c, c.select, limit, token);
    const role = await roleFor(c);
    const token = tokens.get(role)!;
    const small = await run(SMALL, token);
    const large = await run(LARGE, token);
    expect(large.body.data?.[c.list], JSON.stringify(large.body.errors?.[0])).toBeTruthy();
    const rows = (r: typeof small) => r.body.data[c.list].items.length as number;
    // A statement repeated once per row is the failure. A relation absent from every row of the
    // small page may add its batched statement to the large page, once on each level it appears.
    const levels = c.part === 'fields' ? 1 : 2;
    const smallShapes = shapes(small.sql);
    const repeated = [...shapes(large.sql)].filter(([shape, n]) => n > Math.max(smallShapes.get(shape) ?? 0, levels));
    const report = `${c.list} › ${c.part} as ${role}: ${small.statements} statements for ${rows(small)} rows, ${large.statements} for ${rows(large)} rows`;
    expect(repeated.map(([shape, n]) => `${n}× ${shape.slice(0, 200)}`), report).toEqual([]);
    if (rows(large) <= SMALL) thin.add(c.list);
    ran += 1;
  });

  // A page asked for its items alone (a nested tree, an export walking pages) does not count the rows
  // matching its filter: one statement fewer than the same page with its total, and the same items.
  describe('lists asked without their total', () => {
    const whole = cases.filter((c) => c.part === 'fields');
    const withoutTotal = (select: string) => select.replace(/^\{ total /, '{ ');
    const compare = async (c: Case, token: string) => {
      // Once before measuring, so a page cached by its first answer (the public disclosure) is cached for both.
      await runList(c, c.select, LARGE, token);
      const asked = await runList(c, c.select, LARGE, token);
      const notAsked = await runList(c, withoutTotal(c.select), LARGE, token);
      expect(asked.body.errors).toBeUndefined();
      expect(notAsked.body.errors).toBeUndefined();
      expect(notAsked.body.data[c.list].items).toEqual(asked.body.data[c.list].items);
      return { asked, notAsked, report: `${c.list}: ${asked.statements} statements with total, ${notAsked.statements} without` };
    };

    it.each(whole.map((c) => [c.list, c] as const))('%s', async (_name, c) => {
      const { asked, notAsked, report } = await compare(c, tokens.get(await roleFor(c))!);
      // Lists whose total comes with the rows (a window count) or from rows held in memory have no count to skip.
      expect(notAsked.statements, report).toBe(asked.statements - (TOTAL_WITH_ROWS.includes(c.list) ? 0 : 1));
    });

    it('skips the count of dishonesty records whether it reads whole records or lean rows', async () => {
      const admin = tokens.get('admin')!;
      const records = whole.find((c) => c.list === 'dishonestyRecords')!;
      const lean = { ...records, select: '{ total items { id subjectName severity scopeUnit { id } } }' };
      const page = (r: Awaited<ReturnType<typeof runList>>) => r.sql.find((q) => /from "dishonesty_record"/.test(q) && !/count\(/i.test(q));
      for (const [c, everyColumn] of [[records, true], [lean, false]] as const) {
        const { asked, notAsked, report } = await compare(c, admin);
        // Whole records read every column of the table (computed fields need them); lean rows only the columns asked.
        expect(/"d0"\.\*/.test(page(notAsked) ?? ''), report).toBe(everyColumn);
        expect(notAsked.statements, report).toBe(asked.statements - 1);
      }
    });

    it('counts the audit trail when only totalExact is asked', async () => {
      const c = whole.find((x) => x.list === 'auditEvents')!;
      const admin = tokens.get('admin')!;
      const total = await runList(c, '{ total items { id } }', LARGE, admin);
      const exact = await runList(c, '{ totalExact items { id } }', LARGE, admin);
      const neither = await runList(c, '{ items { id } }', LARGE, admin);
      expect(exact.body.data.auditEvents.totalExact).toBe(total.body.data.auditEvents.total < 10_000);
      expect(exact.statements).toBe(total.statements);
      expect(neither.statements).toBe(total.statements - 1);
    });
  });
});

describe('nested lists: units → people → dishonesty records', () => {
  let t: TestApp;
  let admin: string;
  beforeAll(async () => {
    t = await startTestApp();
    admin = await t.login('admin');
  });
  afterAll(async () => t?.close());

  it('loads each level with one statement, whatever the number of units', async () => {
    const count = (limit: number) => t.countQueries(() => t.gql(UnitsPeopleRecordsDocument, { limit }, admin));
    const two = await count(2);
    const twenty = await count(20);
    // Session, units, people, records: the tree asks no total, so the units are not counted.
    expect(twenty).toBe(two);
    expect(twenty).toBeLessThanOrEqual(4);
    // Asked, the total is counted as on the units list.
    const tree = await t.gql(UnitsPeopleRecordsTotalDocument, { limit: 2 }, admin);
    const list = await t.gql(UnitsDocument, { limit: 1 }, admin);
    expect(tree.data!.units.items).toHaveLength(2);
    expect(tree.data!.units.total).toBe(list.data!.units.total);
    expect(tree.data!.units.total).toBeGreaterThan(2);
  });

  it('answers what the lists answer: people by staff number, at most `limit`; newest records first, at most `limit`', async () => {
    const r = await t.gql(UnitsPeopleRecordsDocument, { limit: 40, people: 3, records: 2 }, admin);
    const units = r.data!.units.items;
    const staffed = units.filter((u) => u.people.length > 0);
    expect(staffed.length).toBeGreaterThan(10);
    for (const unit of staffed.slice(0, 5)) {
      const list = await t.gql(PeopleDocument, { filter: { unitId: unit.id }, sort: { field: 'STAFF_NUMBER', order: 'ASC' }, limit: 3 }, admin);
      expect(unit.people.map((p) => p.id)).toEqual(list.data!.people.items.map((p) => p.id));
    }
    const people = units.flatMap((u) => u.people).filter((p) => p.dishonestyRecords.length > 0);
    expect(people.length).toBeGreaterThan(0);
    for (const person of people) {
      const list = await t.gql(DishonestyRecordsDocument, { filter: { subjectId: person.id }, limit: 2 }, admin);
      expect(person.dishonestyRecords.map((d) => d.id)).toEqual(list.data!.dishonestyRecords.items.map((d) => d.id));
    }
    const refused = await t.gql(UnitsPeopleRecordsDocument, { limit: 1, people: 101 }, admin);
    expect(refused.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  });

  it('answers every field of a nested person and record as the root lists do, whatever else is asked alongside', async () => {
    const post = async (query: string) => {
      const { json } = await t.post({ query }, { authorization: `Bearer ${admin}` });
      expect(json.errors).toBeUndefined();
      return json.data;
    };
    const schema = committedSchema();
    const personFields = leaves(schema.getType('Person') as GraphQLObjectType).map((f) => f.name);
    const recordFields = leaves(schema.getType('DishonestyRecord') as GraphQLObjectType).map((f) => f.name);
    type Row = Record<string, unknown> & { id: string };
    type Tree = { units: { items: { id: string; people: (Row & { dishonestyRecords: Row[] })[] }[] } };
    const tree = (people: string, records: string) =>
      post(`{ units(limit: 40, sort: { field: CODE, order: ASC }) { items { id people(limit: 3) { ${people} dishonestyRecords(limit: 2) { ${records} } } } } }`) as Promise<Tree>;
    // The root lists answer from full records; a nested list asked for a few columns may answer from those alone.
    const base = await tree('id', 'id');
    const units = base.units.items.filter((u) => u.people.length > 0).slice(0, 4);
    const people = base.units.items.flatMap((u) => u.people).filter((p) => p.dishonestyRecords.length > 0).slice(0, 4);
    expect(units.length).toBe(4);
    expect(people.length).toBeGreaterThan(0);
    const rootPeople = new Map<string, Row>();
    for (const u of units) {
      const list = await post(`{ people(filter: { unitId: "${u.id}" }, sort: { field: STAFF_NUMBER, order: ASC }, limit: 3) { items { id ${personFields.join(' ')} } } }`);
      for (const p of list.people.items as Row[]) rootPeople.set(p.id, p);
    }
    const rootRecords = new Map<string, Row>();
    for (const p of people) {
      const list = await post(`{ dishonestyRecords(filter: { subjectId: "${p.id}" }, limit: 2) { items { id ${recordFields.join(' ')} } } }`);
      for (const r of list.dishonestyRecords.items as Row[]) rootRecords.set(r.id, r);
    }
    // Each field alone, then all of them with a relation beside them.
    const selections = [...personFields.map((f) => [f, 'id']), ...recordFields.map((f) => ['id', f]), [`${personFields.join(' ')} unit { code }`, `${recordFields.join(' ')} scopeUnit { code }`]];
    for (const [personSelection, recordSelection] of selections) {
      const answer = await tree(`id ${personSelection}`, `id ${recordSelection}`);
      const byId = new Map(answer.units.items.flatMap((u) => u.people).map((p) => [p.id, p]));
      for (const u of units) {
        for (const p of u.people) {
          const { dishonestyRecords: _records, unit: _unit, ...nested } = byId.get(p.id)!;
          const root = rootPeople.get(p.id)!;
          for (const [field, value] of Object.entries(nested)) expect({ person: p.id, field, value }).toEqual({ person: p.id, field, value: root[field] });
        }
      }
      for (const p of people) {
        for (const r of byId.get(p.id)!.dishonestyRecords) {
          const { scopeUnit: _scopeUnit, ...nested } = r;
          const root = rootRecords.get(r.id)!;
          for (const [field, value] of Object.entries(nested)) expect({ record: r.id, field, value }).toEqual({ record: r.id, field, value: root[field] });
        }
      }
    }
  });

  it('answers every field of a page of records, with their subjects and scope unit, as a single record does', async () => {
    const post = async (query: string, token = admin) => {
      const { json } = await t.post({ query }, { authorization: `Bearer ${token}` });
      expect(json.errors).toBeUndefined();
      return json.data;
    };
    const recordFields = leaves(committedSchema().getType('DishonestyRecord') as GraphQLObjectType).map((f) => f.name);
    const related = 'subjectPerson { id name staffNumber } subjectUnit { id name } scopeUnit { id code name kind }';
    type Row = Record<string, unknown> & { id: string };
    const single = new Map<string, Row>();
    const first = (await post(`{ dishonestyRecords(limit: 20, filter: { subjectType: PERSON }) { total items { id } } }`)).dishonestyRecords;
    const units = (await post(`{ dishonestyRecords(limit: 20, filter: { subjectType: UNIT }) { total items { id } } }`)).dishonestyRecords;
    expect(first.items.length).toBeGreaterThan(5);
    expect(units.items.length).toBeGreaterThan(0);
    for (const { id } of [...first.items, ...units.items]) {
      single.set(id, (await post(`{ dishonestyRecord(id: "${id}") { id ${recordFields.join(' ')} ${related} } }`)).dishonestyRecord);
    }
    for (const field of [...recordFields, recordFields.join(' ')]) {
      for (const [type, expected] of [['PERSON', first], ['UNIT', units]] as const) {
        const page = (await post(`{ dishonestyRecords(limit: 20, filter: { subjectType: ${type} }) { total items { id ${field} ${related} } } }`)).dishonestyRecords;
        expect(page.total).toBe(expected.total);
        expect(page.items.map((r: Row) => r.id)).toEqual(expected.items.map((r: Row) => r.id));
        for (const item of page.items as Row[]) {
          const one = single.get(item.id)!;
          for (const [key, value] of Object.entries(item)) expect({ record: item.id, key, value }).toEqual({ record: item.id, key, value: one[key] });
        }
      }
    }
    // A unit reporter's page holds only what the reporter may see, lean or not.
    const reporter = await t.login('reporter');
    const own = (await post(`{ dishonestyRecords(limit: 100) { total items { id counting scopeUnit { id } } } }`, reporter)).dishonestyRecords;
    const lean = (await post(`{ dishonestyRecords(limit: 100) { total items { id scopeUnit { id } } } }`, reporter)).dishonestyRecords;
    expect(lean.total).toBe(own.total);
    expect(lean.items).toEqual(own.items.map(({ counting: _c, ...r }: Row) => r));
    expect(lean.total).toBeLessThan(first.total + units.total);
  });

  it.each([
    ['units', 'id code name kind active sortOrder head { id name } people(limit: 2) { id staffNumber }', 'parent { id }', 'unit'],
    ['people', 'id name staffNumber status unit { id code } dishonestyRecords(limit: 2) { id status }', 'hasNationalId', 'person'],
  ])('answers a page of %s with plain rows of the columns asked, as with whole entities', async (list, plain, computed, table) => {
    const run = async (fields: string) => {
      let json: any;
      const sql = await t.captureQueries(async () => {
        json = (await t.post({ query: `{ ${list}(limit: 20) { total items { ${fields} } } }` }, { authorization: `Bearer ${admin}` })).json;
      });
      expect(json.errors).toBeUndefined();
      const page = sql.find((q) => new RegExp(`from "${table}" as "\\w0"`).test(q) && !/count\(/i.test(q));
      return { page: json.data[list], everyColumn: /"\w0"\.\*/.test(page ?? '') };
    };
    const lean = await run(plain);
    const whole = await run(`${plain} ${computed}`);
    // Whole entities read every column (the computed field needs them); plain rows only the columns asked.
    expect([lean.everyColumn, whole.everyColumn]).toEqual([false, true]);
    expect(lean.page.items.length).toBeGreaterThan(2);
    expect(lean.page.total).toBe(whole.page.total);
    const field = computed.split(' ')[0]!;
    expect(lean.page.items).toEqual(whole.page.items.map(({ [field]: _c, ...rest }: Record<string, unknown>) => rest));
  });

  it('answers two selections of one nested list in one request each with its own fields', async () => {
    const { json } = await t.post(
      {
        query: `{ units(limit: 5, sort: { field: CODE, order: ASC }) { items { code
          plain: people(limit: 2) { id name }
          full: people(limit: 2) { id unit { code } ...Staff }
        } } }
        fragment Staff on Person { staffNumber dishonestyRecords(limit: 1) { id scopeUnit { id } } }`,
      },
      { authorization: `Bearer ${admin}` },
    );
    expect(json.errors).toBeUndefined();
    type Staff = { id: string; name?: string; staffNumber?: string; unit?: { code: string }; dishonestyRecords?: { scopeUnit: { id: string } }[] };
    const units = json.data.units.items as { code: string; plain: Staff[]; full: Staff[] }[];
    expect(units.some((u) => u.full.length > 0)).toBe(true);
    for (const u of units) {
      expect(u.full.map((p) => p.id)).toEqual(u.plain.map((p) => p.id));
      for (const p of u.plain) expect(Object.keys(p).sort()).toEqual(['id', 'name']);
      for (const p of u.full) {
        expect(p.unit?.code).toBe(u.code);
        expect(p.staffNumber).toMatch(/\S/);
        for (const r of p.dishonestyRecords!) expect(r.scopeUnit.id).toMatch(/^[0-9a-f-]{36}$/);
      }
    }
  });

  it('keeps a unit reporter to its own units and their records', async () => {
    const reporter = await t.login('reporter');
    const r = await t.gql(UnitsPeopleRecordsDocument, { limit: 100, people: 100, records: 100 }, reporter);
    const own = await t.gql(PeopleDocument, { limit: 100 }, reporter);
    const nested = r.data!.units.items.flatMap((u) => u.people.map((p) => p.id)).sort();
    expect(nested).toEqual(own.data!.people.items.map((p) => p.id).sort());
    const records = r.data!.units.items.flatMap((u) => u.people.flatMap((p) => p.dishonestyRecords.map((d) => d.id)));
    const visible = await t.gql(DishonestyRecordsDocument, { limit: 100 }, reporter);
    const visibleIds = new Set(visible.data!.dishonestyRecords.items.map((d) => d.id));
    for (const id of records) expect(visibleIds.has(id)).toBe(true);
  });
});
