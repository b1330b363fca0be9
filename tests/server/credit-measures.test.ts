import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { setToday } from '../../server/src/app/clock';
import {
  ApplyMeasureDocument,
  AwardEligibilityDocument,
  CalendarDaysDocument,
  CancelMeasureApplicationDocument,
  ConfirmDishonestyRecordDocument,
  CreateCommitmentDocument,
  CreateDishonestyRecordDocument,
  CreditPolicyDocument,
  ExecuteMeasureApplicationDocument,
  IntegrityFileDocument,
  MeasureApplicationsDocument,
  MeasuresDocument,
  MeDocument,
  PeopleDocument,
  RecordMeasureFeedbackDocument,
  RemoveCalendarDayDocument,
  SetCalendarDayDocument,
  SubmitDishonestyRecordDocument,
  UpdateCreditPolicyDocument,
  WorkingDayDeadlineDocument,
} from '../generated/graphql';
import { errorCode, startTestApp, type TestApp } from '../helpers/test-app';

describe('measures, eligibility, integrity file, calendar', () => {
  let t: TestApp;
  let admin: string;
  let discipline: string;
  let general: string;
  let reporter: string;
  let unitId: string;
  let personId: string;
  let otherPersonId: string;

  beforeAll(async () => {
    t = await startTestApp();
    [admin, discipline, general, reporter] = await Promise.all([t.login('admin'), t.login('discipline'), t.login('general'), t.login('reporter')]);
    unitId = (await t.gql(MeDocument, {}, reporter)).data!.me.unit!.id;
    const staff = (await t.gql(PeopleDocument, { filter: { unitId }, limit: 2 }, admin)).data!.people.items;
    personId = staff[0].id;
    otherPersonId = staff[1].id;
  });
  afterEach(() => setToday(undefined));
  afterAll(async () => t?.close());

  async function confirmedRecord(severity: 'GENERAL' | 'SERIOUS' | 'GRAVE', decisionDate: string, subjectId = personId) {
    const c = (await t.gql(CreateDishonestyRecordDocument, {
      input: { subjectType: 'PERSON', subjectId, category: 'ADMIN_PENALTY', severity, facts: '违规收取费用被行政处罚', decisionDate },
    }, general)).data!.createDishonestyRecord;
    const s = (await t.gql(SubmitDishonestyRecordDocument, { id: c.id, version: c.version }, general)).data!.submitDishonestyRecord;
    return (await t.gql(ConfirmDishonestyRecordDocument, { id: s.id, version: s.version }, discipline)).data!.confirmDishonestyRecord;
  }

  it('has the default catalogue of punishments and incentives', async () => {
    const all = (await t.gql(MeasuresDocument, {}, reporter)).data!.measures.items;
    expect(all.filter((m) => m.kind === 'PUNISHMENT').map((m) => m.code)).toContain('P-NO-AWARDS');
    expect(all.filter((m) => m.kind === 'INCENTIVE').map((m) => m.code)).toContain('I-RED-LIST');
    expect(all.find((m) => m.code === 'P-NO-AWARDS')).toMatchObject({ effect: 'RESTRICT_AWARDS', automatic: true, minSeverity: 'SERIOUS', durationMonths: 12 });
  });

  it('carries a measure from triggered to executed to feedback, and refuses steps out of order', async () => {
    setToday('2026-03-10');
    const r = await confirmedRecord('SERIOUS', '2026-03-01');
    const apps = (await t.gql(MeasureApplicationsDocument, { filter: { recordId: r.id } }, admin)).data!.measureApplications.items;
    const explain = apps.find((a) => a.measure.code === 'P-EXPLAIN')!;
    const early = await t.gql(RecordMeasureFeedbackDocument, { id: explain.id, feedback: '已提交书面说明', version: explain.version }, reporter);
    expect(errorCode(early)).toBe('CONFLICT');
    const executed = (await t.gql(ExecuteMeasureApplicationDocument, { id: explain.id, note: '已下发通知', version: explain.version }, discipline)).data!
      .executeMeasureApplication;
    expect(executed.status).toBe('EXECUTED');
    const fed = await t.gql(RecordMeasureFeedbackDocument, { id: explain.id, feedback: '当事人已提交书面说明并作出检讨', version: executed.version }, reporter);
    expect(fed.data!.recordMeasureFeedback).toMatchObject({ status: 'FEEDBACK_RECORDED' });
  });

  it('answers award eligibility with every reason, and restores it when the restriction is cancelled', async () => {
    setToday('2026-03-10');
    const r = await confirmedRecord('SERIOUS', '2026-03-02', otherPersonId);
    const e = (await t.gql(AwardEligibilityDocument, { subjectType: 'PERSON', subjectId: otherPersonId, year: 2026 }, admin)).data!.awardEligibility;
    expect(e.eligible).toBe(false);
    expect(e.reasons.map((x) => [x.code, x.blocking, x.recordId])).toEqual(
      expect.arrayContaining([
        ['RECORD_IN_YEAR', true, r.id],
        ['RESTRICTING_MEASURE', true, r.id],
      ]),
    );
    expect(e.reasons.find((x) => x.code === 'RESTRICTING_MEASURE')!.message).toContain('限制评优评先');
    const lastYear = (await t.gql(AwardEligibilityDocument, { subjectType: 'PERSON', subjectId: otherPersonId, year: 2025 }, admin)).data!.awardEligibility;
    expect(lastYear).toMatchObject({ eligible: true, reasons: [] });
    // Next year the record no longer counts, but the 12-month restriction still reaches into 2027.
    const nextYear = (await t.gql(AwardEligibilityDocument, { subjectType: 'PERSON', subjectId: otherPersonId, year: 2027 }, admin)).data!.awardEligibility;
    expect(nextYear.reasons.map((x) => x.code)).toEqual(['RESTRICTING_MEASURE']);
    const app = (await t.gql(MeasureApplicationsDocument, { filter: { recordId: r.id } }, admin)).data!.measureApplications.items.find(
      (a) => a.measure.code === 'P-NO-AWARDS',
    )!;
    await t.gql(CancelMeasureApplicationDocument, { id: app.id, reason: '经研究撤销该限制', version: app.version }, discipline);
    const after = (await t.gql(AwardEligibilityDocument, { subjectType: 'PERSON', subjectId: otherPersonId, year: 2027 }, admin)).data!.awardEligibility;
    expect(after).toMatchObject({ eligible: true, reasons: [] });
  });

  it('applies an incentive by hand for a unit and shows it in the integrity file', async () => {
    setToday('2026-05-01');
    const redList = (await t.gql(MeasuresDocument, { kind: 'INCENTIVE' }, admin)).data!.measures.items.find((m) => m.code === 'I-RED-LIST')!;
    const applied = await t.gql(ApplyMeasureDocument, { input: { measureId: redList.id, subjectType: 'UNIT', subjectId: unitId, note: '全年承诺事项按期办结' } }, discipline);
    expect(applied.data!.applyMeasure).toMatchObject({ status: 'TRIGGERED', automatic: false, effectiveFrom: '2026-05-01', effectiveTo: '2027-04-30' });
    await t.gql(CreateCommitmentDocument, {
      input: { subjectType: 'UNIT', subjectId: unitId, kind: 'GUARANTEE', content: '保障惠民惠农补贴按时足额发放', madeOn: '2026-01-02', dueOn: '2026-12-31' },
    }, reporter);
    const file = (await t.gql(IntegrityFileDocument, { subjectType: 'UNIT', subjectId: unitId, purpose: '年度考核' }, reporter)).data!.integrityFile;
    expect(file.subjectName).toBe('龙山街道财政所');
    expect(file.summary.activeIncentives).toBe(1);
    expect(file.summary.pendingCommitments).toBeGreaterThanOrEqual(1);
    expect(file.measures.map((m) => m.measure.code)).toContain('I-RED-LIST');
  });

  it('shows a person’s integrity file with records and measures, and hides others’ files from a unit reporter', async () => {
    const file = (await t.gql(IntegrityFileDocument, { subjectType: 'PERSON', subjectId: otherPersonId, purpose: '干部考察' }, admin)).data!.integrityFile;
    expect(file.person?.id).toBe(otherPersonId);
    expect(file.summary.countingRecords).toBeGreaterThanOrEqual(1);
    expect(file.records.every((r) => r.status !== 'DRAFT')).toBe(true);
    const stranger = (await t.gql(PeopleDocument, { filter: { q: 'JX0001' } }, admin)).data!.people.items[0];
    expect(errorCode(await t.gql(IntegrityFileDocument, { subjectType: 'PERSON', subjectId: stranger.id, purpose: '干部考察' }, reporter))).toBe('NOT_FOUND');
  });

  it('lets an admin change the credit policy with the version, and nobody else', async () => {
    const p = (await t.gql(CreditPolicyDocument, {}, reporter)).data!.creditPolicy;
    expect(p).toMatchObject({ disclosureDaysGeneral: 365, repairMinDaysGeneral: 90, objectionWindowWorkingDays: 15 });
    expect(errorCode(await t.gql(UpdateCreditPolicyDocument, { input: { repairMinDaysGeneral: 30 }, version: p.version }, discipline))).toBe('FORBIDDEN');
    const bad = await t.gql(UpdateCreditPolicyDocument, { input: { objectionWindowWorkingDays: 0 }, version: p.version }, admin);
    expect(bad.errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'objectionWindowWorkingDays' });
    const ok = await t.gql(UpdateCreditPolicyDocument, { input: { repairMinDaysGeneral: 60 }, version: p.version }, admin);
    expect(ok.data!.updateCreditPolicy).toMatchObject({ repairMinDaysGeneral: 60, version: p.version + 1 });
    expect(errorCode(await t.gql(UpdateCreditPolicyDocument, { input: { repairMinDaysGeneral: 45 }, version: p.version }, admin))).toBe('CONFLICT');
  });

  it('holds the official 2026 holidays and counts working days across them', async () => {
    const days = (await t.gql(CalendarDaysDocument, { year: 2026 }, reporter)).data!.calendarDays;
    expect(days.filter((d) => d.name === '春节').map((d) => d.date)).toHaveLength(9);
    expect(days.filter((d) => d.kind === 'MAKEUP_WORKDAY').map((d) => d.date)).toEqual([
      '2026-01-04', '2026-02-14', '2026-02-28', '2026-05-09', '2026-09-20', '2026-10-10',
    ]);
    // From Friday 2026-02-13: Saturday 02-14 is a make-up working day, then 02-15..23 is the Spring Festival.
    expect((await t.gql(WorkingDayDeadlineDocument, { start: '2026-02-13', workingDays: 1 }, reporter)).data!.workingDayDeadline).toBe('2026-02-14');
    expect((await t.gql(WorkingDayDeadlineDocument, { start: '2026-02-13', workingDays: 2 }, reporter)).data!.workingDayDeadline).toBe('2026-02-24');
    expect((await t.gql(WorkingDayDeadlineDocument, { start: '2026-09-30', workingDays: 5 }, reporter)).data!.workingDayDeadline).toBe('2026-10-13');
  });

  it('lets an admin enter next year’s holidays, refusing a make-up day on a weekday', async () => {
    expect((await t.gql(WorkingDayDeadlineDocument, { start: '2026-12-31', workingDays: 1 }, admin)).data!.workingDayDeadline).toBe('2027-01-01');
    const set = await t.gql(SetCalendarDayDocument, { input: { date: '2027-01-01', kind: 'HOLIDAY', name: '元旦' } }, admin);
    expect(set.data!.setCalendarDay).toMatchObject({ date: '2027-01-01', kind: 'HOLIDAY' });
    expect((await t.gql(WorkingDayDeadlineDocument, { start: '2026-12-31', workingDays: 1 }, admin)).data!.workingDayDeadline).toBe('2027-01-04');
    const weekday = await t.gql(SetCalendarDayDocument, { input: { date: '2027-01-05', kind: 'MAKEUP_WORKDAY' } }, admin);
    expect(weekday.errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'kind' });
    expect(errorCode(await t.gql(SetCalendarDayDocument, { input: { date: '2027-01-02', kind: 'HOLIDAY' } }, discipline))).toBe('FORBIDDEN');
    expect((await t.gql(RemoveCalendarDayDocument, { date: '2027-01-01' }, admin)).data!.removeCalendarDay).toBe('2027-01-01');
  });
});
