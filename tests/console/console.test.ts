import fs from 'node:fs';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { UnitByCodeDocument, UnitDocument, UnitsDocument, UpdateUnitDocument } from '../generated/graphql';
import type { TestApp } from '../helpers/test-app';
import { menu, startConsole, type ConsoleHarness } from './browser';

describe('console in a real browser', () => {
  let h: ConsoleHarness;
  let t: TestApp;
  let root: string;

  beforeAll(async () => {
    h = await startConsole();
    t = h.t;
    root = h.root;
  });

  afterAll(async () => {
    await h?.close();
  });

  const signIn = (username: string): Promise<Page> => h.signIn(username);

  it('shows the Chinese menu and the units list with 郏县财政局 when admin signs in', async () => {
    const page = await signIn('admin');

    for (const item of ['单位', '工作人员', '领导小组', '承诺', '失信记录', '奖惩措施', '措施实施', '系统用户', '审计日志']) {
      await menu(page, item).waitFor();
    }
    await menu(page, '单位').click();
    const names = page.locator('tbody td.column-name');
    await names.getByText('郏县财政局', { exact: true }).waitFor();
    await names.getByText('龙山街道财政所', { exact: true }).waitFor();
    expect(await page.locator('tbody td.column-kind').getByText('乡镇（街道）财政所').count()).toBeGreaterThan(0);
    expect(await page.title()).toContain('政务诚信治理平台');
    await page.screenshot({ path: '/tmp/console-units.png', fullPage: false });
    await page.close();
  });

  it('shows the server message under the code field when a new unit takes an existing code', async () => {
    const page = await signIn('admin');
    await page.goto(`${root}/#/units/create`);
    await page.locator('input[name="code"]').fill('JXCZ-S01');
    await page.locator('input[name="name"]').fill('新设股室');
    await page.getByRole('combobox', { name: '类型' }).click();
    await page.getByRole('option', { name: '股室', exact: true }).click();

    await page.getByRole('button', { name: '保存' }).click();

    // The message sits in the code field's own helper text, and only the code field is marked invalid.
    const code = page.locator('input[name="code"]');
    await page.locator('input[aria-invalid="true"]').first().waitFor();
    const describedBy = await code.getAttribute('aria-describedby');
    await page.locator(`[id="${describedBy}"]`).getByText('该单位代码已被其他单位使用。').waitFor();
    expect(await page.locator('input[aria-invalid="true"]').evaluateAll((inputs) => inputs.map((i) => i.getAttribute('name')))).toEqual(['code']);
    expect(page.url()).toContain('/units/create');
    await page.close();
  });

  it('exports the units list to CSV with formula-looking text escaped, so a spreadsheet shows it as text', async () => {
    const token = await t.login('admin');
    const found = await t.gql(UnitByCodeDocument, { code: 'JXCZ-S03' }, token);
    const id = found.data!.unitByCode.id;
    const current = await t.gql(UnitDocument, { id }, token);
    const hostile = '=HYPERLINK("http://example.invalid","点我")';
    const changed = await t.gql(UpdateUnitDocument, { id, input: { name: hostile }, version: current.data!.unit.version }, token);
    expect(changed.errors).toBeUndefined();

    const page = await signIn('admin');
    await menu(page, '单位').click();
    await page.locator('tbody td.column-name').getByText('郏县财政局', { exact: true }).waitFor();
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: '导出', exact: true }).click()]);
    const csv = fs.readFileSync((await download.path())!, 'utf8');
    // A byte-order mark first, so spreadsheets read the Chinese names correctly.
    expect(csv.charCodeAt(0)).toBe(0xfeff);
    expect(csv).toContain('郏县财政局');
    // The formula is exported as text: an apostrophe before it, quotes doubled inside a quoted cell.
    expect(csv).toContain(`"'=HYPERLINK(""http://example.invalid"",""点我"")"`);
    expect(csv).not.toMatch(/(^|,)=HYPERLINK/m);
    // Beside the buttons, the export's progress ends full, saying how many rows the file holds.
    const units = (await t.gql(UnitsDocument, { limit: 1 }, token)).data!.units.total;
    expect(csv.split('\r\n')).toHaveLength(units + 1);
    const done = page.getByRole('status').filter({ hasText: '已导出' });
    await done.waitFor();
    expect(await done.textContent()).toBe(`已导出 ${units} 行`);
    expect(await page.getByRole('progressbar', { name: '导出进度' }).getAttribute('aria-valuenow')).toBe('100');
    await page.close();
  });

  it('tells the user the record changed when someone else saved the unit first', async () => {
    const page = await signIn('admin');
    const token = await t.login('admin');
    const found = await t.gql(UnitByCodeDocument, { code: 'JXCZ-S02' }, token);
    const id = found.data!.unitByCode.id;
    await page.goto(`${root}/#/units/${id}`);
    const phone = page.locator('input[name="phone"]');
    await phone.waitFor();

    const current = await t.gql(UnitDocument, { id }, token);
    const other = await t.gql(UpdateUnitDocument, { id, input: { phone: '0375-5000001' }, version: current.data!.unit.version }, token);
    expect(other.errors).toBeUndefined();
    await phone.fill('0375-5000002');
    await page.getByRole('button', { name: '保存' }).click();

    await page.getByText('该记录已被他人修改，请刷新后重新修改。').waitFor();
    const after = await t.gql(UnitDocument, { id }, token);
    expect(after.data!.unit.phone).toBe('0375-5000001');
    await page.close();
  });

  it('shows a unit reporter only 龙山街道财政所 staff and no create button for units', async () => {
    const page = await signIn('reporter');
    await menu(page, '工作人员').waitFor();
    for (const hidden of ['领导小组', '系统用户', '审计日志']) {
      expect(await menu(page, hidden).count()).toBe(0);
    }

    await menu(page, '工作人员').click();
    const rows = page.locator('tbody tr');
    await rows.first().waitFor();
    const unitCells = await page.locator('tbody td.column-unit\\.name').allTextContents();
    expect(unitCells.length).toBeGreaterThan(0);
    expect(new Set(unitCells)).toEqual(new Set(['龙山街道财政所']));
    // A reporter may add staff to the own unit.
    await page.getByRole('link', { name: '新建' }).waitFor();

    await menu(page, '单位').click();
    await page.locator('tbody td.column-name').getByText('龙山街道财政所', { exact: true }).waitFor();
    expect(await page.locator('tbody tr').count()).toBe(1);
    expect(await page.getByRole('link', { name: '新建' }).count()).toBe(0);
    await page.close();
  });

  it('switches the console to English', async () => {
    const page = await signIn('admin');
    await page.locator('button[aria-controls="simple-menu"]').click();
    await page.getByRole('menuitem', { name: 'English' }).click();

    await menu(page, 'Units').waitFor();
    await menu(page, 'Staff').waitFor();
    await menu(page, 'Leading groups').waitFor();
    await menu(page, 'Units').click();
    await page.getByRole('columnheader', { name: 'Kind' }).waitFor();
    await page.locator('tbody td.column-kind').getByText('Township (street) finance office').first().waitFor();
    // The browser tab, and a page without a title of its own, name the console in English too.
    await expect.poll(() => page.title()).toBe('Integrity Governance Platform');
    await page.goto(`${root}/#/no-such-page`);
    await page.locator('header').getByText('Integrity Governance Platform').waitFor();
    await page.close();
  });
});
