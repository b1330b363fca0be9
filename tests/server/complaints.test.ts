import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { setToday } from '../../server/src/app/clock';
import { intakeLimiter, receiptLimiter } from '../../server/src/modules/complaints/complaint.service';
import {
  AcceptComplaintDocument,
  AssignComplaintDocument,
  BulkAcceptComplaintsDocument,
  ComplaintByReceiptDocument,
  ComplaintDocument,
  ComplaintReporterDocument,
  ComplaintsDocument,
  ConcludeComplaintDocument,
  DishonestyRecordDocument,
  IntegrityFileComplaintsDocument,
  MeDocument,
  RateComplaintDocument,
  RegisterComplaintDocument,
  RehandleComplaintDocument,
  RejectComplaintDocument,
  ReplyTemplatesDocument,
  ReplyToComplaintDocument,
  StartComplaintInvestigationDocument,
  SubmitPublicComplaintDocument,
  TransferComplaintDocument,
  UnitByCodeDocument,
  type PublicComplaintInput,
  type RegisterComplaintInput,
} from '../generated/graphql';
import { errorCode, startTestApp, type TestApp } from '../helpers/test-app';

const ANON: PublicComplaintInput = {
  category: 'DELAY',
  title: '补贴资金迟迟未发放',
  content: '今年的耕地地力保护补贴至今未到账，多次到财政所询问均被推诿。',
  concernedText: '龙山街道财政所',
  anonymous: true,
};

