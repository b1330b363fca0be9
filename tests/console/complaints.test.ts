import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { labeled, menu, startConsole, type ConsoleHarness } from './browser';

describe('complaints, warnings and notifications in a real browser', () => {
  let h: ConsoleHarness;

  beforeAll(async () => {
    h = await startConsole();
  });

  afterAll(async () => {
    await h?.close();
  });

  /** A seeded case's page, found by searching its title. */
  const openCase = async (page: Page, title: string) => {
    await page.goto(`${h.root}/#/complaints?filter=${encodeURIComponent(JSON.stringify({ q: title }))}`);
    await page.locator('tbody td.column-title').getByText(title, { exact: true }).click();
    await labeled(page, '标题').getByText(title, { exact: true }).waitFor();
  };

  it('registers a hotline report for 纪检监察室, shows the receipt code once, and accepts the case', async () => {
    const page = await h.signIn('discipline');
    await menu(page, '投诉举报').click();
    await page.getByRole('link', { name: '新建' }).click();
    // 热线电话 is the default channel.
    await page.getByRole('combobox', { name: '受理渠道' }).getByText('热线电话').waitFor();
    await page.getByRole('combobox', { name: '类别' }).click();
    await page.getByRole('option', { name: '推诿拖延', exact: true }).click();
    await page.locator('input[name="title"]').fill('办理补贴申请一再推诿');
    await page.locator('textarea[name="content"]').fill('来电反映财政所对补贴申请一再推诿，要求多次补交材料。');
    await page.locator('input[name="reporterName"]').fill('王秀兰');
    await page.locator('input[name="reporterPhone"]').fill('13903750000');
    await page.getByRole('button', { name: '保存' }).click();

    const receipt = page.getByRole('dialog');
    await receipt.getByText('请将回执码告知举报人').waitFor();
    expect(await receipt.getByTestId('receipt-code').textContent()).toMatch(/^[0-9A-Z]{4}(-[0-9A-Z]{4}){5}$/);
    await page.screenshot({ path: '/tmp/console-complaint-receipt.png' });
    await receipt.getByRole('button', { name: '已告知，查看案件' }).click();

    await labeled(page, '状态').getByText('已登记', { exact: true }).waitFor();
    // The time limit for acceptance is shown with the days left.
    await page.getByRole('group', { name: '受理期限' }).getByText(/剩 \d+ 天/).waitFor();
    await page.getByRole('button', { name: '受理', exact: true }).click();
    await page.getByRole('dialog').getByRole('button', { name: '确认' }).click();
    await labeled(page, '状态').getByText('已受理', { exact: true }).waitFor();
    await page.getByRole('button', { name: '交办', exact: true }).waitFor();
    await page.close();
  });

  it('offers 查看举报人信息 to the 信访保密员 only', async () => {
    const custodian = await h.signIn('custodian');
    await openCase(custodian, '耕地地力保护补贴未到账');
    await custodian.getByRole('button', { name: '查看举报人信息' }).click();
    const dialog = custodian.getByRole('dialog');
    // A sensitive read: the identity shows only after a stated purpose (查阅事由).
    await dialog.getByLabel('查阅事由').fill('核实举报人联系方式以便答复');
    await dialog.getByRole('button', { name: '查看', exact: true }).click();
    await dialog.getByText('刘建华', { exact: true }).waitFor();
    await dialog.getByText('13903751074', { exact: true }).waitFor();
    await custodian.close();

    const discipline = await h.signIn('discipline');
    await openCase(discipline, '耕地地力保护补贴未到账');
    // The toolbar is there (交办 for an accepted case), without the reporter button.
    await discipline.getByRole('button', { name: '交办', exact: true }).waitFor();
    expect(await discipline.getByRole('button', { name: '查看举报人信息' }).count()).toBe(0);
    await discipline.close();
  });

  it('accepts the selected registered reports in bulk and says how many succeeded', async () => {
    const page = await h.signIn('discipline');
    await menu(page, '投诉举报').click();
    await page.goto(`${h.root}/#/complaints?filter=${encodeURIComponent(JSON.stringify({ status: 'RECEIVED' }))}`);
    const rows = page.locator('tbody tr');
    await rows.first().locator('td.column-status').getByText('已登记').waitFor();
    const count = await rows.count();
    await page.getByRole('checkbox', { name: '全选' }).first().check();
    await page.getByRole('button', { name: '批量受理' }).click();
    await page.getByRole('dialog').getByRole('button', { name: '确认' }).click();
    await page.getByText(`成功受理 ${count} 件，失败 0 件`).waitFor();
    await page.getByText('没有符合当前筛选条件的投诉举报。').waitFor();
    await page.close();
  });

  it('shows the warning board with red and yellow counts and lets an admin scan; notifications reach 纪检监察室', async () => {
    const admin = await h.signIn('admin');
    await menu(admin, '监测预警').click();
    const red = admin.getByRole('group', { name: '红色预警（已超期）' });
    const yellow = admin.getByRole('group', { name: '黄色预警（时限已过 80%）' });
    await expect.poll(async () => Number((await red.textContent())?.replace(/\D/g, ''))).toBeGreaterThan(0);
    await expect.poll(async () => Number((await yellow.textContent())?.replace(/\D/g, ''))).toBeGreaterThan(0);
    await admin.locator('tr.warning-row[data-level="RED"]').first().getByText('红色').waitFor();
    await admin.screenshot({ path: '/tmp/console-warning-board.png', fullPage: true });

    await admin.getByRole('button', { name: '立即扫描' }).click();
    await admin.getByText(/扫描完成：预警 \d+ 条/).waitFor();
    // An item the console has a page for links to it.
    await admin.getByRole('link', { name: /^履约验收：/ }).first().click();
    await labeled(admin, '状态').getByText('已签订合同', { exact: true }).waitFor();
    await admin.close();

    // Red warnings are sent to 纪检监察室 too: the bell counts them until they are read.
    const discipline = await h.signIn('discipline');
    const bell = discipline.getByRole('button', { name: /^站内通知（\d+ 条未读）$/ });
    await expect.poll(async () => Number((await bell.getAttribute('aria-label'))?.replace(/\D/g, ''))).toBeGreaterThan(0);
    await bell.click();
    await discipline.getByRole('menuitem', { name: '全部标为已读' }).click();
    await discipline.getByRole('button', { name: '站内通知（0 条未读）' }).waitFor();
    await discipline.close();
  });
});
