import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { labeled, menu, startConsole, type ConsoleHarness } from './browser';

describe('credit screens in a real browser', () => {
  let h: ConsoleHarness;

  beforeAll(async () => {
    h = await startConsole();
  });

  afterAll(async () => {
    await h?.close();
  });

  /** The records list filtered as a URL would filter it. */
  const openRecords = (page: Page, filter: Record<string, unknown>) =>
    page.goto(`${h.root}/#/dishonesty-records?filter=${encodeURIComponent(JSON.stringify(filter))}`);

  it('does not offer 认定 to the recorder (综合股) of a submitted record', async () => {
    const page = await h.signIn('general');
    await menu(page, '失信记录').click();
    await openRecords(page, { status: 'SUBMITTED' });
    await page.locator('tbody tr').first().click();
    await labeled(page, '状态').getByText('待审核', { exact: true }).waitFor();
    await labeled(page, '录入人').waitFor();

    // 综合股 records and submits but does not decide: no 认定, 退回 or 撤销 here.
    for (const name of ['认定', '退回', '撤销']) {
      expect(await page.getByRole('button', { name, exact: true }).count()).toBe(0);
    }
    await page.close();
  });

  it('lets 纪检监察室 confirm a submitted record: the chip turns 已认定 and the disclosure period appears', async () => {
    const page = await h.signIn('discipline');
    await page.getByText('已认定失信记录').waitFor();
    await openRecords(page, { status: 'SUBMITTED' });
    await page.locator('tbody tr').first().click();
    await labeled(page, '状态').getByText('待审核', { exact: true }).waitFor();
    expect(await labeled(page, '公示期').textContent()).toContain('—');

    await page.getByRole('button', { name: '认定', exact: true }).click();
    const dialog = page.getByRole('dialog');
    await dialog.getByText('认定失信记录').waitFor();
    await dialog.getByRole('button', { name: '确认' }).click();

    await page.getByText('记录已认定').waitFor();
    await labeled(page, '状态').getByText('已认定', { exact: true }).waitFor();
    await expect.poll(() => labeled(page, '公示期').textContent()).toMatch(/\d{4}.*–.*\d{4}/);
    expect(await labeled(page, '认定人').textContent()).toContain('纪检');
    // A confirmed record offers the next steps instead.
    await page.getByRole('button', { name: '责令整改', exact: true }).waitFor();
    expect(await page.getByRole('button', { name: '认定', exact: true }).count()).toBe(0);
    await page.screenshot({ path: '/tmp/console-record-confirmed.png', fullPage: true });
    await page.close();
  });

  it('drafts a record when 纪检监察室 marks a commitment 未履行, and refuses its own record with OWN_RECORD in Chinese', async () => {
    const page = await h.signIn('discipline');
    await menu(page, '承诺').click();
    await page.goto(`${h.root}/#/commitments?filter=${encodeURIComponent(JSON.stringify({ status: 'PENDING' }))}`);
    await page.locator('tbody tr').first().click();
    await labeled(page, '状态').getByText('履行中', { exact: true }).waitFor();
    const subject = (await labeled(page, '承诺主体').textContent())!.trim();

    await page.getByRole('button', { name: '未履行', exact: true }).click();
    const dialog = page.getByRole('dialog');
    await dialog.getByLabel('评价意见').fill('经核查，未按期办结');
    await page.screenshot({ path: '/tmp/console-commitment-dialog.png' });
    await dialog.getByRole('button', { name: '确认' }).click();
    await labeled(page, '状态').getByText('未履行', { exact: true }).waitFor();
    await labeled(page, '评价意见 / 豁免理由').getByText('经核查，未按期办结').waitFor();

    // The drafted record, found from the commitment.
    await page.getByRole('link', { name: '由此承诺生成的失信记录' }).click();
    const rows = page.locator('tbody tr');
    await rows.first().locator('td.column-status').getByText('草稿').waitFor();
    expect(await rows.count()).toBe(1);
    expect(await rows.first().locator('td.column-subjectName').textContent()).toBe(subject);
    expect(await rows.first().locator('td.column-category').textContent()).toBe('未守信践诺');
    await rows.first().click();

    // discipline drafted it (by breaking the commitment), so it may submit it but not confirm it.
    await page.getByRole('button', { name: '提交', exact: true }).click();
    await page.getByRole('dialog').getByRole('button', { name: '确认' }).click();
    await labeled(page, '状态').getByText('待审核', { exact: true }).waitFor();
    await page.getByRole('button', { name: '认定', exact: true }).click();
    await page.getByRole('dialog').getByRole('button', { name: '确认' }).click();
    await page.getByText('该记录由您本人录入，须由其他审核人员认定或退回。').waitFor();
    await labeled(page, '状态').getByText('待审核', { exact: true }).waitFor();
    await page.close();
  });

  it('keeps a too-short reason under its input in the dialog', async () => {
    const page = await h.signIn('discipline');
    await openRecords(page, { status: 'RETURNED' });
    await page.locator('tbody tr').first().click();
    await labeled(page, '状态').getByText('已退回', { exact: true }).waitFor();
    await page.getByRole('button', { name: '撤销', exact: true }).click();
    const dialog = page.getByRole('dialog');
    await dialog.getByLabel('理由').fill('重复');
    await dialog.getByRole('button', { name: '确认' }).click();
    await dialog.getByText('请填写理由（至少几个字）。').waitFor();
    await labeled(page, '状态').getByText('已退回', { exact: true }).waitFor();
    await page.close();
  });

  it('lets a unit reporter record a commitment of its own staff, with the server date check under the due date', async () => {
    const page = await h.signIn('reporter');
    await menu(page, '承诺').click();
    await page.getByRole('link', { name: '新建' }).click();
    await page.getByRole('radio', { name: '个人' }).check();
    await page.getByRole('combobox', { name: '个人' }).fill('任梅宁');
    await page.getByRole('option', { name: /任梅宁/ }).click();
    await page.getByRole('combobox', { name: '承诺类型' }).click();
    await page.getByRole('option', { name: '服务质量承诺' }).click();
    await page.locator('textarea[name="content"]').fill('非税收入票据申领当日办结');
    await page.locator('input[name="madeOn"]').fill('2026-11-20');
    await page.locator('input[name="dueOn"]').fill('2026-11-10');
    await page.getByRole('button', { name: '保存' }).click();

    const dueOn = page.locator('input[name="dueOn"]');
    await page.locator('input[aria-invalid="true"]').first().waitFor();
    await page.locator(`[id="${await dueOn.getAttribute('aria-describedby')}"]`).getByText('履行期限不能早于承诺日期。').waitFor();

    await dueOn.fill('2026-12-31');
    await page.getByRole('button', { name: '保存' }).click();
    await labeled(page, '状态').getByText('履行中', { exact: true }).waitFor();
    expect(await labeled(page, '承诺主体').textContent()).toBe('任梅宁');
    expect(await labeled(page, '所属单位').textContent()).toBe('龙山街道财政所');
    // A reporter records and edits, but evaluation is 纪检监察室's.
    await page.getByRole('link', { name: '编辑' }).waitFor();
    for (const name of ['已履行', '未履行', '豁免']) {
      expect(await page.getByRole('button', { name, exact: true }).count()).toBe(0);
    }
    await page.close();
  });

  it('lets 纪检监察室 decide a pending objection by correcting the severity', async () => {
    const page = await h.signIn('discipline');
    await openRecords(page, { disputed: true });
    await page.locator('tbody tr').first().click();
    await labeled(page, '严重程度').getByText('较重', { exact: true }).waitFor();
    const objections = labeled(page, '异议');
    await objections.getByText('待处理', { exact: true }).waitFor();

    await objections.getByRole('button', { name: '处理异议' }).click();
    const dialog = page.getByRole('dialog');
    await dialog.getByRole('combobox', { name: '处理结果' }).click();
    await page.getByRole('option', { name: '更正', exact: true }).click();
    await dialog.getByRole('combobox', { name: '更正后的严重程度' }).click();
    await page.getByRole('option', { name: '一般', exact: true }).click();
    await dialog.getByLabel('理由').fill('经复核，情节较轻，更正为一般');
    await dialog.getByRole('button', { name: '确认' }).click();

    await objections.getByText('更正', { exact: true }).waitFor();
    await objections.getByText('严重程度：较重 → 一般').waitFor();
    await labeled(page, '严重程度').getByText('一般', { exact: true }).waitFor();
    expect(await objections.getByRole('button', { name: '处理异议' }).count()).toBe(0);
    await page.close();
  });

  it('shows a unit reporter the integrity file of its unit, once a purpose is stated, with the summary and the award eligibility', async () => {
    const page = await h.signIn('reporter');
    for (const item of ['承诺', '失信记录', '奖惩措施', '措施实施']) await menu(page, item).waitFor();
    await menu(page, '单位').click();
    await page.locator('tbody td.column-name').getByText('龙山街道财政所', { exact: true }).click();
    await page.getByRole('link', { name: '诚信档案' }).click();

    // The file opens only after the reader states why; the read is recorded in the audit log.
    await page.getByRole('textbox', { name: '查阅事由' }).fill('年度信用自查');
    await page.getByRole('button', { name: '查阅', exact: true }).click();
    await page.getByText('诚信档案：龙山街道财政所').waitFor();
    const summary = page.getByRole('region', { name: '诚信档案' });
    for (const label of ['有效失信记录', '异议中', '履行中承诺', '生效的惩戒措施']) {
      await expect.poll(() => summary.getByRole('group', { name: label }).textContent()).toMatch(new RegExp(`^${label}\\d+$`));
    }
    const year = new Date().getFullYear();
    const eligibility = page.getByRole('region', { name: `${year}年度评优评先资格` });
    await eligibility.getByText(/^(可以参加评优评先|不得参加评优评先)$/).waitFor();
    await page.getByRole('region', { name: '失信记录' }).waitFor();
    await page.screenshot({ path: '/tmp/console-integrity-file.png', fullPage: true });
    await page.close();
  });
});
