import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { MikroORM } from '@mikro-orm/core';
import { setToday } from '../../server/src/app/clock';
import { closeDatabase, openDatabase } from '../../server/src/app/orm';
import { runJudgmentDeadlines } from '../../server/src/jobs/judgment-deadlines.job';
import {
  AppearanceRateDocument,
  CloseLawsuitDocument,
  CreateJudgmentDocument,
  CreateJudicialSuggestionDocument,
  CreateLawsuitDocument,
  DishonestyRecordsDocument,
  FulfilJudgmentDocument,
  JudgmentDocument,
  JudgmentsDocument,
  JudicialSuggestionDocument,
  JudicialSuggestionsDocument,
  LawsuitDocument,
  LawsuitsDocument,
  MeDocument,
  RecordCourtAppearanceDocument,
  ReplyJudicialSuggestionDocument,
  RunJudgmentDeadlinesDocument,
  ScheduleHearingDocument,
  SupervisionPolicyDocument,
  UnitsDocument,
  UpdateSupervisionPolicyDocument,
  type CreateJudicialSuggestionInput,
  type CreateLawsuitInput,
  type RecordAppearanceInput,
} from '../generated/graphql';
import { errorCode, startTestApp, type TestApp } from '../helpers/test-app';

describe('judicial supervision (S3)', () => {
  let t: TestApp;
  let admin: string;
  let office: string;
  let discipline: string;
  let reporter: string;
  let leader: string;
  let ownUnitId: string;
  let otherUnitId: string;
  let seq = 0;

  beforeAll(async () => {
    t = await startTestApp();
    [admin, office, discipline, reporter, leader] = await Promise.all(['admin', 'office', 'discipline', 'reporter', 'leader'].map((u) => t.login(u)));
    ownUnitId = (await t.gql(MeDocument, {}, reporter)).data!.me.unit!.id;
    otherUnitId = (await t.gql(UnitsDocument, { filter: { q: '长桥镇财政所' } }, admin)).data!.units.items[0].id;
  });
  afterEach(() => setToday(undefined));
  afterAll(async () => t?.close());

  const lawsuit = async (over: Partial<CreateLawsuitInput> = {}, token = office) => {
    seq += 1;
    const r = await t.gql(CreateLawsuitDocument, {
      input: {
        caseNumber: `（2025）豫0425行初${100 + seq}号`,
        court: '郏县人民法院',
        cause: '不服财政补贴资金不予发放决定',
        unitId: ownUnitId,
        partyRole: 'DEFENDANT',
        opposingParty: '郏县某农业专业合作社',
        filedOn: '2025-03-03',
        ...over,
      },
    }, token);
    expect(r.errors).toBeUndefined();
    return r.data!.createLawsuit;
  };
  const judgment = async (lawsuitId: string, fulfilBy: string, effectiveOn = '2025-06-20') => {
    const r = await t.gql(CreateJudgmentDocument, { input: { lawsuitId, obligation: '支付补贴资金人民币5万元', effectiveOn, fulfilBy, documentNumber: '判决书' } }, discipline);
    expect(r.errors).toBeUndefined();
    return r.data!.createJudgment;
  };

  it('registers lawsuits by the bureau’s sections only, with unique case numbers', async () => {
    setToday('2025-06-30');
    const l = await lawsuit({}, discipline);
    expect(l).toMatchObject({ status: 'OPEN', partyRole: 'DEFENDANT', unit: { id: ownUnitId }, hearingDates: [] });
    expect(errorCode(await t.gql(CreateLawsuitDocument, { input: { caseNumber: 'x', court: '法院', cause: '案由', unitId: ownUnitId, partyRole: 'PLAINTIFF', filedOn: '2025-03-03' } }, reporter))).toBe('FORBIDDEN');
    const dup = await t.gql(CreateLawsuitDocument, { input: { caseNumber: l.caseNumber, court: '郏县人民法院', cause: '重复', unitId: ownUnitId, partyRole: 'PLAINTIFF', filedOn: '2025-03-03' } }, office);
    expect(dup.errors![0].extensions).toMatchObject({ code: 'CONFLICT', reason: 'CASE_NUMBER_TAKEN', field: 'caseNumber' });
  });

  it('records hearings and appearances, and reports the head appearance rate per unit', async () => {
    setToday('2025-06-30');
    const l = await lawsuit();
    const schedule = async (hearingOn: string, headRequired: boolean) => {
      const r = await t.gql(ScheduleHearingDocument, { input: { lawsuitId: l.id, hearingOn, headRequired } }, reporter);
      expect(r.errors).toBeUndefined();
      return r.data!.scheduleHearing;
    };
    const h1 = await schedule('2025-04-10', true);
    const h2 = await schedule('2025-05-15', true);
    const h3 = await schedule('2025-06-12', true);
    const h4 = await schedule('2025-06-20', false);
    await schedule('2025-06-25', true);
    const future = await schedule('2025-07-15', true);
    const record = (h: { id: string; version: number }, input: RecordAppearanceInput) =>
      t.gql(RecordCourtAppearanceDocument, { id: h.id, input, version: h.version }, reporter);

    expect((await record(future, { outcome: 'HEAD_APPEARED', appearedName: '张所长' })).errors![0].extensions).toMatchObject({ code: 'CONFLICT', reason: 'HEARING_NOT_HELD' });
    expect((await record(h2, { outcome: 'DELEGATED', appearedName: '李会计' })).errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'absenceReason', reason: 'ABSENCE_REASON_REQUIRED' });
    expect((await record(h1, { outcome: 'HEAD_APPEARED' })).errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'appearedName', reason: 'APPEARED_NAME_REQUIRED' });

    const r1 = await record(h1, { outcome: 'HEAD_APPEARED', appearedName: '张所长', appearedPosition: '所长' });
    expect(r1.data).toMatchObject({ recordCourtAppearance: { outcome: 'HEAD_APPEARED', appearedName: '张所长' } });
    expect((await record(h2, { outcome: 'DELEGATED', appearedName: '李会计', appearedPosition: '会计', absenceReason: '所长参加全县防汛会议' })).errors).toBeUndefined();
    expect((await record(h3, { outcome: 'ABSENT', absenceReason: '开庭通知送达延误' })).errors).toBeUndefined();
    expect((await record(h4, { outcome: 'DELEGATED', appearedName: '王科员' })).errors).toBeUndefined();
    const again = await record(r1.data!.recordCourtAppearance, { outcome: 'DELEGATED', appearedName: '李会计', absenceReason: '改为委托' });
    expect(again.errors![0].extensions).toMatchObject({ code: 'CONFLICT', reason: 'APPEARANCE_RECORDED' });

    const read = (await t.gql(LawsuitDocument, { id: l.id }, reporter)).data!.lawsuit;
    expect(read.hearingDates).toEqual(['2025-04-10', '2025-05-15', '2025-06-12', '2025-06-20', '2025-06-25', '2025-07-15']);
    expect(read.appearances.find((a) => a.id === h2.id)).toMatchObject({ outcome: 'DELEGATED', appearedName: '李会计', absenceReason: '所长参加全县防汛会议' });

    // Held by 30 June with the head required: 10 Apr (appeared), 15 May (delegated), 12 Jun (absent), 25 Jun (not recorded).
    const rate = await t.gql(AppearanceRateDocument, { year: 2025, unitId: ownUnitId }, leader);
    expect(rate.data!.appearanceRate).toEqual([
      { required: 4, appeared: 1, delegated: 1, absent: 1, unrecorded: 1, rate: 0.25, unit: { id: ownUnitId, name: '龙山街道财政所' } },
    ]);
    const nothing = await t.gql(AppearanceRateDocument, { year: 2024, unitId: ownUnitId }, leader);
    expect(nothing.data!.appearanceRate).toEqual([{ required: 0, appeared: 0, delegated: 0, absent: 0, unrecorded: 0, rate: null, unit: { id: ownUnitId, name: '龙山街道财政所' } }]);

    const otherLawsuit = await lawsuit({ unitId: otherUnitId });
    const oh = (await t.gql(ScheduleHearingDocument, { input: { lawsuitId: otherLawsuit.id, hearingOn: '2025-05-20', headRequired: true } }, office)).data!.scheduleHearing;
    await t.gql(RecordCourtAppearanceDocument, { id: oh.id, input: { outcome: 'HEAD_APPEARED', appearedName: '刘所长' }, version: oh.version }, office);
    const all = (await t.gql(AppearanceRateDocument, { year: 2025 }, admin)).data!.appearanceRate;
    expect(all.find((r) => r.unit.id === otherUnitId)).toMatchObject({ required: 1, appeared: 1, rate: 1 });
    const scoped = (await t.gql(AppearanceRateDocument, { year: 2025 }, reporter)).data!.appearanceRate;
    expect(scoped.map((r) => r.unit.id)).toEqual([ownUnitId]);
    expect(errorCode(await t.gql(AppearanceRateDocument, { year: 2025, unitId: otherUnitId }, reporter))).toBe('NOT_FOUND');
    // A unit reporter schedules hearings of its own unit's lawsuits only.
    const foreign = await t.gql(ScheduleHearingDocument, { input: { lawsuitId: otherLawsuit.id, hearingOn: '2025-07-20', headRequired: true } }, reporter);
    expect(foreign.errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'lawsuitId', reason: 'REFERENCE_NOT_FOUND' });
    expect((await t.gql(LawsuitsDocument, { limit: 100 }, reporter)).data!.lawsuits.items.every((x) => x.unit.id === ownUnitId)).toBe(true);
  });

  it('keeps a lawsuit open until its judgment is fulfilled; the unit reports fulfilment', async () => {
    setToday('2025-06-30');
    const l = await lawsuit();
    const j = await judgment(l.id, '2025-07-10');
    expect(j).toMatchObject({ status: 'PENDING', unit: { id: ownUnitId }, lawsuit: { id: l.id } });
    expect((await t.gql(LawsuitDocument, { id: l.id }, office)).data!.lawsuit.status).toBe('DECIDED');
    const decided = (await t.gql(LawsuitDocument, { id: l.id }, office)).data!.lawsuit;
    const early = await t.gql(CloseLawsuitDocument, { id: l.id, outcome: '结案', version: decided.version }, office);
    expect(early.errors![0].extensions).toMatchObject({ code: 'CONFLICT', reason: 'JUDGMENT_UNFULFILLED' });
    const bad = await t.gql(CreateJudgmentDocument, { input: { lawsuitId: l.id, obligation: '履行义务', effectiveOn: '2025-06-20', fulfilBy: '2025-06-01' } }, discipline);
    expect(bad.errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'fulfilBy', reason: 'DATE_BEFORE_START' });

    const done = await t.gql(FulfilJudgmentDocument, { id: j.id, input: { note: '已足额支付', evidence: ['银行回单'] }, version: j.version }, reporter);
    expect(done.data!.fulfilJudgment).toMatchObject({ status: 'FULFILLED', fulfilledOn: '2025-06-30', evidence: ['银行回单'] });
    const twice = await t.gql(FulfilJudgmentDocument, { id: j.id, input: { note: '再次履行' }, version: done.data!.fulfilJudgment.version }, reporter);
    expect(twice.errors![0].extensions).toMatchObject({ code: 'CONFLICT', reason: 'ILLEGAL_TRANSITION' });
    const closed = await t.gql(CloseLawsuitDocument, { id: l.id, outcome: '判决已履行，结案', version: decided.version }, office);
    expect(closed.data!.closeLawsuit).toMatchObject({ status: 'CLOSED', closedOn: '2025-06-30', outcome: '判决已履行，结案' });
    const late = await t.gql(ScheduleHearingDocument, { input: { lawsuitId: l.id, hearingOn: '2025-07-01', headRequired: false } }, office);
    expect(late.errors![0].extensions).toMatchObject({ code: 'CONFLICT', reason: 'ILLEGAL_TRANSITION' });

    const foreign = await judgment((await lawsuit({ unitId: otherUnitId })).id, '2025-07-10');
    expect(errorCode(await t.gql(FulfilJudgmentDocument, { id: foreign.id, input: { note: '代为履行' }, version: foreign.version }, reporter))).toBe('NOT_FOUND');
    expect((await t.gql(JudgmentsDocument, { limit: 100 }, reporter)).data!.judgments.items.every((x) => x.unit.id === ownUnitId)).toBe(true);
  });

  it('warns an unfulfilled judgment after its deadline and drafts one record after ten more working days', async () => {
    setToday('2025-06-30');
    const l = await lawsuit();
    const j = await judgment(l.id, '2025-07-10');
    setToday('2025-07-10');
    await runJudgmentDeadlines(t.orm);
    expect((await t.gql(JudgmentDocument, { id: j.id }, admin)).data!.judgment.status).toBe('PENDING');

    setToday('2025-07-11');
    const run = await t.gql(RunJudgmentDeadlinesDocument, {}, admin);
    expect(run.data!.runJudgmentDeadlines).toMatchObject({ ran: true, recordedJudgments: 0 });
    expect(run.data!.runJudgmentDeadlines.warnedJudgments).toBeGreaterThanOrEqual(1);
    // Friday 11 July + 10 working days = Friday 25 July.
    expect((await t.gql(JudgmentDocument, { id: j.id }, reporter)).data!.judgment).toMatchObject({
      status: 'OVERDUE',
      warnedOn: '2025-07-11',
      graceEndsOn: '2025-07-25',
      record: null,
    });

    setToday('2025-07-25');
    await runJudgmentDeadlines(t.orm);
    expect((await t.gql(JudgmentDocument, { id: j.id }, admin)).data!.judgment.record).toBeNull();

    setToday('2025-07-28');
    const report = await runJudgmentDeadlines(t.orm);
    expect(report.recordedJudgments).toBeGreaterThanOrEqual(1);
    const after = (await t.gql(JudgmentDocument, { id: j.id }, admin)).data!.judgment;
    expect(after.record).toMatchObject({
      category: 'JUDICIAL_JUDGMENT',
      status: 'DRAFT',
      sourceType: 'JUDGMENT',
      sourceId: j.id,
      subjectName: '龙山街道财政所',
      recordedByName: null,
    });
    expect((await runJudgmentDeadlines(t.orm)).recordedJudgments).toBe(0);
    const records = await t.gql(DishonestyRecordsDocument, { filter: { sourceType: 'JUDGMENT', sourceId: j.id } }, admin);
    expect(records.data!.dishonestyRecords.total).toBe(1);
    expect(records.data!.dishonestyRecords.items[0].subjectUnit!.id).toBe(ownUnitId);

    // Fulfilment after the record keeps the record: the delay happened.
    const done = await t.gql(FulfilJudgmentDocument, { id: j.id, input: { note: '逾期后已履行' }, version: after.version }, reporter);
    expect(done.data!.fulfilJudgment).toMatchObject({ status: 'FULFILLED', record: { id: after.record!.id } });
    expect(errorCode(await t.gql(RunJudgmentDeadlinesDocument, {}, discipline))).toBe('FORBIDDEN');
  });

  it('drafts exactly one record per judgment when several instances run the job at once', async () => {
    setToday('2025-07-31');
    const ids: string[] = [];
    for (let i = 0; i < 4; i++) ids.push((await judgment((await lawsuit()).id, '2025-08-01')).id);
    setToday('2025-08-04');
    await runJudgmentDeadlines(t.orm);
    // Monday 4 August + 10 working days = Monday 18 August.
    expect((await t.gql(JudgmentDocument, { id: ids[0] }, admin)).data!.judgment.graceEndsOn).toBe('2025-08-18');
    setToday('2025-08-19');
    let second: MikroORM | undefined;
    if (t.databaseUrl) second = await openDatabase({ databaseUrl: t.databaseUrl });
    try {
      const reports = await Promise.all([runJudgmentDeadlines(t.orm), runJudgmentDeadlines(second ?? t.orm), runJudgmentDeadlines(t.orm)]);
      expect(reports.reduce((n, r) => n + r.recordedJudgments, 0)).toBe(4);
    } finally {
      if (second) await closeDatabase(second);
    }
    for (const id of ids) {
      const records = await t.gql(DishonestyRecordsDocument, { filter: { sourceType: 'JUDGMENT', sourceId: id } }, admin);
      expect(records.data!.dishonestyRecords.total).toBe(1);
    }
    // Even a writer that bypassed the job could not add a second automatic record.
    const conn = t.em().getConnection();
    const [row] = await conn.execute<Record<string, unknown>[]>(`select * from dishonesty_record where source_type = 'JUDGMENT' and source_id = ?`, [ids[0]]);
    await expect(
      conn.execute(
        `insert into dishonesty_record (id, created_at, updated_at, version, subject_type, subject_unit_id, scope_unit_id, subject_name, category, severity, facts, source_type, source_id, evidence, status)
         values (gen_random_uuid(), now(), now(), 1, 'UNIT', ?, ?, ?, 'JUDICIAL_JUDGMENT', 'SERIOUS', '重复', 'JUDGMENT', ?, '[]', 'DRAFT')`,
        [row.subject_unit_id, row.scope_unit_id, row.subject_name, ids[0]],
      ),
    ).rejects.toThrow();
  });

  it('sets a suggestion’s reply date two months after receipt, past the May Day holiday, unless the letter names one', async () => {
    setToday('2025-06-30');
    const policy = (await t.gql(SupervisionPolicyDocument, {}, reporter)).data!.supervisionPolicy;
    expect(policy).toMatchObject({ suggestionReplyMonths: 2, proposalReplyMonths: 3, misrouteReturnWorkingDays: 3, judgmentGraceWorkingDays: 10, rehandleReplyMonths: 1 });
    const create = (input: Partial<CreateJudicialSuggestionInput>, token = office) =>
      t.gql(CreateJudicialSuggestionDocument, {
        input: { kind: 'PROCURATORATE_SUGGESTION', issuingOrgan: '郏县人民检察院', documentNumber: '郏检行公建〔2025〕5号', content: '建议加强国有资产出租管理。', unitId: ownUnitId, receivedOn: '2025-03-03', ...input },
      }, token);
    const s = (await create({})).data!.createJudicialSuggestion;
    // 3 May 2025 is in the 1–5 May holiday: the reply is due on Tuesday 6 May.
    expect(s).toMatchObject({ status: 'PENDING', receivedOn: '2025-03-03', replyDueOn: '2025-05-06', overdue: true, unit: { id: ownUnitId } });
    const letter = (await create({ kind: 'JUDICIAL_SUGGESTION', issuingOrgan: '郏县人民法院', replyDueOn: '2025-07-31', receivedOn: '2025-06-20' }, discipline)).data!.createJudicialSuggestion;
    expect(letter).toMatchObject({ replyDueOn: '2025-07-31', overdue: false });
    expect((await create({ replyDueOn: '2025-01-01' })).errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'replyDueOn', reason: 'DATE_BEFORE_START' });
    expect(errorCode(await create({}, reporter))).toBe('FORBIDDEN');

    const overdue = await t.gql(JudicialSuggestionsDocument, { filter: { overdue: true, unitId: ownUnitId } }, reporter);
    expect(overdue.data!.judicialSuggestions.items.map((x) => x.id)).toContain(s.id);
    expect(overdue.data!.judicialSuggestions.items.map((x) => x.id)).not.toContain(letter.id);

    const answered = await t.gql(ReplyJudicialSuggestionDocument, { id: s.id, input: { reply: '已完成整改，建立国有资产出租台账并追缴租金。' }, version: s.version }, reporter);
    expect(answered.data!.replyJudicialSuggestion).toMatchObject({ status: 'REPLIED', repliedOn: '2025-06-30', overdue: false });
    expect(answered.data!.replyJudicialSuggestion.repliedByName).toContain('龙山街道财政所');
    const twice = await t.gql(ReplyJudicialSuggestionDocument, { id: s.id, input: { reply: '再次回复的内容再次回复' }, version: answered.data!.replyJudicialSuggestion.version }, reporter);
    expect(twice.errors![0].extensions).toMatchObject({ code: 'CONFLICT', reason: 'ILLEGAL_TRANSITION' });

    const foreign = (await create({ unitId: otherUnitId })).data!.createJudicialSuggestion;
    expect(errorCode(await t.gql(JudicialSuggestionDocument, { id: foreign.id }, reporter))).toBe('NOT_FOUND');
    expect(errorCode(await t.gql(ReplyJudicialSuggestionDocument, { id: foreign.id, input: { reply: '代为回复的内容代为回复' }, version: foreign.version }, reporter))).toBe('NOT_FOUND');
  });

  it('applies a changed policy to suggestions received afterwards', async () => {
    setToday('2025-06-30');
    const policy = (await t.gql(SupervisionPolicyDocument, {}, admin)).data!.supervisionPolicy;
    expect(errorCode(await t.gql(UpdateSupervisionPolicyDocument, { input: { suggestionReplyMonths: 1 }, version: policy.version }, office))).toBe('FORBIDDEN');
    const changed = await t.gql(UpdateSupervisionPolicyDocument, { input: { suggestionReplyMonths: 1 }, version: policy.version }, admin);
    expect(changed.data!.updateSupervisionPolicy).toMatchObject({ suggestionReplyMonths: 1, proposalReplyMonths: 3 });
    try {
      const s = await t.gql(CreateJudicialSuggestionDocument, {
        input: { kind: 'JUDICIAL_SUGGESTION', issuingOrgan: '郏县人民法院', content: '建议规范补贴发放程序。', unitId: ownUnitId, receivedOn: '2025-06-03' },
      }, office);
      expect(s.data!.createJudicialSuggestion.replyDueOn).toBe('2025-07-03');
    } finally {
      await t.gql(UpdateSupervisionPolicyDocument, { input: { suggestionReplyMonths: 2 }, version: changed.data!.updateSupervisionPolicy.version }, admin);
    }
  });
});
