import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { setToday } from '../../server/src/app/clock';
import { creditCodeProblem } from '../../server/src/modules/enterprise/credit-code';
import {
  AddDishonestyListingDocument,
  AddThirdPartyCreditReportDocument,
  CreateEnterpriseDocument,
  CreditCheckDocument,
  CreditChecksDocument,
  EnterpriseByCreditCodeDocument,
  EnterprisesDocument,
  PeopleDocument,
  RemoveDishonestyListingDocument,
  VerifyCreditCheckDocument,
} from '../generated/graphql';
import { withCheckCharacter } from '../helpers/credit-code';
import { errorCode, startTestApp, type TestApp } from '../helpers/test-app';

describe('unified social credit code (GB 32100-2015)', () => {
  it('accepts real codes and refuses wrong check characters, lengths and characters', () => {
    for (const ok of ['914403001922038216', '91440300708461136T', '91330100799655058B', '91110000600037341L']) {
      expect(creditCodeProblem(ok), ok).toBeNull();
    }
    expect(creditCodeProblem('914403001922038217')).toBe('CHECK_CHARACTER');
    expect(creditCodeProblem('91440300708461136')).toBe('LENGTH');
    expect(creditCodeProblem('9144030070846113600')).toBe('LENGTH');
    expect(creditCodeProblem('91440300708461136I')).toBe('CHARACTERS');
    expect(creditCodeProblem('9144030O708461136T')).toBe('CHARACTERS');
    expect(creditCodeProblem('914403007084611 6T')).toBe('CHARACTERS');
  });
});

