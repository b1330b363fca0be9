import { print } from 'graphql';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { setToday } from '../../server/src/app/clock';
import { closeDatabase, openDatabase } from '../../server/src/app/orm';
import { createApp } from '../../server/src/app/server';
import { portalLimiter } from '../../server/src/modules/disclosure/public-limits';
import {
  ConfirmDishonestyRecordDocument,
  CreateDishonestyRecordDocument,
  CreateRectificationDocument,
  DishonestyRecordDocument,
  MeDocument,
  PeopleDocument,
  PublicDisclosureRulesDocument,
  PublicHonourRollDocument,
  PublicRecordsDocument,
  PublicUnitsDocument,
  RepairDishonestyRecordDocument,
  ReportRectificationProgressDocument,
  RevokeDishonestyRecordDocument,
  SubmitDishonestyRecordDocument,
  VerifyRectificationDocument,
  type CreateDishonestyRecordInput,
} from '../generated/graphql';
import { httpClient, startTestApp, type TestApp } from '../helpers/test-app';

const UUID = /[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/i;

describe('public portal: disclosure (公示) without signing in', () => {
  let t: TestApp;
  let admin: string;
  let general: string;
  let discipline: string;
  let reporter: string;
  let unitId: string;
  let person: { id: string; name: string; staffNumber: string };

  beforeAll(async () => {
    t = await startTestApp();
    [admin, general, discipline, reporter] = await Promise.all([t.login('admin'), t.login('general'), t.login('discipline'), t.login('reporter')]);
    const me = (await t.gql(MeDocument, {}, reporter)).data!.me;
    unitId = me.unit!.id;
    const ownUnit = (await t.gql(PeopleDocument, { filter: { unitId }, limit: 1 }, admin)).data!.people.items[0];
    person = { id: ownUnit.id, name: ownUnit.name, staffNumber: ownUnit.staffNumber };
  });
  beforeEach(() => {
    portalLimiter.reset();
    t.app.instance.publicCache.clear();
  });
  afterEach(() => setToday(undefined));
  afterAll(async () => t?.close());

  const ownUnitCode = async () => (await t.gql(MeDocument, {}, reporter)).data!.me.unit!.code;

  async function confirmed(input: Partial<CreateDishonestyRecordInput>) {
    const created = await t.gql(
      CreateDishonestyRecordDocument,
      {
        input: {
          subjectType: 'PERSON',
          subjectId: person.id,
          category: 'DISCIPLINARY_SANCTION',
          severity: 'GENERAL',
          facts: '私自挪用惠民补贴资金用于个人消费（公示测试）',
          legalBasis: '《行政机关公务员处分条例》',
          documentNumber: '郏纪〔2026〕77号',
          decidingAuthority: '县纪委监委',
          decisionDate: '2026-03-02',
          ...input,
        },
      },
      general,
    );
    expect(created.errors).toBeUndefined();
    const r = created.data!.createDishonestyRecord;
    const submitted = (await t.gql(SubmitDishonestyRecordDocument, { id: r.id, version: r.version }, general)).data!.submitDishonestyRecord;
    const done = await t.gql(ConfirmDishonestyRecordDocument, { id: submitted.id, version: submitted.version }, discipline);
    expect(done.errors).toBeUndefined();
    return done.data!.confirmDishonestyRecord;
  }

  /** The record's rectification, reported done by its unit and accepted (credit repair may follow after the minimum period). */
  async function rectified(recordId: string) {
    const rect = (await t.gql(CreateRectificationDocument, { input: { recordId, requiredActions: '退回资金并作出检查', workingDays: 20 } }, discipline)).data!
      .createRectification;
    const done = (await t.gql(ReportRectificationProgressDocument, { id: rect.id, input: { progress: '已退回全部资金', completed: true }, version: rect.version }, reporter)).data!
      .reportRectificationProgress;
    await t.gql(VerifyRectificationDocument, { id: rect.id, accepted: true, note: '整改到位', version: done.version }, discipline);
  }

  async function repair(recordId: string) {
    const current = (await t.gql(DishonestyRecordDocument, { id: recordId }, admin)).data!.dishonestyRecord;
    const repaired = await t.gql(RepairDishonestyRecordDocument, { id: recordId, reason: '整改到位，准予信用修复', version: current.version }, discipline);
    expect(repaired.errors).toBeUndefined();
  }

  const publicRecords = (filter: Record<string, unknown>, limit = 20) =>
    t.post({ query: print(PublicRecordsDocument), variables: { filter, limit } });

  it('shows a disclosed person record with the name masked as 张* and no ids, facts, document number or staff number', async () => {
    setToday('2026-03-10');
    const record = await confirmed({});
    const code = await ownUnitCode();
    const { status, json } = await publicRecords({ unitCode: code, subjectType: 'PERSON' });
    expect(status).toBe(200);
    const items = json.data.publicRecords.items as { subjectName: string; decisionDate: string; documentNumber: string | null; legalBasis: string | null }[];
    const mine = items.filter((i) => i.decisionDate === '2026-03-02');
    expect(mine.length).toBeGreaterThanOrEqual(1);
    expect(mine[0].subjectName).toBe(`${[...person.name][0]}*`);
    expect(mine[0]).toMatchObject({ documentNumber: null, legalBasis: null });
    const body = JSON.stringify(json);
    expect(body).not.toContain(person.name);
    expect(body).not.toContain(person.staffNumber);
    expect(body).not.toContain('私自挪用');
    expect(body).not.toContain(record.id);
    expect(body).not.toMatch(UUID);
  });

  it('shows a unit record from the first day of its window to the last, and not on the day after, by the clock alone', async () => {
    setToday('2026-04-01');
    await confirmed({ subjectType: 'UNIT', subjectId: unitId, documentNumber: '郏财〔2026〕公示1号', decisionDate: '2026-03-20', category: 'ADMIN_PENALTY' });
    const code = await ownUnitCode();
    const shown = async (day: string) => {
      setToday(day);
      const { json } = await publicRecords({ unitCode: code, category: 'ADMIN_PENALTY' });
      return (json.data.publicRecords.items as { documentNumber: string | null; disclosureEnd: string }[]).find((i) => i.documentNumber === '郏财〔2026〕公示1号');
    };
    expect(await shown('2026-03-31')).toBeUndefined();
    // 一般: 365 days from confirmation on 2026-04-01, the last day being 2027-03-31.
    expect(await shown('2026-04-01')).toMatchObject({ disclosureEnd: '2027-03-31' });
    expect(await shown('2027-03-31')).toBeTruthy();
    expect(await shown('2027-04-01')).toBeUndefined();
  });

  it('drops a record from the public list as soon as it is repaired or revoked, even while answers are cached', async () => {
    setToday('2026-03-10');
    const code = await ownUnitCode();
    const total = async () => (await publicRecords({ unitCode: code, subjectType: 'PERSON' })).json.data.publicRecords.total as number;
    const before = await total();
    const r = await confirmed({ decisionDate: '2026-03-01', category: 'ACCOUNTABILITY' });
    const revokeMe = await confirmed({ decisionDate: '2026-03-03', category: 'ONLINE_APPROVAL_SUBSTANDARD' });
    expect(await total()).toBe(before + 2);

    const revoked = await t.gql(RevokeDishonestyRecordDocument, { id: revokeMe.id, reason: '认定主体错误', version: revokeMe.version }, discipline);
    expect(revoked.errors).toBeUndefined();
    expect(await total()).toBe(before + 1);

    await rectified(r.id);
    setToday('2026-06-01');
    expect(await total()).toBe(before + 1);
    await repair(r.id);
    expect(await total()).toBe(before);
  });

  it('serves a repeated public query from its cache with one statement, the version of the disclosed data', async () => {
    const first = await t.gql(PublicUnitsDocument, {});
    expect(first.data!.publicUnits.length).toBeGreaterThan(10);
    const statements = await t.captureQueries(() => t.gql(PublicUnitsDocument, {}));
    expect(statements).toHaveLength(1);
    expect(statements[0]).toContain('disclosure_version');
  });

  it('drops a record from the cached public list at once when another process repairs it with plain SQL', async () => {
    setToday('2026-03-10');
    const code = await ownUnitCode();
    const r = await confirmed({ decisionDate: '2026-03-04', category: 'ACCOUNTABILITY' });
    const total = async () => (await publicRecords({ unitCode: code, subjectType: 'PERSON' })).json.data.publicRecords.total as number;
    const shown = await total();
    // Not through this server's ORM: a job or another program writing to the database.
    await t.em().getConnection().execute('update dishonesty_record set repaired_at = now() where id = ?', [r.id]);
    expect(await total()).toBe(shown - 1);
  });

  it.skipIf(!process.env.DATABASE_URL)('drops a record repaired on one instance from the other instance’s cached portal at once (PostgreSQL only)', async () => {
    setToday('2026-03-10');
    const code = await ownUnitCode();
    const orm = await openDatabase({ databaseUrl: t.databaseUrl });
    const other = await createApp({ orm, consoleDir: '/nonexistent' });
    try {
      const b = httpClient(`http://127.0.0.1:${await other.listen(0, '127.0.0.1')}/graphql`);
      const onB = async () =>
        (await b.post({ query: print(PublicRecordsDocument), variables: { filter: { unitCode: code, subjectType: 'PERSON' }, limit: 20 } })).json.data.publicRecords
          .total as number;
      const r = await confirmed({ decisionDate: '2026-03-01', category: 'ACCOUNTABILITY' });
      await rectified(r.id);
      setToday('2026-06-01');
      const shown = await onB();
      expect(await onB()).toBe(shown);
      expect(other.instance.publicCache.size).toBeGreaterThan(0);
      await repair(r.id);
      expect(await onB()).toBe(shown - 1);
    } finally {
      await other.stop();
      await closeDatabase(orm);
    }
  });

  it('lets browsers and proxies keep a public answer for a minute, but never a signed-in one', async () => {
    const call = (query: string, token?: string) =>
      fetch(t.url, { method: 'POST', headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) }, body: JSON.stringify({ query }) });
    const pub = await call('{ publicDisclosureRules { disclosureDaysGeneral } }');
    expect(pub.headers.get('cache-control')).toBe('public, max-age=60');
    expect(pub.headers.get('pragma')).toBeNull();
    const staff = await call('{ me { username } }', admin);
    expect(staff.headers.get('cache-control')).toBe('no-store');
    const refused = await call('{ publicRecords(limit: 500) { total } }');
    expect(refused.headers.get('cache-control')).toBe('no-store');
  });

  it('refuses a page of more than 20 records with BAD_USER_INPUT, and serves 20', async () => {
    const big = await publicRecords({}, 21);
    expect(big.json.errors[0].extensions.code).toBe('BAD_USER_INPUT');
    expect(big.json.data).toBeNull();
    const ok = await publicRecords({}, 20);
    expect(ok.json.errors).toBeUndefined();
    expect(ok.json.data.publicRecords.items.length).toBeLessThanOrEqual(20);
  });

  it('refuses a query deeper than 4 levels from a caller without an account, before running it', async () => {
    const deep = '{ unitByCode(code: "JXCZ-T02") { parent { parent { parent { name } } } } }';
    const anonymous = await t.post({ query: deep }, { accept: 'application/graphql-response+json' });
    expect(anonymous.status).toBe(400);
    expect(anonymous.json.errors[0].extensions.code).toBe('GRAPHQL_VALIDATION_FAILED');
    expect(anonymous.json.errors[0].message).toMatch(/depth/);
    // The same depth is fine for a signed-in console user.
    const signedIn = await t.post({ query: deep }, { authorization: `Bearer ${admin}` });
    expect(signedIn.json.errors).toBeUndefined();
  });

  it('refuses a public query mixed with signed-in fields, so a cacheable answer never carries personal data', async () => {
    const mixed = await t.post({ query: '{ publicUnits { code } me { username } }' }, { authorization: `Bearer ${admin}` });
    expect(mixed.json.errors[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'PUBLIC_QUERY_MIXED' });
    expect(mixed.json.data ?? null).toBeNull();
  });

  it('answers RATE_LIMITED (429) after 60 public queries a minute from one address', async () => {
    for (let i = 0; i < 60; i++) {
      const r = await t.gql(PublicDisclosureRulesDocument, {});
      expect(r.errors).toBeUndefined();
    }
    const over = await t.post({ query: print(PublicDisclosureRulesDocument) });
    expect(over.status).toBe(429);
    expect(over.json.errors[0].extensions.code).toBe('RATE_LIMITED');
    expect(over.json.data ?? null).toBeNull();
  });

  it('lists the honour roll (守信红榜) of the latest published year: grade A only, staff names masked', async () => {
    const people = (await t.gql(PublicHonourRollDocument, { subjectType: 'PERSON', limit: 20 })).data!.publicHonourRoll;
    const units = (await t.gql(PublicHonourRollDocument, { subjectType: 'UNIT', limit: 20 })).data!.publicHonourRoll;
    expect(units.period).toMatch(/^\d{4}$/);
    expect(units.items.length).toBeGreaterThan(0);
    for (const x of [...people.items, ...units.items]) expect(x.grade).toBe('A');
    for (const p of people.items) expect(p.subjectName).toMatch(/^.\*$/u);
    const scores = units.items.map((u) => u.score);
    expect([...scores].sort((a, b) => b - a)).toEqual(scores);
    const tooMany = await t.post({ query: print(PublicHonourRollDocument), variables: { subjectType: 'UNIT', limit: 50 } });
    expect(tooMany.json.errors[0].extensions.code).toBe('BAD_USER_INPUT');
  });

  it('publishes the disclosure rules in force (credit policy periods)', async () => {
    const r = await t.gql(PublicDisclosureRulesDocument, {});
    expect(r.data!.publicDisclosureRules).toMatchObject({ disclosureDaysGeneral: 365, disclosureDaysSerious: 1095, disclosureDaysGrave: 1825, pageSize: 20 });
  });

  it('counts per unit only what is disclosed today', async () => {
    setToday('2026-03-10');
    const units = (await t.gql(PublicUnitsDocument, {})).data!.publicUnits;
    const code = await ownUnitCode();
    const own = units.find((u) => u.code === code)!;
    const listed = (await publicRecords({ unitCode: code })).json.data.publicRecords.total;
    expect(own.disclosedRecords).toBe(listed);
  });
});
