import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { labeled, menu, startConsole, type ConsoleHarness } from './browser';

describe('enterprises, credit checks, procurement and PPP in a real browser', () => {
  let h: ConsoleHarness;

  beforeAll(async () => {
    h = await startConsole();
  });

  afterAll(async () => {
    await h?.close();
  });

  it('refuses a bid from an enterprise on a dishonesty list and names the reasons in Chinese', async () => {
    const page = await h.signIn('office');
    await menu(page, '政府采购').click();
    await page.locator('tbody td.column-name').getByText('乡镇财政业务培训服务', { exact: true }).click();
    await labeled(page, '状态').getByText('招标（采购）中', { exact: true }).waitFor();

    await page.getByRole('button', { name: '投标报名', exact: true }).click();
    const dialog = page.getByRole('dialog');
    await dialog.getByRole('combobox', { name: '投标企业' }).fill('宏远');
    await page.getByRole('option', { name: '郏县宏远劳务服务有限公司' }).click();
    await dialog.getByRole('button', { name: '确认' }).click();

    // The dialog stays open with the server's refusal under the enterprise.
    const refusal = dialog.getByText(/^信用核查未通过：/);
    await refusal.waitFor();
    expect(await refusal.textContent()).toMatch(/列入失信被执行人名单（郏县人民法院.*核查码 CC-/);
    await page.screenshot({ path: '/tmp/console-bid-refused.png' });
    await dialog.getByRole('button', { name: '取消' }).click();
    // No bid was registered for it.
    expect(await page.locator('tbody').getByText('郏县宏远劳务服务有限公司').count()).toBe(0);
    await page.close();
  });

  it('runs a credit check with a verification code that /verify confirms without signing in', async () => {
    const page = await h.signIn('general');
    await menu(page, '信用核查').click();
    await page.getByRole('combobox', { name: '企业' }).fill('速达');
    await page.getByRole('option', { name: '平顶山市速达物流有限公司' }).click();
    await page.getByLabel('核查事由').fill('政府采购供应商资格审查');
    await page.getByRole('button', { name: '核查' }).click();

    const result = page.getByRole('region', { name: '核查结果' });
    await result.getByText('拒绝：存在失信情形，不予准入。').waitFor();
    await result.getByText(/列入政府采购严重违法失信行为记录名单/).waitFor();
    const code = (await result.getByTestId('verification-code').textContent())!.trim();
    expect(code).toMatch(/^CC(-[0-9A-Z]{4}){4}$/);
    await page.screenshot({ path: '/tmp/console-credit-check.png', fullPage: true });

    // Anyone holding the code: a signed-out tab.
    await page.evaluate('localStorage.clear()');
    await page.goto(`${h.root}/#/verify?code=${code}`);
    await page.getByRole('button', { name: '验证' }).click();
    const verified = page.getByRole('region', { name: '验证结果' });
    await verified.getByText('核查记录真实有效。').waitFor();
    await verified.getByText('拒绝', { exact: true }).waitFor();
    await verified.getByText('政府采购供应商资格审查').waitFor();

    await page.getByLabel('核查码').fill('CC-0000-0000-0000-0000');
    await page.getByRole('button', { name: '验证' }).click();
    await page.getByText('未找到该核查码对应的核查记录。').waitFor();
    await page.close();
  });

  it('shows the server message under the credit code when it is wrong, then keeps the enterprise', async () => {
    const page = await h.signIn('general');
    await menu(page, '企业').click();
    await page.getByRole('link', { name: '新建' }).click();
    const creditCode = page.locator('input[name="creditCode"]');
    // A well-formed code with the wrong check character (the right one is 3).
    await creditCode.fill('91350100M000100Y4A');
    await page.locator('input[name="name"]').fill('郏县测试商贸有限公司');
    await page.getByRole('button', { name: '保存' }).click();
    await page.locator(`[id="${await creditCode.getAttribute('aria-describedby')}"]`).getByText(/校验码/).waitFor();
    expect(page.url()).toContain('/enterprises/create');
    await page.close();
  });

  it('lists the PPP arrears with the outstanding amount', async () => {
    const page = await h.signIn('office');
    await menu(page, '欠款台账').click();
    const ledger = page.getByRole('table', { name: '欠款台账' });
    const row = ledger.getByRole('row').filter({ hasText: '上年度运维绩效服务费' });
    await row.getByText(/1,600,000\.00/).waitFor();
    await row.getByText(/超期 \d+ 天/).waitFor();
    await row.getByRole('link', { name: /郏县城乡供水一体化PPP项目/ }).click();
    await page.getByRole('tab', { name: '政府方履约义务' }).click();
    await page.getByText('完成供水管网移交清单核对').waitFor();
    await page.close();
  });
});