describe('enterprises and credit checks (信用核查)', () => {
  let t: TestApp;
  let admin: string;
  let general: string;
  let reporter: string;
  const clean = withCheckCharacter('91410425MA9XYK001');
  const listed = withCheckCharacter('91410425MA9XYK002');

  beforeAll(async () => {
    t = await startTestApp();
    [admin, general, reporter] = await Promise.all([t.login('admin'), t.login('general'), t.login('reporter')]);
  });
  afterEach(() => setToday(undefined));
  afterAll(async () => t?.close());

  it('names the field when a credit code is wrong, and stores nothing', async () => {
    const before = (await t.gql(EnterprisesDocument, {}, admin)).data!.enterprises.total;
    for (const [code, reason] of [
      ['914403001922038217', 'CREDIT_CODE_CHECK'],
      ['9144030019220382', 'CREDIT_CODE_LENGTH'],
      ['91440300192203821I', 'CREDIT_CODE_CHARACTERS'],
    ] as const) {
      const r = await t.gql(CreateEnterpriseDocument, { input: { name: '郏县某建筑工程有限公司', creditCode: code } }, general);
      expect(r.errors![0].extensions, code).toMatchObject({ code: 'BAD_USER_INPUT', field: 'creditCode', reason });
    }
    expect((await t.gql(EnterprisesDocument, {}, admin)).data!.enterprises.total).toBe(before);
  });

  it('records enterprises with listings and reports, and finds them by code', async () => {
    const a = await t.gql(CreateEnterpriseDocument, { input: { name: '郏县诚信建材有限公司', creditCode: clean.toLowerCase(), legalRepresentative: '赵立新' } }, general);
    expect(a.data!.createEnterprise).toMatchObject({ creditCode: clean, listedNow: false });
    const b = (await t.gql(CreateEnterpriseDocument, { input: { name: '平顶山某劳务有限公司', creditCode: listed } }, general)).data!.createEnterprise;
    const dup = await t.gql(CreateEnterpriseDocument, { input: { name: '重复', creditCode: listed } }, general);
    expect(dup.errors![0].extensions).toMatchObject({ code: 'CONFLICT', field: 'creditCode' });
    await t.gql(AddDishonestyListingDocument, {
      input: { enterpriseId: b.id, listName: '失信被执行人名单', source: '郏县人民法院', listedFrom: '2026-01-15', removalConditions: '履行生效判决确定的义务' },
    }, general);
    await t.gql(AddThirdPartyCreditReportDocument, { input: { enterpriseId: a.data!.createEnterprise.id, issuer: '某信用评级公司', issuedOn: '2026-03-01', rating: 'AA' } }, general);
    expect((await t.gql(EnterpriseByCreditCodeDocument, { creditCode: listed }, reporter)).data!.enterpriseByCreditCode.listedNow).toBe(true);
    expect((await t.gql(EnterprisesDocument, { filter: { listed: true } }, reporter)).data!.enterprises.items.map((e) => e.creditCode)).toContain(listed);
    expect((await t.gql(EnterprisesDocument, { filter: { listed: false } }, reporter)).data!.enterprises.items.map((e) => e.creditCode)).not.toContain(listed);
    expect(errorCode(await t.gql(CreateEnterpriseDocument, { input: { name: '某公司', creditCode: clean } }, reporter))).toBe('FORBIDDEN');
  });

  it('refuses a listed enterprise with the reasons and a verification code anyone can confirm; a forged code does not verify', async () => {
    const refused = await t.gql(CreditCheckDocument, { input: { subjectType: 'ENTERPRISE', creditCode: listed, purpose: '评审专家库入库前核查' } }, reporter);
    const check = refused.data!.creditCheck;
    expect(check.decision).toBe('REFUSE');
    expect(check.reasons).toEqual([expect.objectContaining({ code: 'ON_DISHONESTY_LIST', blocking: true })]);
    expect(check.snapshot).toMatchObject({ enterprise: { creditCode: listed }, checkedOn: expect.any(String) });
    expect(check.verificationCode).toMatch(/^CC(-[0-9A-Z]{4}){4}$/);
    const verified = (await t.gql(VerifyCreditCheckDocument, { verificationCode: check.verificationCode.toLowerCase() })).data!.verifyCreditCheck;
    expect(verified).toMatchObject({ valid: true, decision: 'REFUSE', purpose: '评审专家库入库前核查', subjectName: '平顶山某劳务有限公司' });
    const forged = check.verificationCode.slice(0, -1) + (check.verificationCode.endsWith('A') ? 'B' : 'A');
    expect((await t.gql(VerifyCreditCheckDocument, { verificationCode: forged })).data!.verifyCreditCheck).toMatchObject({ valid: false, decision: null });
    expect((await t.gql(VerifyCreditCheckDocument, { verificationCode: 'not a code' })).data!.verifyCreditCheck.valid).toBe(false);
    const history = (await t.gql(CreditChecksDocument, { subjectId: refused.data!.creditCheck.id }, admin)).data!.creditChecks;
    expect(history).toEqual([]);
  });

  it('requires a purpose and passes a clean enterprise', async () => {
    const noPurpose = await t.gql(CreditCheckDocument, { input: { subjectType: 'ENTERPRISE', creditCode: clean, purpose: ' ' } }, reporter);
    expect(noPurpose.errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'purpose' });
    const ok = await t.gql(CreditCheckDocument, { input: { subjectType: 'ENTERPRISE', creditCode: clean, purpose: '合同签订前核查' } }, reporter);
    expect(ok.data!.creditCheck).toMatchObject({ decision: 'PASS', reasons: [], checkedByName: expect.stringContaining('龙山') });
  });

  it('lets a listing end: removed from the list, the enterprise passes again', async () => {
    const e = (await t.gql(EnterpriseByCreditCodeDocument, { creditCode: listed }, admin)).data!.enterpriseByCreditCode;
    const l = e.listings[0];
    await t.gql(RemoveDishonestyListingDocument, { id: l.id, removedOn: '2026-02-01', version: l.version }, general);
    const check = (await t.gql(CreditCheckDocument, { input: { subjectType: 'ENTERPRISE', subjectId: e.id, purpose: '复核' } }, admin)).data!.creditCheck;
    expect(check.decision).toBe('WARN');
    expect((check.reasons as { code: string }[]).map((r) => r.code)).toEqual(['RECENTLY_LISTED']);
    const checks = (await t.gql(CreditChecksDocument, { subjectId: e.id }, admin)).data!.creditChecks;
    expect(checks.map((c) => c.decision)).toEqual(['WARN', 'REFUSE']);
  });

  it('masks a person’s name when a check of a person is verified publicly', async () => {
    const person = (await t.gql(PeopleDocument, { limit: 1 }, admin)).data!.people.items[0];
    const c = (await t.gql(CreditCheckDocument, { input: { subjectType: 'PERSON', subjectId: person.id, purpose: '评优评先资格核查' } }, admin)).data!.creditCheck;
    const v = (await t.gql(VerifyCreditCheckDocument, { verificationCode: c.verificationCode })).data!.verifyCreditCheck;
    expect(v.subjectName).toBe(`${[...person.name][0]}*`);
    expect(JSON.stringify(v)).not.toContain(person.name);
  });
});
