import fs from 'node:fs';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PeopleDocument, UnitByCodeDocument, UnitDocument, UpdateUnitDocument } from '../generated/graphql';
import { filledTemplate } from '../helpers/import-files';
import type { TestApp } from '../helpers/test-app';
import { menu, startConsole, type ConsoleHarness } from './browser';

describe('XLSX export and bulk import in a real browser', () => {
  let h: ConsoleHarness;
  let t: TestApp;

  beforeAll(async () => {
    h = await startConsole();
    t = h.t;
  });
  afterAll(async () => h?.close());

  it('exports the units list to XLSX with Chinese headings and a formula-looking name kept as text', async () => {
    const token = await t.login('admin');
    const id = (await t.gql(UnitByCodeDocument, { code: 'JXCZ-S04' }, token)).data!.unitByCode.id;
    const current = await t.gql(UnitDocument, { id }, token);
    const hostile = '=HYPERLINK("http://example.invalid","点我")';
    expect((await t.gql(UpdateUnitDocument, { id, input: { name: hostile }, version: current.data!.unit.version }, token)).errors).toBeUndefined();

    const page = await h.signIn('admin');
    await menu(page, '单位').click();
    await page.locator('tbody td.column-name').getByText('郏县财政局', { exact: true }).waitFor();
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: '导出 XLSX' }).click()]);
    expect(download.suggestedFilename()).toBe('units.xlsx');
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(fs.readFileSync((await download.path())!) as unknown as ArrayBuffer);
    const ws = wb.worksheets[0];
    const headings = (ws.getRow(1).values as unknown[]).slice(1);
    expect(headings).toEqual(expect.arrayContaining(['单位代码', '名称', '类型']));
    const nameColumn = headings.indexOf('名称') + 1;
    const codeColumn = headings.indexOf('单位代码') + 1;
    const rows = Array.from({ length: ws.rowCount - 1 }, (_, i) => ws.getRow(i + 2));
    expect(rows.map((r) => r.getCell(nameColumn).value)).toContain('郏县财政局');
    const cell = rows.find((r) => r.getCell(codeColumn).value === 'JXCZ-S04')!.getCell(nameColumn);
    // Stored as a plain string in text format: the spreadsheet shows it and never evaluates it.
    expect(cell.type).toBe(ExcelJS.ValueType.String);
    expect(cell.value).toBe(hostile);
    expect(cell.formula).toBeUndefined();
    expect(cell.numFmt).toBe('@');
    await page.close();
  });

  it('exports the whole staff list page by page to XLSX, the progress reading rows read of rows in the list', async () => {
    const token = await t.login('admin');
    const people = (await t.gql(PeopleDocument, { limit: 1 }, token)).data!.people.total;
    // More than one server page (100 rows), so the export reads several before it saves.
    expect(people).toBeGreaterThan(100);
    const page = await h.signIn('admin');
    await menu(page, '工作人员').click();
    await page.locator('tbody tr').first().waitFor();
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: '导出 XLSX' }).click()]);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(fs.readFileSync((await download.path())!) as unknown as ArrayBuffer);
    expect(wb.worksheets[0].rowCount).toBe(people + 1);
    const done = page.getByRole('status').filter({ hasText: '已导出' });
    await done.waitFor();
    expect(await done.textContent()).toBe(`已导出 ${people} 行`);
    expect(await page.getByRole('progressbar', { name: '导出进度' }).getAttribute('aria-valuenow')).toBe('100');
    await page.close();
  });

  it('uploads an import file, shows every row error of the dry run, and writes nothing', async () => {
    const token = await t.login('personnel');
    const before = (await t.gql(PeopleDocument, { limit: 1 }, token)).data!.people.total;
    const file = await filledTemplate(t, token, 'PERSON', [
      ['导入测试甲', 'UI-0001', 'JXCZ-T01', '科员', '是'],
      ['', 'UI-0002', 'JXCZ-T01', '', '也许'],
      ['导入测试丙', 'UI-0003', 'NO-SUCH', '', ''],
    ]);
    const page = await h.signIn('personnel');
    await menu(page, '批量导入').click();
    await page.getByLabel('导入内容').click();
    await page.getByRole('option', { name: '工作人员' }).click();
    await page.locator('input[name="import-file"]').setInputFiles({ name: '人员导入.xlsx', mimeType: 'application/octet-stream', buffer: file });
    await page.getByText('人员导入.xlsx').waitFor();
    await page.getByRole('button', { name: '校验（试导入）' }).click();
    await page.getByRole('status').getByText('共 3 行，其中 2 行有错误').waitFor({ timeout: 60_000 });
    const table = page.getByRole('table', { name: '逐行错误' });
    const cells = await table.locator('tbody tr').evaluateAll((rows) => rows.map((r) => [...r.querySelectorAll('td')].slice(0, 3).map((c) => c.textContent)));
    expect(cells).toEqual([
      ['4', '姓名', '该列为必填项。'],
      ['4', '是否公务员', '不是允许的取值。'],
      ['5', '所在单位代码', expect.any(String)],
    ]);
    // No import button for a file with errors, and nothing was written.
    expect(await page.getByRole('button', { name: /^导入 \d+ 行$/ }).count()).toBe(0);
    expect((await t.gql(PeopleDocument, { limit: 1 }, token)).data!.people.total).toBe(before);
    await page.close();
  });
});
