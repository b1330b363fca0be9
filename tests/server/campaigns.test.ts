import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { MikroORM } from '@mikro-orm/core';
import { setToday } from '../../server/src/app/clock';
import { closeDatabase, openDatabase } from '../../server/src/app/orm';
import { runCampaignDeadlines } from '../../server/src/jobs/campaign-deadlines.job';
import { DishonestyRecord } from '../../server/src/modules/credit/dishonesty-record.entity';
import {
  CampaignFindingDocument,
  CampaignFindingsDocument,
  CampaignsDocument,
  CampaignZeroOutDocument,
  CloseCampaignDocument,
  CreateCampaignDocument,
  DishonestyRecordsDocument,
  MeDocument,
  PeopleDocument,
  RegisterCampaignFindingDocument,
  ReportCampaignFindingRectifiedDocument,
  RunCampaignDeadlinesDocument,
  StartCampaignDocument,
  UnitByCodeDocument,
  VerifyCampaignFindingDocument,
  WarningsDocument,
  type RegisterFindingInput,
} from '../generated/graphql';
import { errorCode, startTestApp, type TestApp } from '../helpers/test-app';

describe('special rectification campaigns (专项治理)', () => {
  let t: TestApp;
  let admin: string;
  let discipline: string;
  let general: string;
  let reporter: string;
  let leader: string;
  let ownUnitId: string;
  let otherUnitId: string;
  let ownPersonId: string;
  let seq = 0;

  beforeAll(async () => {
    t = await startTestApp();
    [admin, discipline, general, reporter, leader] = await Promise.all(
      ['admin', 'discipline', 'general', 'reporter', 'leader'].map((u) => t.login(u)),
    );
    ownUnitId = (await t.gql(MeDocument, {}, reporter)).data!.me.unit!.id;
    otherUnitId = (await t.gql(UnitByCodeDocument, { code: 'JXCZ-T02' }, admin)).data!.unitByCode.id;
    ownPersonId = (await t.gql(PeopleDocument, { filter: { unitId: ownUnitId }, limit: 1 }, admin)).data!.people.items[0].id;
  });
  afterEach(() => setToday(undefined));
  afterAll(async () => t?.close());

  const createCampaign = async (token = discipline) => {
    seq += 1;
    const r = await t.gql(
      CreateCampaignDocument,
      { input: { title: `惠民资金发放领域失信问题专项治理（${seq}）`, documentNumber: `郏财纪〔2026〕${seq}号`, startsOn: '2026-03-01', endsOn: '2026-12-31' } },
      token,
    );
    expect(r.errors).toBeUndefined();
    return r.data!.createCampaign;
  };
  const activeCampaign = async () => {
    const c = await createCampaign();
    return (await t.gql(StartCampaignDocument, { id: c.id, version: c.version }, discipline)).data!.startCampaign;
  };
  const register = async (campaignId: string, over: Partial<RegisterFindingInput> = {}) => {
    const r = await t.gql(
      RegisterCampaignFindingDocument,
      { input: { campaignId, responsibleUnitId: ownUnitId, problem: '补贴发放台账缺少签收记录', severity: 'GENERAL', ...over } },
      discipline,
    );
    expect(r.errors).toBeUndefined();
    return r.data!.registerCampaignFinding;
  };
  const finding = async (id: string) => (await t.gql(CampaignFindingDocument, { id }, admin)).data!.campaignFinding;
  const rectify = (id: string, version: number, token = reporter, evidence = ['整改报告']) =>
    t.gql(ReportCampaignFindingRectifiedDocument, { id, input: { rectification: '已补齐签收记录并建立台账', evidence }, version }, token);

  it('puts a campaign in 纪检监察室’s charge and takes findings only while it is under way', async () => {
    expect(errorCode(await t.gql(CreateCampaignDocument, { input: { title: '越权创建', startsOn: '2026-03-01', endsOn: '2026-04-01' } }, general))).toBe('FORBIDDEN');
    const c = await createCampaign();
    expect(c).toMatchObject({ status: 'PLANNED', rectificationWorkingDays: 20, responsibleSection: { name: '纪检监察室' } });
    setToday('2026-03-02');
    const early = await t.gql(RegisterCampaignFindingDocument, { input: { campaignId: c.id, responsibleUnitId: ownUnitId, problem: '提前登记问题', severity: 'GENERAL' } }, discipline);
    expect(early.errors![0].extensions).toMatchObject({ code: 'CONFLICT', reason: 'CAMPAIGN_NOT_ACTIVE' });
    const started = (await t.gql(StartCampaignDocument, { id: c.id, version: c.version }, discipline)).data!.startCampaign;
    expect(started.status).toBe('ACTIVE');
    const again = await t.gql(StartCampaignDocument, { id: c.id, version: started.version }, discipline);
    expect(again.errors![0].extensions).toMatchObject({ code: 'CONFLICT', reason: 'ILLEGAL_TRANSITION' });
    expect((await t.gql(CampaignsDocument, { filter: { statuses: ['ACTIVE'] }, limit: 100 }, reporter)).data!.campaigns.items.map((x) => x.id)).toContain(c.id);
  });

  it('counts the rectification deadline in working days across the May Day holiday', async () => {
    const c = await activeCampaign();
    setToday('2026-04-30');
    const f = await register(c.id, { workingDays: 5, responsiblePersonId: ownPersonId });
    // 1–5 May are holidays, Saturday 9 May is worked in exchange.
    expect(f).toMatchObject({ foundOn: '2026-04-30', workingDays: 5, deadline: '2026-05-11', status: 'OPEN', responsiblePerson: { id: ownPersonId } });
    const defaulted = await register(c.id);
    expect(defaulted.workingDays).toBe(20);
    const wrong = await t.gql(RegisterCampaignFindingDocument, { input: { campaignId: c.id, responsibleUnitId: otherUnitId, responsiblePersonId: ownPersonId, problem: '人员与单位不符', severity: 'GENERAL' } }, discipline);
    expect(wrong.errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'PERSON_NOT_IN_UNIT', field: 'responsiblePersonId' });
    const future = await t.gql(RegisterCampaignFindingDocument, { input: { campaignId: c.id, responsibleUnitId: ownUnitId, problem: '未来发现的问题', severity: 'GENERAL', foundOn: '2026-05-06' } }, discipline);
    expect(future.errors![0].extensions).toMatchObject({ reason: 'DATE_IN_FUTURE', field: 'foundOn' });
  });

  it('walks a finding through rectified to verified and refuses what its state does not allow', async () => {
    const c = await activeCampaign();
    setToday('2026-03-02');
    const f = await register(c.id);
    const bare = await rectify(f.id, f.version, reporter, ['  ']);
    expect(bare.errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'EVIDENCE_REQUIRED' });
    expect(errorCode(await t.gql(VerifyCampaignFindingDocument, { id: f.id, accepted: true, version: f.version }, discipline))).toBe('CONFLICT');

    const done = (await rectify(f.id, f.version)).data!.reportCampaignFindingRectified;
    expect(done).toMatchObject({ status: 'RECTIFIED', rectifiedOn: '2026-03-02', evidence: ['整改报告'] });
    expect(errorCode(await t.gql(VerifyCampaignFindingDocument, { id: f.id, accepted: true, version: done.version }, reporter))).toBe('FORBIDDEN');
    const noReason = await t.gql(VerifyCampaignFindingDocument, { id: f.id, accepted: false, version: done.version }, discipline);
    expect(noReason.errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'note' });
    const back = (await t.gql(VerifyCampaignFindingDocument, { id: f.id, accepted: false, note: '台账仍缺3户签收', version: done.version }, discipline)).data!.verifyCampaignFinding;
    expect(back).toMatchObject({ status: 'OPEN', rectifiedOn: null, verificationNote: '台账仍缺3户签收' });

    const again = (await rectify(f.id, back.version)).data!.reportCampaignFindingRectified;
    const verified = (await t.gql(VerifyCampaignFindingDocument, { id: f.id, accepted: true, note: '核验通过', version: again.version }, discipline)).data!.verifyCampaignFinding;
    expect(verified.status).toBe('VERIFIED');
    expect(verified.verifiedByName).toContain('纪检监察室');

    const late = await rectify(f.id, verified.version);
    expect(late.errors![0].extensions).toMatchObject({ code: 'CONFLICT', reason: 'ILLEGAL_TRANSITION' });
    const stale = await t.gql(VerifyCampaignFindingDocument, { id: f.id, accepted: true, version: again.version }, discipline);
    expect(stale.errors![0].extensions).toMatchObject({ reason: 'STALE_VERSION' });
    expect(await finding(f.id)).toMatchObject({ status: 'VERIFIED', version: verified.version });
  });

  it('lets a unit reporter see and rectify only its own unit’s findings', async () => {
    const c = await activeCampaign();
    setToday('2026-03-02');
    const mine = await register(c.id);
    const theirs = await register(c.id, { responsibleUnitId: otherUnitId, problem: '项目资金拨付超时限' });

    const list = (await t.gql(CampaignFindingsDocument, { filter: { campaignId: c.id } }, reporter)).data!.campaignFindings;
    expect(list.items.map((x) => x.id)).toEqual([mine.id]);
    expect((await t.gql(CampaignFindingsDocument, { filter: { campaignId: c.id } }, leader)).data!.campaignFindings.total).toBe(2);
    expect(errorCode(await t.gql(CampaignFindingDocument, { id: theirs.id }, reporter))).toBe('NOT_FOUND');
    expect(errorCode(await rectify(theirs.id, theirs.version))).toBe('NOT_FOUND');
    expect((await finding(theirs.id)).status).toBe('OPEN');
    expect(errorCode(await t.gql(RegisterCampaignFindingDocument, { input: { campaignId: c.id, responsibleUnitId: ownUnitId, problem: '自查问题', severity: 'GENERAL' } }, reporter))).toBe('FORBIDDEN');
  });

  it('turns an unrectified finding past its deadline into an overdue finding with one draft record, warning red', async () => {
    const c = await activeCampaign();
    setToday('2026-03-02');
    const named = await register(c.id, { workingDays: 5, responsiblePersonId: ownPersonId });
    const unnamed = await register(c.id, { workingDays: 5, responsibleUnitId: otherUnitId, problem: '票据核销不及时' });
    const warning = async (id: string, token = admin) =>
      (await t.gql(WarningsDocument, { kinds: ['CAMPAIGN_FINDING'], limit: 100 }, token)).data!.warnings.items.find((w) => w.entityId === id);

    setToday('2026-03-08');
    expect(await warning(named.id)).toMatchObject({ level: 'YELLOW', dueOn: '2026-03-09', responsibleUnit: { id: ownUnitId }, responsiblePerson: { id: ownPersonId } });
    setToday('2026-03-09');
    expect((await runCampaignDeadlines(t.orm)).overdueFindings).toBe(0);

    setToday('2026-03-10');
    expect(errorCode(await t.gql(RunCampaignDeadlinesDocument, {}, discipline))).toBe('FORBIDDEN');
    const run = (await t.gql(RunCampaignDeadlinesDocument, {}, admin)).data!.runCampaignDeadlines;
    expect(run).toMatchObject({ ran: true });
    expect(run.overdueFindings).toBeGreaterThanOrEqual(2);
    expect((await t.gql(RunCampaignDeadlinesDocument, {}, admin)).data!.runCampaignDeadlines.overdueFindings).toBe(0);

    const overdue = await finding(named.id);
    expect(overdue.status).toBe('OVERDUE');
    const records = (await t.gql(DishonestyRecordsDocument, { filter: { sourceType: 'CAMPAIGN', sourceId: named.id } }, admin)).data!.dishonestyRecords;
    expect(records.total).toBe(1);
    expect(records.items[0]).toMatchObject({
      id: overdue.recordId,
      status: 'DRAFT',
      category: 'RECTIFICATION_OVERDUE',
      subjectType: 'PERSON',
      subjectPerson: { id: ownPersonId },
      scopeUnit: { id: ownUnitId },
    });
    const unitRecord = (await t.gql(DishonestyRecordsDocument, { filter: { sourceType: 'CAMPAIGN', sourceId: unnamed.id } }, admin)).data!.dishonestyRecords;
    expect(unitRecord.items[0]).toMatchObject({ subjectType: 'UNIT', subjectUnit: { id: otherUnitId } });
    // The reporter sees its own unit's red warning, not the other unit's.
    expect(await warning(named.id, reporter)).toMatchObject({ level: 'RED', daysLeft: -1 });
    expect(await warning(unnamed.id, reporter)).toBeUndefined();

    // Late rectification is still recorded; the record stays, and a rejection after the deadline makes no second one.
    const late = (await rectify(named.id, overdue.version)).data!.reportCampaignFindingRectified;
    expect(late.status).toBe('RECTIFIED');
    expect(await warning(named.id)).toBeUndefined();
    const rejected = (await t.gql(VerifyCampaignFindingDocument, { id: named.id, accepted: false, note: '整改不到位', version: late.version }, discipline)).data!.verifyCampaignFinding;
    expect(rejected.status).toBe('OVERDUE');
    await runCampaignDeadlines(t.orm);
    expect((await t.gql(DishonestyRecordsDocument, { filter: { sourceId: named.id } }, admin)).data!.dishonestyRecords.total).toBe(1);
  });

  it('creates each record exactly once when two instances run the job at the same moment', async () => {
    const c = await activeCampaign();
    setToday('2026-06-15');
    await runCampaignDeadlines(t.orm);
    const ids: string[] = [];
    for (let i = 0; i < 5; i++) ids.push((await register(c.id, { foundOn: '2026-06-01', workingDays: 1, problem: `第${i + 1}项问题逾期未改` })).id);
    let second: MikroORM | undefined;
    if (t.databaseUrl) second = await openDatabase({ databaseUrl: t.databaseUrl });
    try {
      const reports = await Promise.all([runCampaignDeadlines(t.orm), runCampaignDeadlines(second ?? t.orm), runCampaignDeadlines(t.orm)]);
      expect(reports.reduce((n, r) => n + r.overdueFindings, 0)).toBe(5);
    } finally {
      if (second) await closeDatabase(second);
    }
    for (const id of ids) {
      const records = await t.gql(DishonestyRecordsDocument, { filter: { sourceType: 'CAMPAIGN', sourceId: id } }, admin);
      expect(records.data!.dishonestyRecords.total).toBe(1);
    }
    // Even written directly, a second record for the same finding is refused by the database.
    const em = t.em();
    const original = await em.findOneOrFail(DishonestyRecord, { sourceId: ids[0] });
    em.create(DishonestyRecord, {
      subjectType: original.subjectType,
      subjectUnit: original.subjectUnit,
      scopeUnit: original.scopeUnit,
      subjectName: original.subjectName,
      category: original.category,
      severity: original.severity,
      facts: original.facts,
      sourceType: original.sourceType,
      sourceId: original.sourceId,
    });
    await expect(em.flush()).rejects.toThrow(/unique/i);
  });

  it('keeps the zero-out tracker per unit and closes the campaign only when everything is rectified', async () => {
    const c = await activeCampaign();
    setToday('2026-04-01');
    const a = await register(c.id);
    const b = await register(c.id, { responsibleUnitId: otherUnitId, problem: '采购合同未公开' });
    const d = await register(c.id, { responsibleUnitId: otherUnitId, problem: '票据管理不规范', foundOn: '2026-03-02', workingDays: 3 });
    await runCampaignDeadlines(t.orm);
    const done = (await rectify(a.id, a.version)).data!.reportCampaignFindingRectified;

    let z = (await t.gql(CampaignZeroOutDocument, { campaignId: c.id }, leader)).data!.campaignZeroOut;
    expect(z.total).toEqual({ findings: 3, rectified: 0, awaitingVerification: 1, open: 1, overdue: 1, rectifiedPercent: 0, zeroedOut: false });
    expect(z.units.map((u) => u.unit.id)).toEqual([otherUnitId, ownUnitId]);
    expect(z.units[0].counts).toMatchObject({ findings: 2, open: 1, overdue: 1 });
    const own = (await t.gql(CampaignZeroOutDocument, { campaignId: c.id }, reporter)).data!.campaignZeroOut;
    expect(own.units.map((u) => u.unit.id)).toEqual([ownUnitId]);
    expect(own.total).toMatchObject({ findings: 1, awaitingVerification: 1 });

    const current = (await t.gql(CampaignsDocument, { filter: { q: c.title } }, admin)).data!.campaigns.items[0];
    const refused = await t.gql(CloseCampaignDocument, { id: c.id, version: current.version }, discipline);
    expect(refused.errors![0].extensions).toMatchObject({ code: 'CONFLICT', reason: 'NOT_ZEROED_OUT' });

    await t.gql(VerifyCampaignFindingDocument, { id: a.id, accepted: true, version: done.version }, discipline);
    for (const f of [b, d]) {
      const now = await finding(f.id);
      const r = (await rectify(f.id, now.version, admin)).data!.reportCampaignFindingRectified;
      await t.gql(VerifyCampaignFindingDocument, { id: f.id, accepted: true, version: r.version }, discipline);
    }
    z = (await t.gql(CampaignZeroOutDocument, { campaignId: c.id }, admin)).data!.campaignZeroOut;
    expect(z.total).toMatchObject({ findings: 3, rectified: 3, rectifiedPercent: 100, zeroedOut: true });
    const closed = (await t.gql(CloseCampaignDocument, { id: c.id, version: current.version }, discipline)).data!.closeCampaign;
    expect(closed).toMatchObject({ status: 'CLOSED', closedOn: '2026-04-01' });
    const after = await t.gql(RegisterCampaignFindingDocument, { input: { campaignId: c.id, responsibleUnitId: ownUnitId, problem: '结束后登记', severity: 'GENERAL' } }, discipline);
    expect(after.errors![0].extensions).toMatchObject({ reason: 'CAMPAIGN_NOT_ACTIVE' });
  });

  it('seeds a campaign with findings in every state, the overdue ones with their records', async () => {
    const seeded = (await t.gql(CampaignsDocument, { filter: { q: '财政系统政务失信问题' } }, admin)).data!.campaigns.items[0];
    const findings = (await t.gql(CampaignFindingsDocument, { filter: { campaignId: seeded.id }, limit: 100 }, admin)).data!.campaignFindings.items;
    expect([...new Set(findings.map((f) => f.status))].sort()).toEqual(['OPEN', 'OVERDUE', 'RECTIFIED', 'VERIFIED']);
    expect(findings.filter((f) => f.status === 'OVERDUE').every((f) => !!f.recordId)).toBe(true);
    expect(new Set(findings.map((f) => f.responsibleUnit.id)).size).toBeGreaterThan(3);
  });
});