describe('complaint and report register (投诉举报登记)', () => {
  let t: TestApp;
  let admin: string;
  let discipline: string;
  let custodian: string;
  let reporter: string;
  let ownUnitId: string;
  let otherUnitId: string;

  beforeAll(async () => {
    t = await startTestApp();
    [admin, discipline, custodian, reporter] = await Promise.all([t.login('admin'), t.login('discipline'), t.login('custodian'), t.login('reporter')]);
    ownUnitId = (await t.gql(MeDocument, {}, reporter)).data!.me.unit!.id;
    otherUnitId = (await t.gql(UnitByCodeDocument, { code: 'JXCZ-T02' }, admin)).data!.unitByCode.id;
  });
  beforeEach(() => {
    intakeLimiter.reset();
    receiptLimiter.reset();
  });
  afterEach(() => setToday(undefined));
  afterAll(async () => t?.close());

  const fileAnonymously = async (headers: Record<string, string> = {}) => {
    const { json } = await t.post({ query: (await import('graphql')).print(SubmitPublicComplaintDocument), variables: { input: ANON } }, headers);
    return json.data?.submitPublicComplaint as { caseNumber: string; receiptCode: string; acceptanceDueOn: string } | undefined;
  };
  const staffRegister = async (over: Partial<RegisterComplaintInput> = {}) => {
    const r = await t.gql(RegisterComplaintDocument, {
      input: {
        channel: 'HOTLINE',
        category: 'SERVICE_ATTITUDE',
        title: '窗口工作人员态度生硬',
        content: '到财政所办理业务时，工作人员态度生硬，拒绝一次性告知所需材料。',
        anonymous: false,
        reporterName: '王建设',
        reporterPhone: '13800001111',
        concernedUnitId: ownUnitId,
        ...over,
      },
    }, discipline);
    expect(r.errors).toBeUndefined();
    return r.data!.registerComplaint;
  };

  it('takes an anonymous report without an account and answers its status only with the receipt code', async () => {
    const filed = await fileAnonymously();
    expect(filed!.receiptCode).toMatch(/^[0-9A-Z]{4}(-[0-9A-Z]{4}){5}$/);
    const status = await t.gql(ComplaintByReceiptDocument, { receiptCode: filed!.receiptCode });
    expect(status.data!.complaintByReceipt).toMatchObject({ caseNumber: filed!.caseNumber, status: 'RECEIVED', reply: null, canRate: false });
    // Lower case and without separators still works; one wrong character does not.
    const sloppy = filed!.receiptCode.toLowerCase().replaceAll('-', ' ');
    expect((await t.gql(ComplaintByReceiptDocument, { receiptCode: sloppy })).data!.complaintByReceipt.caseNumber).toBe(filed!.caseNumber);
    const last = filed!.receiptCode.slice(-1);
    const wrong = filed!.receiptCode.slice(0, -1) + (last === 'A' ? 'B' : 'A');
    const miss = await t.gql(ComplaintByReceiptDocument, { receiptCode: wrong });
    expect(errorCode(miss)).toBe('NOT_FOUND');
    expect(miss.data).toBeNull();
  });

  it('cannot read another reporter’s case with its own receipt code', async () => {
    const a = await fileAnonymously();
    const b = await fileAnonymously();
    expect(a!.caseNumber).not.toBe(b!.caseNumber);
    const seen = await t.gql(ComplaintByReceiptDocument, { receiptCode: a!.receiptCode });
    expect(seen.data!.complaintByReceipt.caseNumber).toBe(a!.caseNumber);
    // Lookup prefix of b with the secret of a: refused.
    const mixed = b!.receiptCode.slice(0, 7) + a!.receiptCode.slice(7);
    expect(errorCode(await t.gql(ComplaintByReceiptDocument, { receiptCode: mixed }))).toBe('NOT_FOUND');
  });

  it('stores nothing that identifies an anonymous reporter', async () => {
    const agent = 'ReporterBrowser/9.9 (unique-agent-7731)';
    const filed = await fileAnonymously({ 'user-agent': agent, 'x-forwarded-for': '203.0.113.77' });
    const em = t.em();
    const conn = em.getConnection();
    const [row] = await conn.execute(`select row_to_json(c)::text as j from complaint c where case_number = ?`, [filed!.caseNumber]);
    const audit = await conn.execute<{ j: string }[]>(`select row_to_json(a)::text as j from audit_event a where entity_type = 'Complaint'`);
    const everything = [row.j, ...audit.map((a) => a.j)].join('\n');
    expect(everything).not.toContain('unique-agent-7731');
    expect(everything).not.toContain('203.0.113.77');
    expect(everything).not.toContain('127.0.0.1');
    expect(JSON.parse(row.j)).toMatchObject({ anonymous: true, reporter_name: null, reporter_phone: null, reporter_contact: null, registered_by_id: null });
    expect(JSON.parse(row.j).receipt_hash).not.toContain(filed!.receiptCode.replaceAll('-', '').slice(6));
  });

  it('rate-limits public intake per client and files nothing beyond the limit', async () => {
    const before = (await t.gql(ComplaintsDocument, { limit: 1 }, admin)).data!.complaints.total;
    for (let i = 0; i < 5; i++) expect(await fileAnonymously()).toBeDefined();
    const { json } = await t.post({ query: (await import('graphql')).print(SubmitPublicComplaintDocument), variables: { input: ANON } });
    expect(json.errors[0].extensions.code).toBe('RATE_LIMITED');
    expect((await t.gql(ComplaintsDocument, { limit: 1 }, admin)).data!.complaints.total).toBe(before + 5);
  });

  it('shows a named reporter’s identity to the custodian only', async () => {
    const { complaint } = await staffRegister();
    const seen = await t.gql(ComplaintReporterDocument, { id: complaint.id, purpose: '回访举报人' }, custodian);
    expect(seen.data!.complaintReporter).toEqual({ anonymous: false, name: '王建设', phone: '13800001111', contact: null });
    for (const token of [discipline, admin, reporter]) {
      expect(errorCode(await t.gql(ComplaintReporterDocument, { id: complaint.id, purpose: '回访举报人' }, token))).toBe('FORBIDDEN');
    }
    const named = await t.gql(RegisterComplaintDocument, { input: { channel: 'LETTER', category: 'OTHER', title: '来信反映问题', content: '来信反映财政所工作问题，请核查。', anonymous: false } }, discipline);
    expect(named.errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'reporterName' });
  });

  it('runs the whole workflow on the working-day calendar and drafts a record for substantiated conduct', async () => {
    setToday('2026-10-01');
    const { complaint: c, receiptCode } = await staffRegister({ receivedOn: '2026-09-30' });
    // 5 working days after 30 September: the National Day holiday, then Saturday 10 October is worked.
    expect(c).toMatchObject({ status: 'RECEIVED', acceptanceDueOn: '2026-10-13', caseNumber: expect.stringMatching(/^TS2026-\d{5}$/) });
    const early = await t.gql(AssignComplaintDocument, { id: c.id, input: { leadUnitId: ownUnitId }, version: c.version }, discipline);
    expect(errorCode(early)).toBe('CONFLICT');
    const accepted = (await t.gql(AcceptComplaintDocument, { id: c.id, version: c.version }, discipline)).data!.acceptComplaint;
    setToday('2026-10-08');
    const assigned = (await t.gql(AssignComplaintDocument, { id: c.id, input: { leadUnitId: ownUnitId, coUnitIds: [otherUnitId] }, version: accepted.version }, discipline)).data!
      .assignComplaint;
    expect(assigned).toMatchObject({ status: 'ASSIGNED', assignedOn: '2026-10-08', leadUnit: { id: ownUnitId }, coUnits: [{ id: otherUnitId }] });
    expect(assigned.handlingDueOn).toBe('2026-11-18');
    const started = (await t.gql(StartComplaintInvestigationDocument, { id: c.id, version: assigned.version }, reporter)).data!.startComplaintInvestigation;
    const concluded = await t.gql(
      ConcludeComplaintDocument,
      { id: c.id, input: { conclusion: 'SUBSTANTIATED', findings: '经调取窗口录像并询问当事人，反映情况属实。' }, version: started.version },
      reporter,
    );
    expect(concluded.data!.concludeComplaint).toMatchObject({ status: 'CONCLUDED', conclusion: 'SUBSTANTIATED' });
    const recordId = concluded.data!.concludeComplaint.recordId!;
    const record = (await t.gql(DishonestyRecordDocument, { id: recordId }, admin)).data!.dishonestyRecord;
    expect(record).toMatchObject({ category: 'COMPLAINT_SUBSTANTIATED', status: 'DRAFT', sourceType: 'COMPLAINT', sourceId: c.id, subjectUnit: { id: ownUnitId } });
    const template = (await t.gql(ReplyTemplatesDocument, {}, discipline)).data!.replyTemplates.find((x) => x.category === 'SERVICE_ATTITUDE')!;
    const replied = (await t.gql(ReplyToComplaintDocument, { id: c.id, templateId: template.id, version: concluded.data!.concludeComplaint.version }, discipline)).data!
      .replyToComplaint;
    expect(replied.reply).toContain(c.caseNumber);
    expect(replied.reply).toContain('属实');
    const publicView = (await t.gql(ComplaintByReceiptDocument, { receiptCode })).data!.complaintByReceipt;
    expect(publicView).toMatchObject({ status: 'REPLIED', reply: replied.reply, canRate: true });
    const rated = await t.gql(RateComplaintDocument, { receiptCode, satisfaction: 'DISSATISFIED', comment: '处理太轻' });
    expect(rated.data!.rateComplaint).toMatchObject({ status: 'REPLIED', satisfaction: 'DISSATISFIED', canRate: false });
    const current = (await t.gql(ComplaintDocument, { id: c.id }, admin)).data!.complaint;
    const again = (await t.gql(RehandleComplaintDocument, { id: c.id, reason: '举报人不满意，重新核查', version: current.version }, discipline)).data!
      .rehandleComplaint;
    expect(again).toMatchObject({ status: 'ASSIGNED', rehandleCount: 1, conclusion: null });
    // Second round: the record is not drafted twice; a second dissatisfaction closes the case.
    const s2 = (await t.gql(StartComplaintInvestigationDocument, { id: c.id, version: again.version }, reporter)).data!.startComplaintInvestigation;
    const c2 = (await t.gql(ConcludeComplaintDocument, { id: c.id, input: { conclusion: 'SUBSTANTIATED', findings: '再次核查，维持原结论并追加整改要求。' }, version: s2.version }, reporter)).data!
      .concludeComplaint;
    expect(c2.recordId).toBe(recordId);
    const r2 = (await t.gql(ReplyToComplaintDocument, { id: c.id, reply: '经重新核查，维持原处理意见，已责令限期整改。', version: c2.version }, discipline)).data!.replyToComplaint;
    expect((await t.gql(RateComplaintDocument, { receiptCode, satisfaction: 'DISSATISFIED' })).data!.rateComplaint.status).toBe('CLOSED');
    const third = await t.gql(RehandleComplaintDocument, { id: c.id, reason: '再次要求重新办理', version: r2.version + 1 }, discipline);
    expect(errorCode(third)).toBe('CONFLICT');
  });

  it('refuses a report with a reason, and lets only the lead unit act for the units', async () => {
    const { complaint: c } = await staffRegister();
    const noReason = await t.gql(RejectComplaintDocument, { id: c.id, reason: '', version: c.version }, discipline);
    expect(noReason.errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'reason' });
    const rejected = await t.gql(RejectComplaintDocument, { id: c.id, reason: '不属于本局职责范围，已告知向县市场监管局反映', version: c.version }, discipline);
    expect(rejected.data!.rejectComplaint).toMatchObject({ status: 'NOT_ACCEPTED' });
    const { complaint: d } = await staffRegister({ concernedUnitId: otherUnitId });
    const a = (await t.gql(AcceptComplaintDocument, { id: d.id, version: d.version }, discipline)).data!.acceptComplaint;
    const assigned = (await t.gql(AssignComplaintDocument, { id: d.id, input: { leadUnitId: otherUnitId }, version: a.version }, discipline)).data!.assignComplaint;
    // The reporter's unit neither leads nor is concerned: the case is invisible to it.
    expect(errorCode(await t.gql(StartComplaintInvestigationDocument, { id: d.id, version: assigned.version }, reporter))).toBe('NOT_FOUND');
    const moved = await t.gql(TransferComplaintDocument, { id: d.id, toUnitId: ownUnitId, reason: '属地管理，转龙山街道财政所办理', version: assigned.version }, discipline);
    expect(moved.data!.transferComplaint.leadUnit!.id).toBe(ownUnitId);
    expect((moved.data!.transferComplaint.transfers as { to: string }[]).map((x) => x.to)).toEqual([otherUnitId, ownUnitId]);
    const started = await t.gql(StartComplaintInvestigationDocument, { id: d.id, version: moved.data!.transferComplaint.version }, reporter);
    expect(started.data!.startComplaintInvestigation.status).toBe('INVESTIGATING');
  });

  it('accepts several reports in bulk, each on its own', async () => {
    const one = (await staffRegister()).complaint;
    const two = (await staffRegister()).complaint;
    await t.gql(AcceptComplaintDocument, { id: two.id, version: two.version }, discipline);
    const out = (await t.gql(BulkAcceptComplaintsDocument, { ids: [one.id, two.id] }, discipline)).data!.bulkAcceptComplaints;
    expect(out).toEqual([
      { id: one.id, ok: true, code: null },
      { id: two.id, ok: false, code: 'CONFLICT' },
    ]);
    expect((await t.gql(ComplaintDocument, { id: one.id }, admin)).data!.complaint.status).toBe('ACCEPTED');
  });

  it('lists the complaints concerning a unit in its integrity file', async () => {
    const { complaint } = await staffRegister();
    const file = (await t.gql(IntegrityFileComplaintsDocument, { subjectType: 'UNIT', subjectId: ownUnitId, purpose: '核查投诉处理情况' }, reporter)).data!.integrityFile;
    expect(file.complaints.map((c) => c.id)).toContain(complaint.id);
  });

  it('shows a unit reporter the cases its unit handles or is concerned by, nothing else', async () => {
    const list = await t.gql(ComplaintsDocument, { limit: 100 }, reporter);
    expect(list.data!.complaints.total).toBeGreaterThan(0);
    const all = await t.gql(ComplaintsDocument, { limit: 100 }, admin);
    expect(all.data!.complaints.total).toBeGreaterThan(list.data!.complaints.total);
  });
});

describe('demo complaints', () => {
  it('cover every channel and every state', async () => {
    const t = await startTestApp();
    try {
      const admin = await t.login('admin');
      const all = (await t.gql(ComplaintsDocument, { limit: 100 }, admin)).data!.complaints.items;
      const channels = new Set(all.map((c) => c.channel));
      const states = new Set(all.map((c) => c.status));
      expect(channels.size).toBe(11);
      expect([...states].sort()).toEqual(['ACCEPTED', 'ASSIGNED', 'CLOSED', 'CONCLUDED', 'INVESTIGATING', 'NOT_ACCEPTED', 'RECEIVED', 'REPLIED']);
      expect(all.some((c) => c.recordId)).toBe(true);
    } finally {
      await t.close();
    }
  });
});
