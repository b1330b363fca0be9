import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { MikroORM } from '@mikro-orm/core';
import { setToday } from '../../server/src/app/clock';
import { closeDatabase, openDatabase } from '../../server/src/app/orm';
import { runCreditDeadlines } from '../../server/src/jobs/credit-deadlines.job';
import {
  BreakCommitmentDocument,
  CommitmentDocument,
  CommitmentsDocument,
  ConfirmDishonestyRecordDocument,
  CreateCommitmentDocument,
  CreateDishonestyRecordDocument,
  CreateRectificationDocument,
  DishonestyRecordsDocument,
  FulfilCommitmentDocument,
  MeDocument,
  PeopleDocument,
  RunCreditDeadlinesDocument,
  SubmitDishonestyRecordDocument,
  UpdateCommitmentDocument,
  WaiveCommitmentDocument,
  type CreateCommitmentInput,
} from '../generated/graphql';
import { errorCode, startTestApp, type TestApp } from '../helpers/test-app';

describe('commitments (守信践诺) and deadline jobs', () => {
  let t: TestApp;
  let admin: string;
  let discipline: string;
  let reporter: string;
  let leader: string;
  let unitId: string;
  let personId: string;

  beforeAll(async () => {
    t = await startTestApp();
    [admin, discipline, reporter, leader] = await Promise.all([t.login('admin'), t.login('discipline'), t.login('reporter'), t.login('leader')]);
    unitId = (await t.gql(MeDocument, {}, reporter)).data!.me.unit!.id;
    personId = (await t.gql(PeopleDocument, { filter: { unitId }, limit: 1 }, admin)).data!.people.items[0].id;
  });
  afterEach(() => setToday(undefined));
  afterAll(async () => t?.close());

  const input = (over: Partial<CreateCommitmentInput> = {}): CreateCommitmentInput => ({
    subjectType: 'UNIT',
    subjectId: unitId,
    kind: 'DEADLINE',
    content: '财政资金拨付申请自受理之日起5个工作日内办结',
    beneficiary: '辖区预算单位',
    madeOn: '2026-01-05',
    dueOn: '2026-12-31',
    ...over,
  });
  const create = async (over: Partial<CreateCommitmentInput> = {}, token = reporter) => {
    const r = await t.gql(CreateCommitmentDocument, { input: input(over) }, token);
    expect(r.errors).toBeUndefined();
    return r.data!.createCommitment;
  };

  it('records a unit commitment in the reporter’s own unit and fulfils it with an evaluation', async () => {
    const c = await create();
    expect(c).toMatchObject({ status: 'PENDING', subjectName: '龙山街道财政所', scopeUnit: { id: unitId } });
    const done = await t.gql(FulfilCommitmentDocument, { id: c.id, input: { note: '全年按期办结，无超期件', evidence: ['办件台账2026'] }, version: c.version }, discipline);
    expect(done.data!.fulfilCommitment).toMatchObject({ status: 'FULFILLED', evaluationNote: '全年按期办结，无超期件' });
    expect(done.data!.fulfilCommitment.evaluatedByName).toContain('纪检监察室');
    const again = await t.gql(BreakCommitmentDocument, { id: c.id, input: { note: '改判为未履行' }, version: done.data!.fulfilCommitment.version }, discipline);
    expect(errorCode(again)).toBe('CONFLICT');
    expect(again.errors![0].extensions!.reason).toBe('COMMITMENT_CLOSED');
  });

  it('refuses a due date before the date made, naming the field', async () => {
    const r = await t.gql(CreateCommitmentDocument, { input: input({ dueOn: '2025-12-01' }) }, reporter);
    expect(r.errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'dueOn', reason: 'DUE_BEFORE_MADE' });
  });

  it('lets reporters record but not evaluate', async () => {
    const c = await create();
    expect(errorCode(await t.gql(FulfilCommitmentDocument, { id: c.id, input: { note: '自评已履行' }, version: c.version }, reporter))).toBe('FORBIDDEN');
    const edited = await t.gql(UpdateCommitmentDocument, { id: c.id, input: { beneficiary: '全县预算单位' }, version: c.version }, reporter);
    expect(edited.data!.updateCommitment.beneficiary).toBe('全县预算单位');
  });

  it('breaks a commitment by evaluation and drafts a linked broken-commitment record', async () => {
    const c = await create({ subjectType: 'PERSON', subjectId: personId, kind: 'SERVICE_QUALITY', content: '对来访群众做到首问负责、一次告知' });
    const broken = await t.gql(BreakCommitmentDocument, { id: c.id, input: { note: '群众投诉未一次告知，查证属实' }, version: c.version }, discipline);
    expect(broken.data!.breakCommitment.status).toBe('BROKEN');
    const records = await t.gql(DishonestyRecordsDocument, { filter: { sourceType: 'COMMITMENT', sourceId: c.id } }, admin);
    expect(records.data!.dishonestyRecords.items).toHaveLength(1);
    expect(records.data!.dishonestyRecords.items[0]).toMatchObject({
      category: 'BROKEN_COMMITMENT',
      status: 'DRAFT',
      subjectType: 'PERSON',
      subjectPerson: { id: personId },
    });
  });

  it('needs a reason and an approver other than the recorder to waive', async () => {
    const c = await create({}, discipline);
    const own = await t.gql(WaiveCommitmentDocument, { id: c.id, reason: '政策调整，承诺事项取消', version: c.version }, discipline);
    expect(errorCode(own)).toBe('CONFLICT');
    expect(own.errors![0].extensions!.reason).toBe('WAIVER_BY_RECORDER');
    const noReason = await t.gql(WaiveCommitmentDocument, { id: c.id, reason: ' ', version: c.version }, leader);
    expect(errorCode(noReason)).toBe('BAD_USER_INPUT');
    const ok = await t.gql(WaiveCommitmentDocument, { id: c.id, reason: '政策调整，承诺事项取消', version: c.version }, leader);
    expect(ok.data!.waiveCommitment).toMatchObject({ status: 'WAIVED', evaluationNote: '政策调整，承诺事项取消' });
    expect(ok.data!.waiveCommitment.evaluatedByName).toContain('局领导');
  });

  it('breaks overdue commitments automatically, once, and drafts one record each', async () => {
    const overdue = await create({ madeOn: '2026-01-05', dueOn: '2026-02-10', content: '2月10日前完成年度预算公开' });
    const notYet = await create({ madeOn: '2026-01-05', dueOn: '2026-02-20', content: '2月20日前完成部门决算公开' });
    setToday('2026-02-11');
    const run = await t.gql(RunCreditDeadlinesDocument, {}, admin);
    expect(run.data!.runCreditDeadlines.ran).toBe(true);
    expect(run.data!.runCreditDeadlines.brokenCommitments).toBeGreaterThanOrEqual(1);
    const again = await t.gql(RunCreditDeadlinesDocument, {}, admin);
    expect(again.data!.runCreditDeadlines.brokenCommitments).toBe(0);
    const c = (await t.gql(CommitmentDocument, { id: overdue.id }, admin)).data!.commitment;
    expect(c).toMatchObject({ status: 'BROKEN', brokenAutomatically: true });
    expect((await t.gql(CommitmentDocument, { id: notYet.id }, admin)).data!.commitment.status).toBe('PENDING');
    const records = await t.gql(DishonestyRecordsDocument, { filter: { sourceId: overdue.id } }, admin);
    expect(records.data!.dishonestyRecords.items.map((r) => [r.category, r.status, r.recordedByName])).toEqual([
      ['BROKEN_COMMITMENT', 'DRAFT', null],
    ]);
    expect(errorCode(await t.gql(RunCreditDeadlinesDocument, {}, discipline))).toBe('FORBIDDEN');
  });

  it('turns a missed rectification deadline into a rectification-overdue record against the responsible person', async () => {
    setToday('2026-06-01');
    const general = await t.login('general');
    const created = (await t.gql(CreateDishonestyRecordDocument, {
      input: { subjectType: 'PERSON', subjectId: personId, category: 'ACCOUNTABILITY', severity: 'GENERAL', facts: '未按规定时限办理资金拨付' },
    }, general)).data!.createDishonestyRecord;
    const submitted = (await t.gql(SubmitDishonestyRecordDocument, { id: created.id, version: created.version }, general)).data!.submitDishonestyRecord;
    const confirmed = (await t.gql(ConfirmDishonestyRecordDocument, { id: submitted.id, version: submitted.version }, discipline)).data!.confirmDishonestyRecord;
    const rect = (await t.gql(CreateRectificationDocument, { input: { recordId: confirmed.id, requiredActions: '补办手续并建立台账', workingDays: 5 } }, discipline)).data!
      .createRectification;
    // 5 working days after Monday 2026-06-01.
    expect(rect.deadline).toBe('2026-06-08');
    setToday('2026-06-08');
    expect((await runCreditDeadlines(t.orm)).overdueRectifications).toBe(0);
    setToday('2026-06-09');
    const report = await runCreditDeadlines(t.orm);
    expect(report.overdueRectifications).toBe(1);
    const records = await t.gql(DishonestyRecordsDocument, { filter: { sourceType: 'RECTIFICATION', sourceId: rect.id } }, admin);
    expect(records.data!.dishonestyRecords.items).toHaveLength(1);
    expect(records.data!.dishonestyRecords.items[0]).toMatchObject({
      category: 'RECTIFICATION_OVERDUE',
      subjectType: 'PERSON',
      subjectPerson: { id: personId },
    });
    expect((await runCreditDeadlines(t.orm)).overdueRectifications).toBe(0);
  });

  it('creates no duplicates when two instances run the job at the same moment', async () => {
    const ids = [];
    for (let i = 0; i < 5; i++) ids.push((await create({ dueOn: '2026-03-02', content: `第${i + 1}项按期办结承诺` })).id);
    setToday('2026-03-03');
    let second: MikroORM | undefined;
    if (t.databaseUrl) second = await openDatabase({ databaseUrl: t.databaseUrl });
    try {
      const reports = await Promise.all([runCreditDeadlines(t.orm), runCreditDeadlines(second ?? t.orm), runCreditDeadlines(t.orm)]);
      expect(reports.reduce((n, r) => n + r.brokenCommitments, 0)).toBe(5);
    } finally {
      if (second) await closeDatabase(second);
    }
    for (const id of ids) {
      const records = await t.gql(DishonestyRecordsDocument, { filter: { sourceId: id } }, admin);
      expect(records.data!.dishonestyRecords.total).toBe(1);
    }
    const broken = await t.gql(CommitmentsDocument, { filter: { statuses: ['BROKEN'], dueFrom: '2026-03-02', dueTo: '2026-03-02' } }, admin);
    expect(broken.data!.commitments.total).toBe(5);
  });
});
