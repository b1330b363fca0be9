import fs from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { setToday } from '../../server/src/app/clock';
import {
  ConfirmDishonestyRecordDocument,
  CreateDishonestyRecordDocument,
  MeDocument,
  PeopleDocument,
  SubmitDishonestyRecordDocument,
} from '../generated/graphql';
import { menu, startConsole, type ConsoleHarness } from './browser';

describe('public portal and credit reports in a real browser', () => {
  let h: ConsoleHarness;
  let person: { name: string };

  beforeAll(async () => {
    h = await startConsole();
    // A record about a member of staff, confirmed today, so the portal discloses it.
    setToday(undefined);
    const [admin, general, discipline, reporter] = await Promise.all(['admin', 'general', 'discipline', 'reporter'].map((u) => h.t.login(u)));
    const unitId = (await h.t.gql(MeDocument, {}, reporter)).data!.me.unit!.id;
    const p = (await h.t.gql(PeopleDocument, { filter: { unitId }, limit: 1 }, admin)).data!.people.items[0];
    person = { name: p.name };
    const created = (await h.t.gql(
      CreateDishonestyRecordDocument,
      { input: { subjectType: 'PERSON', subjectId: p.id, category: 'DISCIPLINARY_SANCTION', severity: 'GENERAL', facts: '浏览器测试：延误拨付', decidingAuthority: '县纪委监委', decisionDate: '2026-01-05' } },
      general,
    )).data!.createDishonestyRecord;
    const submitted = (await h.t.gql(SubmitDishonestyRecordDocument, { id: created.id, version: created.version }, general)).data!.submitDishonestyRecord;
    const confirmed = await h.t.gql(ConfirmDishonestyRecordDocument, { id: submitted.id, version: submitted.version }, discipline);
    expect(confirmed.errors).toBeUndefined();
  });

  afterAll(async () => {
    await h?.close();
  });

  it('opens the public portal without signing in and shows disclosed records with the person’s name masked', async () => {
    const page = await h.open('/public');
    await page.getByRole('heading', { name: '政务诚信信息公示' }).waitFor();
    const table = page.getByRole('table', { name: '失信记录公示' });
    const masked = `${[...person.name][0]}*`;
    await table.getByRole('cell', { name: masked, exact: false }).first().waitFor();
    expect(await page.locator('body').innerText()).not.toContain(person.name);
    expect(await page.locator('body').innerText()).not.toContain('浏览器测试');
    // The console's code is not loaded for the public: no sign-in form, no react-admin.
    expect(await page.locator('input[name="password"]').count()).toBe(0);
    await page.screenshot({ path: '/tmp/portal-records.png', fullPage: true });

    await page.getByRole('tab', { name: '守信红榜' }).click();
    expect(page.url()).toMatch(/\/public\/honour$/);
    const staff = page.getByRole('list', { name: '守信个人' });
    await staff.getByRole('listitem').first().waitFor();
    const names = await staff.getByRole('listitem').allInnerTexts();
    for (const n of names) expect(n).toMatch(/^.\*（/u);

    await page.getByRole('tab', { name: '公示规则' }).click();
    await page.getByText('一般失信 365 天').waitFor();
    await page.close();
  });

  it('lets 纪检监察室 issue a unit’s credit report, print it, and the public portal verifies its code', async () => {
    const page = await h.signIn('discipline');
    await menu(page, '信用报告').click();
    await page.getByRole('combobox', { name: '单位' }).fill('龙山');
    await page.getByRole('option', { name: '龙山街道财政所' }).click();
    await page.getByLabel('出具事由').fill('年度评优评先前信用审查');
    await page.getByRole('button', { name: '出具报告' }).click();

    await page.getByRole('heading', { name: '信用报告', level: 1 }).waitFor();
    await page.getByRole('heading', { name: '一、基本信息' }).waitFor();
    await page.getByRole('heading', { name: '四、诚信评价结果' }).waitFor();
    const verification = await page.getByRole('region', { name: '报告验证' }).innerText();
    const code = /CR(-[0-9A-Z]{4}){4}/.exec(verification)![0];
    const digest = /摘要码：([0-9A-F]{4}(-[0-9A-F]{4}){3})/.exec(verification)![1];

    // 打印 opens the browser's print dialog; here the call is counted and the page rendered to PDF as printing would.
    await page.evaluate('window.printed = 0; window.print = () => { window.printed += 1; }');
    await page.getByRole('button', { name: '打印' }).click();
    expect(await page.evaluate('window.printed')).toBe(1);
    await page.emulateMedia({ media: 'print' });
    expect(await page.getByRole('button', { name: '打印' }).isVisible()).toBe(false);
    const pdf = await page.pdf({ format: 'A4', path: '/tmp/credit-report.pdf' });
    expect(pdf.subarray(0, 4).toString()).toBe('%PDF');
    expect(fs.statSync('/tmp/credit-report.pdf').size).toBeGreaterThan(10_000);
    await page.close();

    const pub = await h.open(`/public/verify?code=${code}&digest=${digest}`);
    await pub.getByRole('button', { name: '验证' }).click();
    await pub.getByText('报告真实有效').waitFor();
    await pub.getByText('龙山街道财政所').waitFor();
    await pub.getByLabel('摘要码（可选）').fill('0000-0000-0000-0000');
    await pub.getByRole('button', { name: '验证' }).click();
    await pub.getByText('验证未通过：摘要码与报告不符').waitFor();
    await pub.close();
  });

  it('shows a unit’s annual integrity report and exports it as CSV', async () => {
    const page = await h.signIn('leader');
    await menu(page, '年度诚信报告').click();
    await page.getByRole('combobox', { name: '单位' }).fill('龙山');
    await page.getByRole('option', { name: '龙山街道财政所' }).click();
    await page.getByLabel('年度').fill('2025');
    await page.getByRole('button', { name: '生成' }).click();
    const table = page.getByRole('table', { name: '年度诚信报告' });
    await table.getByRole('cell', { name: '诚信等级' }).waitFor();
    const download = page.waitForEvent('download');
    await page.getByRole('button', { name: '导出 CSV' }).click();
    const file = await (await download).path();
    const csv = fs.readFileSync(file!, 'utf8');
    expect(csv.replace(/^\uFEFF/, '').split('\n')[0]).toBe('项目,数值');
    expect(csv).toContain('单位名称,龙山街道财政所');
    await page.close();
  });
});
