import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { setToday } from '../../server/src/app/clock';
import {
  ConfirmDishonestyRecordDocument,
  CreateDishonestyRecordDocument,
  CreateRectificationDocument,
  DecideObjectionDocument,
  DishonestyRecordDocument,
  DishonestyRecordsDocument,
  FileObjectionDocument,
  MeDocument,
  PeopleDocument,
  RepairDishonestyRecordDocument,
  ReportRectificationProgressDocument,
  ReturnDishonestyRecordDocument,
  RevokeDishonestyRecordDocument,
  SubmitDishonestyRecordDocument,
  UnitByCodeDocument,
  UpdateDishonestyRecordDocument,
  VerifyRectificationDocument,
  type CreateDishonestyRecordInput,
} from '../generated/graphql';
import { errorCode, startTestApp, type TestApp } from '../helpers/test-app';

describe('dishonesty records (政务失信记录)', () => {
  let t: TestApp;
  let admin: string;
  let discipline: string;
  let discipline2: string;
  let reporter: string;
  let general: string;
  let personId: string;
  let ownUnitId: string;
  let otherUnitId: string;

  beforeAll(async () => {
    t = await startTestApp();
    [admin, discipline, reporter, general] = await Promise.all([
      t.login('admin'),
      t.login('discipline'),
      t.login('reporter'),
      t.login('general'),
    ]);
    ownUnitId = (await t.gql(MeDocument, {}, reporter)).data!.me.unit!.id;
    otherUnitId = (await t.gql(UnitByCodeDocument, { code: 'JXCZ-T05' }, admin)).data!.unitByCode.id;
    personId = (await t.gql(PeopleDocument, { filter: { unitId: ownUnitId }, limit: 1 }, admin)).data!.people.items[0].id;
    // A second checker in 纪检监察室.
    const { CreateUserDocument } = await import('../generated/graphql');
    const disciplineUnit = (await t.gql(UnitByCodeDocument, { code: 'JXCZ-S04' }, admin)).data!.unitByCode.id;
    await t.gql(
      CreateUserDocument,
      { input: { username: 'discipline2', displayName: '纪检复核', password: 'Second-check-2026', roles: ['DISCIPLINE'], unitId: disciplineUnit } },
      admin,
    );
    discipline2 = await t.login('discipline2', 'Second-check-2026');
  });
  afterEach(() => setToday(undefined));
  afterAll(async () => t?.close());

  const baseInput = (over: Partial<CreateDishonestyRecordInput> = {}): CreateDishonestyRecordInput => ({
    subjectType: 'PERSON',
    subjectId: personId,
    category: 'DISCIPLINARY_SANCTION',
    severity: 'SERIOUS',
    facts: '违反工作纪律，擅自延误资金拨付',
    legalBasis: '《行政机关公务员处分条例》',
    documentNumber: '郏纪〔2026〕5号',
    decidingAuthority: '县纪委监委',
    decisionDate: '2026-03-02',
    ...over,
  });

  async function confirmed(over: Partial<CreateDishonestyRecordInput> = {}) {
    const created = (await t.gql(CreateDishonestyRecordDocument, { input: baseInput(over) }, general)).data!.createDishonestyRecord;
    const submitted = (await t.gql(SubmitDishonestyRecordDocument, { id: created.id, version: created.version }, general)).data!
      .submitDishonestyRecord;
    const r = await t.gql(ConfirmDishonestyRecordDocument, { id: submitted.id, version: submitted.version }, discipline);
    expect(r.errors).toBeUndefined();
    return r.data!.confirmDishonestyRecord;
  }

  const reload = async (id: string) => (await t.gql(DishonestyRecordDocument, { id }, admin)).data!.dishonestyRecord;

  it('goes draft → submitted → confirmed, with disclosure period, objection window and automatic measures', async () => {
    setToday('2026-03-10');
    const r = await confirmed();
    expect(r).toMatchObject({
      status: 'CONFIRMED',
      counting: true,
      disclosed: true,
      disclosureStart: '2026-03-10',
      // 较重: three years of disclosure by default.
      disclosureEnd: '2029-03-08',
      recordedByName: expect.stringContaining('综合股'),
      mitigation: 'NONE',
    });
    // 15 working days after 2026-03-10 (no holidays in between).
    expect(r.objectionDeadline).toBe('2026-03-31');
    const full = await reload(r.id);
    expect(full.measureApplications.map((m) => m.measure.code).sort()).toEqual(['P-CRITICISE', 'P-EXPLAIN', 'P-NO-AWARDS']);
    const noAwards = full.measureApplications.find((m) => m.measure.code === 'P-NO-AWARDS')!;
    expect(noAwards).toMatchObject({ automatic: true, effectiveFrom: '2026-03-10', effectiveTo: '2027-03-09' });
  });

  it('refuses to let the recorder confirm its own record, and changes nothing', async () => {
    const created = (await t.gql(CreateDishonestyRecordDocument, { input: baseInput() }, discipline)).data!.createDishonestyRecord;
    const submitted = (await t.gql(SubmitDishonestyRecordDocument, { id: created.id, version: created.version }, discipline)).data!
      .submitDishonestyRecord;
    const own = await t.gql(ConfirmDishonestyRecordDocument, { id: submitted.id, version: submitted.version }, discipline);
    expect(errorCode(own)).toBe('CONFLICT');
    expect(own.errors![0].extensions!.reason).toBe('OWN_RECORD');
    expect((await reload(created.id)).status).toBe('SUBMITTED');
    const other = await t.gql(ConfirmDishonestyRecordDocument, { id: submitted.id, version: submitted.version }, discipline2);
    expect(other.data!.confirmDishonestyRecord.status).toBe('CONFIRMED');
  });

  it('returns a record with reasons, lets the recorder fix and resubmit it', async () => {
    const created = (await t.gql(CreateDishonestyRecordDocument, { input: baseInput({ documentNumber: null }) }, general)).data!
      .createDishonestyRecord;
    const submitted = (await t.gql(SubmitDishonestyRecordDocument, { id: created.id, version: created.version }, general)).data!
      .submitDishonestyRecord;
    const returned = await t.gql(ReturnDishonestyRecordDocument, { id: submitted.id, reason: '缺少处分决定文号', version: submitted.version }, discipline);
    expect(returned.data!.returnDishonestyRecord).toMatchObject({ status: 'RETURNED', returnReason: '缺少处分决定文号' });
    const fixed = await t.gql(
      UpdateDishonestyRecordDocument,
      { id: created.id, input: { documentNumber: '郏纪〔2026〕7号' }, version: returned.data!.returnDishonestyRecord.version },
      general,
    );
    expect(fixed.data!.updateDishonestyRecord.documentNumber).toBe('郏纪〔2026〕7号');
    const again = await t.gql(SubmitDishonestyRecordDocument, { id: created.id, version: fixed.data!.updateDishonestyRecord.version }, general);
    expect(again.data!.submitDishonestyRecord.status).toBe('SUBMITTED');
  });

  it('refuses illegal transitions with CONFLICT and no change', async () => {
    const r = await confirmed();
    const edit = await t.gql(UpdateDishonestyRecordDocument, { id: r.id, input: { facts: '改写事实内容' }, version: r.version }, general);
    expect(errorCode(edit)).toBe('CONFLICT');
    expect(edit.errors![0].extensions!.reason).toBe('ILLEGAL_TRANSITION');
    const resubmit = await t.gql(SubmitDishonestyRecordDocument, { id: r.id, version: r.version }, general);
    expect(errorCode(resubmit)).toBe('CONFLICT');
    const after = await reload(r.id);
    expect(after).toMatchObject({ status: 'CONFIRMED', facts: r.facts, version: r.version });
  });

  it('lets only the deciding section confirm, and unit reporters record only within their unit', async () => {
    const created = (await t.gql(CreateDishonestyRecordDocument, { input: baseInput() }, general)).data!.createDishonestyRecord;
    const submitted = (await t.gql(SubmitDishonestyRecordDocument, { id: created.id, version: created.version }, general)).data!
      .submitDishonestyRecord;
    expect(errorCode(await t.gql(ConfirmDishonestyRecordDocument, { id: created.id, version: submitted.version }, reporter))).toBe('FORBIDDEN');
    const outside = await t.gql(CreateDishonestyRecordDocument, { input: baseInput({ subjectType: 'UNIT', subjectId: otherUnitId }) }, reporter);
    expect(errorCode(outside)).toBe('BAD_USER_INPUT');
    expect(outside.errors![0].extensions!.field).toBe('subjectId');
    const inside = await t.gql(CreateDishonestyRecordDocument, { input: baseInput({ subjectType: 'UNIT', subjectId: ownUnitId }) }, reporter);
    expect(inside.data!.createDishonestyRecord.scopeUnit.id).toBe(ownUnitId);
    const list = await t.gql(DishonestyRecordsDocument, { limit: 100 }, reporter);
    expect(new Set(list.data!.dishonestyRecords.items.map((r) => r.scopeUnit.id))).toEqual(new Set([ownUnitId]));
  });

  it('handles an objection: disputed until decided, then corrected with old and new values kept', async () => {
    setToday('2026-04-01');
    const r = await confirmed({ severity: 'GRAVE' });
    const filed = await t.gql(FileObjectionDocument, { input: { recordId: r.id, grounds: '处分决定已被复议撤销，记录所依据的事实有误' } }, reporter);
    expect(filed.errors).toBeUndefined();
    expect(filed.data!.fileObjection.record.disputed).toBe(true);
    // 10 working days for the decision; 2026-04-04..06 are the 清明 holidays.
    expect(filed.data!.fileObjection.decisionDueOn).toBe('2026-04-16');
    const twice = await t.gql(FileObjectionDocument, { input: { recordId: r.id, grounds: '再次提出异议的理由' } }, reporter);
    expect(errorCode(twice)).toBe('CONFLICT');
    expect(twice.errors![0].extensions!.reason).toBe('ALREADY_DISPUTED');
    const o = filed.data!.fileObjection;
    const decided = await t.gql(
      DecideObjectionDocument,
      {
        id: o.id,
        input: { outcome: 'CORRECTED', reason: '经复核，情节较轻，更正为较重', corrections: [{ field: 'severity', value: 'SERIOUS' }] },
        version: o.version,
      },
      discipline,
    );
    expect(decided.errors).toBeUndefined();
    expect(decided.data!.decideObjection.corrections).toEqual([{ field: 'severity', before: 'GRAVE', after: 'SERIOUS' }]);
    expect(decided.data!.decideObjection.record).toMatchObject({ severity: 'SERIOUS', disputed: false, disclosureEnd: '2029-03-30' });
  });

  it('refuses an objection after the window has closed', async () => {
    setToday('2026-05-06');
    const r = await confirmed();
    setToday('2026-06-30');
    const late = await t.gql(FileObjectionDocument, { input: { recordId: r.id, grounds: '逾期提出的异议理由' } }, reporter);
    expect(errorCode(late)).toBe('CONFLICT');
    expect(late.errors![0].extensions!.reason).toBe('OBJECTION_WINDOW_CLOSED');
    expect((await reload(r.id)).disputed).toBe(false);
  });

  it('revokes a record through an objection, cancelling its measures', async () => {
    setToday('2026-05-06');
    const r = await confirmed();
    const o = (await t.gql(FileObjectionDocument, { input: { recordId: r.id, grounds: '认定主体错误，应为其他人员' } }, reporter)).data!
      .fileObjection;
    const decided = await t.gql(DecideObjectionDocument, { id: o.id, input: { outcome: 'REVOKED', reason: '认定主体错误' }, version: o.version }, discipline);
    expect(decided.data!.decideObjection.record.status).toBe('REVOKED');
    const after = await reload(r.id);
    expect(after.counting).toBe(false);
    expect(after.measureApplications.every((m) => m.status === 'CANCELLED')).toBe(true);
  });

  it('repairs only after verified rectification and the minimum period, then stops counting but stays in history', async () => {
    setToday('2026-03-10');
    const r = await confirmed({ severity: 'GENERAL', decisionDate: '2026-03-01' });
    const early = await t.gql(RepairDishonestyRecordDocument, { id: r.id, reason: '已完成整改，申请信用修复', version: r.version }, discipline);
    expect(errorCode(early)).toBe('CONFLICT');
    expect(early.errors![0].extensions!.reason).toBe('RECTIFICATION_NOT_VERIFIED');
    const rect = (await t.gql(CreateRectificationDocument, { input: { recordId: r.id, requiredActions: '完善资金拨付审批流程', workingDays: 20 } }, discipline)).data!
      .createRectification;
    expect(rect.responsiblePerson?.id).toBe(personId);
    const done = (await t.gql(ReportRectificationProgressDocument, { id: rect.id, input: { progress: '已修订制度并组织学习', completed: true }, version: rect.version }, reporter)).data!
      .reportRectificationProgress;
    expect(done.status).toBe('COMPLETED');
    const verified = await t.gql(VerifyRectificationDocument, { id: rect.id, accepted: true, note: '整改到位', version: done.version }, discipline);
    expect(verified.data!.verifyRectification.status).toBe('VERIFIED');
    const current = await reload(r.id);
    const tooEarly = await t.gql(RepairDishonestyRecordDocument, { id: r.id, reason: '已完成整改，申请信用修复', version: current.version }, discipline);
    expect(errorCode(tooEarly)).toBe('CONFLICT');
    expect(tooEarly.errors![0].extensions).toMatchObject({ reason: 'REPAIR_TOO_EARLY', details: { earliestRepairOn: '2026-05-30' } });
    expect((await reload(r.id)).repairedAt).toBeNull();
    // 一般: 90 days after the decision of 2026-03-01.
    setToday('2026-05-30');
    const repaired = await t.gql(RepairDishonestyRecordDocument, { id: r.id, reason: '已完成整改，申请信用修复', version: current.version }, discipline);
    expect(repaired.errors).toBeUndefined();
    expect(repaired.data!.repairDishonestyRecord).toMatchObject({ status: 'CONFIRMED', counting: false, disclosed: false });
    expect(repaired.data!.repairDishonestyRecord.repairedAt).toBeTruthy();
  });

  it('revokes with a reason, never deletes, and refuses a revocation without one', async () => {
    const r = await confirmed();
    const noReason = await t.gql(RevokeDishonestyRecordDocument, { id: r.id, reason: '', version: r.version }, discipline);
    expect(errorCode(noReason)).toBe('BAD_USER_INPUT');
    expect(noReason.errors![0].extensions!.field).toBe('reason');
    const revoked = await t.gql(RevokeDishonestyRecordDocument, { id: r.id, reason: '重复录入，撤销本条', version: r.version }, discipline);
    expect(revoked.data!.revokeDishonestyRecord).toMatchObject({ status: 'REVOKED', revokeReason: '重复录入，撤销本条', counting: false });
    expect((await reload(r.id)).status).toBe('REVOKED');
  });

  it('applies the self-correction rules: waived for 一般, mitigated for 较重', async () => {
    const waived = await confirmed({ severity: 'GENERAL', selfCorrected: true });
    expect(waived.mitigation).toBe('WAIVED');
    expect((await reload(waived.id)).measureApplications).toHaveLength(0);
    const mitigated = await confirmed({ severity: 'SERIOUS', selfCorrected: true });
    expect(mitigated.mitigation).toBe('MITIGATED');
    // Only the written explanation applies when mitigated.
    expect((await reload(mitigated.id)).measureApplications.map((m) => m.measure.code)).toEqual(['P-EXPLAIN']);
  });

  it('refuses bad input naming the field: a future decision date, an unknown subject', async () => {
    setToday('2026-03-10');
    const future = await t.gql(CreateDishonestyRecordDocument, { input: baseInput({ decisionDate: '2026-12-01' }) }, general);
    expect(future.errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'decisionDate' });
    const unknown = await t.gql(CreateDishonestyRecordDocument, { input: baseInput({ subjectId: '00000000-0000-4000-8000-000000000000' }) }, general);
    expect(unknown.errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'subjectId' });
    const short = await t.gql(CreateDishonestyRecordDocument, { input: baseInput({ facts: 'x' }) }, general);
    expect(short.errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'facts' });
  });
});
