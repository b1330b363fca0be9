import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  CreateDishonestyRecordDocument,
  PeopleDocument,
  RecordStatisticsDocument,
  SubmitDishonestyRecordDocument,
  UnitsDocument,
  type RecordStatisticsQuery,
} from '../generated/graphql';
import { errorCode, startTestApp, type TestApp } from '../helpers/test-app';

type Stats = RecordStatisticsQuery['recordStatistics'];
const categoryCount = (s: Stats, category: string) => s.byCategory.find((c) => c.category === category)?.count ?? 0;

describe('dishonesty record statistics (失信记录统计) for the dashboard', () => {
  let t: TestApp;
  let admin: string;
  let reporter: string;

  beforeAll(async () => {
    t = await startTestApp();
    admin = await t.login('admin');
    reporter = await t.login('reporter');
  });
  afterAll(async () => t?.close());

  const stats = async (token: string, months = 12) => {
    const r = await t.gql(RecordStatisticsDocument, { months }, token);
    expect(r.errors).toBeUndefined();
    return r.data!.recordStatistics;
  };

  it('counts a record once it is submitted, under its category, its unit and the month of its decision', async () => {
    const before = await stats(admin);
    const person = (await t.gql(PeopleDocument, { limit: 1 }, reporter)).data!.people.items[0];
    const decisionDate = new Date().toLocaleDateString('sv-SE', { timeZone: 'Asia/Shanghai' });
    const draft = (
      await t.gql(
        CreateDishonestyRecordDocument,
        {
          input: {
            subjectType: 'PERSON',
            subjectId: person.id,
            category: 'PROCUREMENT_VIOLATION',
            severity: 'GENERAL',
            facts: '政府采购中违规指定品牌',
            decisionDate,
          },
        },
        reporter,
      )
    ).data!.createDishonestyRecord;
    // A draft is not a record yet.
    expect((await stats(admin)).total).toBe(before.total);

    const submitted = await t.gql(SubmitDishonestyRecordDocument, { id: draft.id, version: draft.version }, reporter);
    expect(submitted.errors).toBeUndefined();
    const after = await stats(admin);

    expect(after.total).toBe(before.total + 1);
    expect(categoryCount(after, 'PROCUREMENT_VIOLATION')).toBe(categoryCount(before, 'PROCUREMENT_VIOLATION') + 1);
    expect(after.byMonth.at(-1)).toEqual({ month: decisionDate.slice(0, 7), count: before.byMonth.at(-1)!.count + 1 });
    // The parts add up to the whole.
    expect(after.byCategory.reduce((s, c) => s + c.count, 0)).toBe(after.total);
    expect(after.byMonth.reduce((s, m) => s + m.count, 0)).toBe(after.total);
    expect(after.byMonth).toHaveLength(12);
    expect(after.fromMonth).toBe(after.byMonth[0].month);
  });

  it('shows a unit reporter only its own units’ records', async () => {
    const visible = new Set((await t.gql(UnitsDocument, { limit: 100 }, reporter)).data!.units.items.map((u) => u.id));
    const own = await stats(reporter);
    const all = await stats(admin);
    expect(own.total).toBeGreaterThan(0);
    expect(own.total).toBeLessThan(all.total);
    expect(own.byUnit.length).toBeGreaterThan(0);
    for (const row of own.byUnit) expect(visible.has(row.unit.id)).toBe(true);
  });

  it('refuses a window of no months or of more than five years', async () => {
    expect(errorCode(await t.gql(RecordStatisticsDocument, { months: 0 }, admin))).toBe('BAD_USER_INPUT');
    const tooLong = await t.gql(RecordStatisticsDocument, { months: 61 }, admin);
    expect(errorCode(tooLong)).toBe('BAD_USER_INPUT');
    expect(tooLong.errors![0].extensions!.field).toBe('months');
    expect((await stats(admin, 3)).byMonth).toHaveLength(3);
  });
});
