import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { setToday } from '../../server/src/app/clock';
import { portalLimiter } from '../../server/src/modules/disclosure/public-limits';
import {
  AnnualIntegrityReportDocument,
  ConfirmDishonestyRecordDocument,
  CreateDishonestyRecordDocument,
  CreditReportDocument,
  CreditReportsDocument,
  IssueCreditReportDocument,
  MeDocument,
  PeopleDocument,
  SubmitDishonestyRecordDocument,
  UnitByCodeDocument,
  VerifyCreditReportDocument,
  type CreateDishonestyRecordInput,
} from '../generated/graphql';
import { errorCode, startTestApp, type TestApp } from '../helpers/test-app';

describe('credit reports (信用报告) and the annual integrity report (年度诚信报告)', () => {
  let t: TestApp;
  let admin: string;
  let general: string;
  let discipline: string;
  let reporter: string;
  let ownUnitId: string;
  let otherUnitId: string;
  let person: { id: string; name: string };

  beforeAll(async () => {
    t = await startTestApp();
    [admin, general, discipline, reporter] = await Promise.all([t.login('admin'), t.login('general'), t.login('discipline'), t.login('reporter')]);
    ownUnitId = (await t.gql(MeDocument, {}, reporter)).data!.me.unit!.id;
    otherUnitId = (await t.gql(UnitByCodeDocument, { code: 'JXCZ-T05' }, admin)).data!.unitByCode.id;
    const p = (await t.gql(PeopleDocument, { filter: { unitId: ownUnitId }, limit: 1 }, admin)).data!.people.items[0];
    person = { id: p.id, name: p.name };
  });
  beforeEach(() => portalLimiter.reset());
  afterEach(() => setToday(undefined));
  afterAll(async () => t?.close());

  async function confirmed(input: Partial<CreateDishonestyRecordInput>) {
    const created = (await t.gql(
      CreateDishonestyRecordDocument,
      {
        input: {
          subjectType: 'PERSON',
          subjectId: person.id,
          category: 'ACCOUNTABILITY',
          severity: 'SERIOUS',
          facts: '未按期完成资金清理整改',
          decidingAuthority: '县纪委监委',
          decisionDate: '2026-02-10',
          ...input,
        },
      },
      general,
    )).data!.createDishonestyRecord;
    const submitted = (await t.gql(SubmitDishonestyRecordDocument, { id: created.id, version: created.version }, general)).data!.submitDishonestyRecord;
    const r = await t.gql(ConfirmDishonestyRecordDocument, { id: submitted.id, version: submitted.version }, discipline);
    expect(r.errors).toBeUndefined();
    return r.data!.confirmDishonestyRecord;
  }

  const issue = (subjectType: 'UNIT' | 'PERSON', subjectId: string, token = discipline) =>
    t.gql(IssueCreditReportDocument, { input: { subjectType, subjectId, purpose: '评优评先前信用审查' } }, token);

  it('issues a person’s report with its sections, number and code, and the code verifies with the name masked', async () => {
    setToday('2026-03-10');
    await confirmed({});
    const r = await issue('PERSON', person.id);
    expect(r.errors).toBeUndefined();
    const report = r.data!.issueCreditReport;
    expect(report.reportNumber).toMatch(/^XYBG20260310\d{6}$/);
    expect(report.verificationCode).toMatch(/^CR(-[0-9A-Z]{4}){4}$/);
    expect(report.content.basic).toMatchObject({ name: person.name });
    expect(report.content.issuedOn).toBe('2026-03-10');
    const mine = report.content.records.find((x) => x.facts === '未按期完成资金清理整改');
    expect(mine).toMatchObject({ category: 'ACCOUNTABILITY', severity: 'SERIOUS', counting: true, decisionDate: '2026-02-10' });
    // Confirmation triggered measures; they are in the report too.
    expect(report.content.measures.length).toBeGreaterThan(0);

    const v = await t.gql(VerifyCreditReportDocument, { verificationCode: report.verificationCode.toLowerCase() });
    expect(v.data!.verifyCreditReport).toMatchObject({
      valid: true,
      problem: null,
      reportNumber: report.reportNumber,
      issuedOn: '2026-03-10',
      subjectType: 'PERSON',
      subjectName: `${[...person.name][0]}*`,
      digest: report.digest,
      records: report.content.records.length,
      countingRecords: report.content.records.filter((x) => x.counting).length,
      commitments: report.content.commitments.length,
    });
    expect(JSON.stringify(v.data)).not.toContain(person.name);
    // With the digest printed on the report, too.
    const withDigest = await t.gql(VerifyCreditReportDocument, { verificationCode: report.verificationCode, digest: report.digest });
    expect(withDigest.data!.verifyCreditReport.valid).toBe(true);
  });

  it('does not verify a report whose stored content was changed, nor a printed digest that differs, nor an unknown code', async () => {
    const report = (await issue('UNIT', ownUnitId)).data!.issueCreditReport;
    expect((await t.gql(VerifyCreditReportDocument, { verificationCode: report.verificationCode })).data!.verifyCreditReport.valid).toBe(true);

    const wrongDigest = await t.gql(VerifyCreditReportDocument, { verificationCode: report.verificationCode, digest: '0000-0000-0000-0000' });
    expect(wrongDigest.data!.verifyCreditReport).toMatchObject({ valid: false, problem: 'DIGEST_MISMATCH', reportNumber: null });

    // Someone with database access adds a record to the issued report.
    const forged = { category: 'OTHER', severity: 'GRAVE', status: 'CONFIRMED', facts: '伪造', counting: true, disputed: false };
    await t.em().getConnection().execute(`update credit_report set content = jsonb_set(content, '{records}', ?::jsonb) where id = ?`, [
      JSON.stringify([...report.content.records, forged]),
      report.id,
    ]);
    const tampered = await t.gql(VerifyCreditReportDocument, { verificationCode: report.verificationCode });
    expect(tampered.data!.verifyCreditReport).toMatchObject({ valid: false, problem: 'CONTENT_CHANGED', subjectName: null, records: null });

    const unknown = await t.gql(VerifyCreditReportDocument, { verificationCode: 'CR-AAAA-BBBB-CCCC-DDDD' });
    expect(unknown.data!.verifyCreditReport).toMatchObject({ valid: false, problem: 'UNKNOWN_CODE' });
    const garbage = await t.gql(VerifyCreditReportDocument, { verificationCode: "x' or 1=1 --" });
    expect(garbage.data!.verifyCreditReport).toMatchObject({ valid: false, problem: 'UNKNOWN_CODE' });
  });

  it('keeps an issued report as it was when the subject’s file changes later, and it still verifies', async () => {
    setToday('2026-03-10');
    const report = (await issue('PERSON', person.id)).data!.issueCreditReport;
    await confirmed({ facts: '出具报告之后的新记录', decisionDate: '2026-03-05' });
    const again = (await t.gql(CreditReportDocument, { id: report.id }, admin)).data!.creditReport;
    expect(again.content).toEqual(report.content);
    expect(again.content.records.some((x) => x.facts === '出具报告之后的新记录')).toBe(false);
    expect((await t.gql(VerifyCreditReportDocument, { verificationCode: report.verificationCode })).data!.verifyCreditReport.valid).toBe(true);
    const later = (await issue('PERSON', person.id)).data!.issueCreditReport;
    expect(later.content.records.some((x) => x.facts === '出具报告之后的新记录')).toBe(true);
    expect(later.contentHash).not.toBe(report.contentHash);
  });

  it('writes the report and a READ event with its purpose to the audit trail in one go', async () => {
    const report = (await issue('PERSON', person.id)).data!.issueCreditReport;
    const rows = await t.em().getConnection().execute<{ action: string; entity_type: string; command: string; changes: Record<string, { after?: unknown }> }[]>(
      `select action, entity_type, command, changes from audit_event where (entity_type = 'CreditReport' and entity_id = ?) or (entity_type = 'Person' and entity_id = ? and action = 'READ') order by seq`,
      [report.id, person.id],
    );
    expect(rows.some((r) => r.entity_type === 'CreditReport' && r.command === 'issueCreditReport')).toBe(true);
    // The newest READ of the person is this report's (the demo seed may have read the file before).
    const read = rows.filter((r) => r.action === 'READ').at(-1);
    expect(read?.changes.purpose?.after).toBe('评优评先前信用审查');
  });

  it('lets a unit reporter issue reports for its own unit only, and list only those', async () => {
    const own = await issue('UNIT', ownUnitId, reporter);
    expect(own.errors).toBeUndefined();
    const other = await issue('UNIT', otherUnitId, reporter);
    expect(errorCode(other)).toBe('BAD_USER_INPUT');
    expect(other.errors![0].extensions).toMatchObject({ reason: 'SUBJECT_NOT_FOUND', field: 'subjectId' });
    const otherReport = (await issue('UNIT', otherUnitId, admin)).data!.issueCreditReport;
    expect(errorCode(await t.gql(CreditReportDocument, { id: otherReport.id }, reporter))).toBe('NOT_FOUND');
    const listed = (await t.gql(CreditReportsDocument, { limit: 100 }, reporter)).data!.creditReports.items;
    expect(listed.map((x) => x.id)).not.toContain(otherReport.id);
    expect(listed.length).toBeGreaterThan(0);
    const tooShort = await t.gql(IssueCreditReportDocument, { input: { subjectType: 'UNIT', subjectId: ownUnitId, purpose: 'x' } }, reporter);
    expect(errorCode(tooShort)).toBe('BAD_USER_INPUT');
    expect(errorCode(await issue('UNIT', ownUnitId, await t.login('leader')))).toBe('FORBIDDEN');
  });

  it('sums up a unit’s year (records, commitments, training, supervision, evaluation) and exports it as CSV', async () => {
    const before = (await t.gql(AnnualIntegrityReportDocument, { unitId: ownUnitId, year: 2026 }, admin)).data!.annualIntegrityReport;
    setToday('2026-04-01');
    await confirmed({ decisionDate: '2026-03-20', category: 'ADMIN_PENALTY', severity: 'GRAVE' });
    const after = (await t.gql(AnnualIntegrityReportDocument, { unitId: ownUnitId, year: 2026 }, admin)).data!.annualIntegrityReport;
    expect(after.records).toBe(before.records + 1);
    expect(after.recordsAboutStaff).toBe(before.recordsAboutStaff + 1);
    expect(after.seriousRecords).toBe(before.seriousRecords + 1);
    expect(after.recordsByCategory.find((c) => c.category === 'ADMIN_PENALTY')!.count).toBeGreaterThanOrEqual(1);
    expect(after.staff).toBeGreaterThan(0);
    expect(after.csv.split('\n')[0]).toBe('项目,数值');
    expect(after.csv).toContain(`单位名称,${after.unitName}`);
    expect(after.csv).toContain(`失信记录（已认定）,${after.records}`);

    // Last year was evaluated and published by the demo county: the grade is in the report.
    const lastYear = (await t.gql(AnnualIntegrityReportDocument, { unitId: ownUnitId, year: 2025 }, reporter)).data!.annualIntegrityReport;
    expect(lastYear.grade).toMatch(/^[ABCD]$/);
    expect(lastYear.gradePublished).toBe(true);
    expect(lastYear.staffEvaluated).toBeGreaterThan(0);

    expect(errorCode(await t.gql(AnnualIntegrityReportDocument, { unitId: otherUnitId, year: 2026 }, reporter))).toBe('NOT_FOUND');
    expect(errorCode(await t.gql(AnnualIntegrityReportDocument, { unitId: ownUnitId, year: 1999 }, admin))).toBe('BAD_USER_INPUT');
  });
});
