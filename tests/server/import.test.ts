import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  AppendImportChunkDocument,
  AuditEventsDocument,
  CreateImportJobDocument,
  ImportJobDocument,
  CreatePersonDocument,
  EnterprisesDocument,
  PeopleDocument,
  RunImportDocument,
  UnitsDocument,
} from '../generated/graphql';
import { withCheckCharacter } from '../helpers/credit-code';
import { csvOf, filledTemplate, gbkOf, runToEnd, uploadImport } from '../helpers/import-files';
import { errorCode, startTestApp, type TestApp } from '../helpers/test-app';

describe('bulk import from XLSX and CSV', () => {
  let t: TestApp;
  let admin: string;
  let personnel: string;
  let reporter: string;
  let ownCode: string;
  let otherCode: string;

  beforeAll(async () => {
    t = await startTestApp();
    [admin, personnel, reporter] = await Promise.all([t.login('admin'), t.login('personnel'), t.login('reporter')]);
    const units = (await t.gql(UnitsDocument, { limit: 100 }, admin)).data!.units.items;
    ownCode = units.find((u) => u.name === '龙山街道财政所')!.code;
    otherCode = units.find((u) => u.kind === 'AFFILIATED_UNIT')!.code;
  });
  afterAll(async () => t?.close());

  const peopleTotal = async () => (await t.gql(PeopleDocument, { limit: 1 }, admin)).data!.people.total;

  it('reports every row error of a dry run with row, column and reason, the same as the form, and writes nothing', async () => {
    // The form's answer for a staff number on file, to compare with the import row's.
    const taken = await t.gql(CreatePersonDocument, { input: { name: '重复工号', staffNumber: 'JX0001', unitId: (await t.gql(UnitsDocument, { filter: { q: ownCode } }, admin)).data!.units.items[0].id } }, admin);
    expect(taken.errors![0].extensions).toMatchObject({ code: 'CONFLICT', reason: 'STAFF_NUMBER_TAKEN', field: 'staffNumber' });
    const before = await peopleTotal();
    const file = await filledTemplate(t, personnel, 'PERSON', [
      ['王一', 'IMP-0001', ownCode, '科员', '是', '无', '在岗', ''],
      ['', 'IMP-0002', 'NO-SUCH-UNIT', '', '也许', '', '', ''],
      ['李三', 'JX0001', ownCode, '', '否', '', '', ''],
      ['赵四', 'IMP-0004', otherCode, '', '', '局长', '失踪', '110101199003071234'],
      ['钱五', 'IMP-0001', ownCode, '', '', '', '', ''],
      ['孙六', 'IMP-0006', ownCode, 'x'.repeat(200), '', '', '', ''],
    ]);
    const id = await uploadImport(t, personnel, 'PERSON', '人员.xlsx', file);
    const { job } = await runToEnd(t, personnel, id, true);
    expect(job).toMatchObject({ status: 'INVALID', format: 'XLSX', total: 6, processed: 6, errorRows: 5, created: 0 });
    // Rows are numbered as the spreadsheet shows them: headings on 1, the hidden key row on 2.
    const problems = job.errors.map((e) => `${e.row} ${e.column} ${e.reason}`);
    expect(problems).toEqual([
      '4 姓名 REQUIRED',
      '4 所在单位代码 REFERENCE_NOT_FOUND',
      '4 是否公务员 INVALID_CHOICE',
      '5 工号 STAFF_NUMBER_TAKEN',
      '6 在岗状态 INVALID_CHOICE',
      '7 工号 STAFF_NUMBER_TAKEN',
      '8 职务 INVALID_VALUE',
    ]);
    expect(job.errors.find((e) => e.row === 7)!.message).toContain('row 3');
    expect(await peopleTotal()).toBe(before);
    // The real import needs a clean dry run.
    const refused = await t.gql(RunImportDocument, { id, dryRun: false }, personnel);
    expect(refused.errors![0].extensions).toMatchObject({ code: 'CONFLICT', reason: 'NOT_VALIDATED' });
    expect(await peopleTotal()).toBe(before);
  });

  it('imports 10,000 people from a CSV file in one transaction, with an audit event per person and one for the batch', async () => {
    const before = await peopleTotal();
    const rows = Array.from({ length: 10_000 }, (_, i) => [`批量${i + 1}`, `BULK-${String(i + 1).padStart(5, '0')}`, i % 2 ? ownCode : otherCode, '科员', '是']);
    // API clients may head a CSV with the field keys instead of the Chinese headings.
    const file = csvOf(['name', 'staffNumber', 'unitCode', 'position', 'isCivilServant'], rows);
    const id = await uploadImport(t, personnel, 'PERSON', 'people.csv', file);
    const dry = await runToEnd(t, personnel, id, true);
    expect(dry.job).toMatchObject({ status: 'VALID', format: 'CSV', total: 10_000, errorRows: 0, errors: [] });
    expect(await peopleTotal()).toBe(before);
    const started = Date.now();
    const { job, polls } = await runToEnd(t, personnel, id, false);
    const ms = Date.now() - started;
    console.log(`import of 10,000 people (${(file.length / 1024).toFixed(0)} KiB CSV) on ${t.database}: dry run ${dry.polls} polls, import ${ms} ms, ${polls} polls`);
    expect(job).toMatchObject({ status: 'DONE', total: 10_000, processed: 10_000, created: 10_000, errorRows: 0 });
    expect(await peopleTotal()).toBe(before + 10_000);
    const found = (await t.gql(PeopleDocument, { filter: { q: 'BULK-07777' } }, admin)).data!.people.items;
    expect(found).toMatchObject([{ name: '批量7777', staffNumber: 'BULK-07777', position: '科员', isCivilServant: true, unit: { code: otherCode } }]);
    const personEvents = await t.gql(AuditEventsDocument, { filter: { entityType: 'Person', command: 'runImport' }, limit: 1 }, admin);
    expect(personEvents.data!.auditEvents.total).toBe(10_000);
    const batch = await t.gql(AuditEventsDocument, { filter: { entityType: 'ImportJob', entityId: id, command: 'runImport' }, limit: 10 }, admin);
    expect(batch.data!.auditEvents.items.map((e) => e.changes.status)).toContainEqual({ before: 'IMPORTING', after: 'DONE' });
    // Imported once: a second run is refused.
    expect((await t.gql(RunImportDocument, { id, dryRun: false }, personnel)).errors![0].extensions).toMatchObject({ reason: 'ALREADY_IMPORTED' });
  }, 600_000);

  it('keeps a unit reporter to its own unit and to the kinds its role may create', async () => {
    const refused = await t.gql(CreateImportJobDocument, { input: { kind: 'UNIT', fileName: 'units.xlsx' } }, reporter);
    expect(errorCode(refused)).toBe('FORBIDDEN');
    const file = await filledTemplate(t, reporter, 'PERSON', [
      ['本所新人', 'RPT-0001', ownCode],
      ['别处的人', 'RPT-0002', otherCode],
    ]);
    const id = await uploadImport(t, reporter, 'PERSON', '本所人员.xlsx', file);
    const { job } = await runToEnd(t, reporter, id, true);
    expect(job.errors.map((e) => `${e.row} ${e.reason}`)).toEqual(['4 OUT_OF_SCOPE']);
    // Another user's import is not found for the reporter, and the reporter's is not found for them.
    expect(errorCode(await t.gql(ImportJobDocument, { id }, personnel))).toBe('NOT_FOUND');
    expect((await t.gql(ImportJobDocument, { id }, admin)).data!.importJob.id).toBe(id);
  });

  it('imports enterprises from a CSV with Chinese headings, reading back cells our exports escaped', async () => {
    const code = withCheckCharacter('91410425MA4GYQ0A0');
    const bad = code.slice(0, 17) + (code[17] === '1' ? '2' : '1');
    const file = csvOf(
      ['企业名称*', '统一社会信用代码*', '法定代表人', '地址'],
      [
        ['郏县公式建材有限公司', code, "'=HYPERLINK(1)", '郏县城关镇'],
        ['校验码错误公司', bad, '', ''],
      ],
    );
    const id = await uploadImport(t, admin, 'ENTERPRISE', 'enterprises.csv', file);
    const dry = await runToEnd(t, admin, id, true);
    expect(dry.job.errors.map((e) => `${e.row} ${e.column} ${e.reason}`)).toEqual(['3 统一社会信用代码 CREDIT_CODE_CHECK']);
    const fixed = csvOf(['企业名称*', '统一社会信用代码*', '法定代表人', '地址'], [['郏县公式建材有限公司', code, "'=HYPERLINK(1)", '郏县城关镇']]);
    const id2 = await uploadImport(t, admin, 'ENTERPRISE', 'enterprises.csv', fixed);
    expect((await runToEnd(t, admin, id2, true)).job.status).toBe('VALID');
    expect((await runToEnd(t, admin, id2, false)).job).toMatchObject({ status: 'DONE', created: 1 });
    const e = (await t.gql(EnterprisesDocument, { filter: { q: '公式建材' } }, admin)).data!.enterprises.items[0];
    // The apostrophe our CSV export adds is taken off: the text is stored as it was, never as a formula.
    expect(e).toMatchObject({ creditCode: code, legalRepresentative: '=HYPERLINK(1)' });
  });

  it('imports a CSV saved by Excel on a Chinese Windows (GBK): Chinese headings and names arrive as written', async () => {
    const before = await peopleTotal();
    const text = ['姓名*,工号*,所在单位代码*,职务,是否公务员', `欧阳锦绣,GBK-0001,${ownCode},科员,是`, `张伟,GBK-0002,${otherCode},副股长,否`].join('\r\n');
    const file = gbkOf(text);
    // Truly not UTF-8: read as UTF-8 it would be mojibake.
    expect(() => new TextDecoder('utf-8', { fatal: true }).decode(file)).toThrow();
    const id = await uploadImport(t, personnel, 'PERSON', '人员名单.csv', file);
    expect((await runToEnd(t, personnel, id, true)).job).toMatchObject({ status: 'VALID', format: 'CSV', total: 2, errors: [] });
    expect((await runToEnd(t, personnel, id, false)).job).toMatchObject({ status: 'DONE', created: 2 });
    expect(await peopleTotal()).toBe(before + 2);
    const found = (await t.gql(PeopleDocument, { filter: { q: 'GBK-000' } }, admin)).data!.people.items;
    expect(found.map((p) => `${p.name} ${p.position} ${p.isCivilServant}`).sort()).toEqual(['张伟 副股长 false', '欧阳锦绣 科员 true']);
  });

  it('refuses a file without the required columns and a part that is not base64', async () => {
    const id = await uploadImport(t, admin, 'UNIT', 'units.csv', csvOf(['单位名称'], [['某单位']]));
    const { job } = await runToEnd(t, admin, id, true);
    expect(job).toMatchObject({ status: 'INVALID', errors: [{ row: 1, reason: 'MISSING_COLUMN' }] });
    expect(job.errors[0].message).toContain('单位代码');
    const r = await t.gql(AppendImportChunkDocument, { id, data: '不是base64' }, admin);
    expect(r.errors![0].extensions).toMatchObject({ code: 'CONFLICT', reason: 'UPLOAD_CLOSED' });
    const fresh = (await t.gql(CreateImportJobDocument, { input: { kind: 'UNIT', fileName: 'u.csv' } }, admin)).data!.createImportJob.id;
    expect((await t.gql(AppendImportChunkDocument, { id: fresh, data: '不是base64' }, admin)).errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'INVALID_BASE64' });
  });
});
