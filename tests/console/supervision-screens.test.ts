import type { Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { PeopleDocument } from '../generated/graphql';
import { labeled, menu, startConsole, type ConsoleHarness } from './browser';

/** Clicks a workflow button of the show page and confirms its dialog after `fill` typed into it. */
async function step(page: Page, button: string, fill: (dialog: ReturnType<Page['getByRole']>) => Promise<void> = async () => {}) {
  await page
    .getByRole('button', { name: button, exact: true })
    .click()
    .catch(async (error: unknown) => {
      await page.screenshot({ path: `/tmp/console-step-failed.png`, fullPage: true });
      throw error;
    });
  const dialog = page.getByRole('dialog');
  await fill(dialog);
  await dialog.getByRole('button', { name: '确认' }).click();
  await dialog.waitFor({ state: 'detached' }).catch(async (error: unknown) => {
    await page.screenshot({ path: `/tmp/console-step-failed.png`, fullPage: true });
    throw error;
  });
}

describe('supervision, policy, campaign and training screens in a real browser', () => {
  let h: ConsoleHarness;

  beforeAll(async () => {
    h = await startConsole();
  });

  afterAll(async () => {
    await h?.close();
  });

  // Tabs share one sign-in (local storage): a test that failed half-way must not leave its user signed in for the next.
  const open: Page[] = [];
  const signIn = async (username: string) => {
    const page = await h.signIn(username);
    open.push(page);
    return page;
  };
  afterEach(async () => {
    for (const page of open.splice(0)) if (!page.isClosed()) await page.close();
  });

  it('opens every new list from the menu with its seeded rows in Chinese', async () => {
    const page = await signIn('admin');
    // Each list by its menu entry, and a column only that list has, filled from the demo county.
    const lists: [string, string, string][] = [
      ['督办任务', 'supervision-tasks', 'title'],
      ['建议提案', 'supervision-proposals', 'number'],
      ['行政诉讼', 'lawsuits', 'caseNumber'],
      ['司法判决', 'judgments', 'obligation'],
      ['司法建议', 'judicial-suggestions', 'issuingOrgan'],
      ['政策', 'policies', 'documentNumber'],
      ['政策落实任务', 'policy-tasks', 'measure'],
      ['专项行动', 'campaigns', 'rectificationWorkingDays'],
      ['专项行动问题', 'campaign-findings', 'problem'],
      ['培训', 'training-sessions', 'topic'],
      ['培训出勤', 'training-attendances', 'hoursCredited'],
    ];
    for (const [item, resource, column] of lists) {
      await menu(page, item).click();
      await page.waitForURL(new RegExp(`#/${resource}(\\?|$)`));
      // The list may draw twice (cached page, then the fresh one): wait for a filled cell.
      const filled = page.locator(`tbody td.column-${column}`).filter({ hasText: /\S/ });
      await expect.poll(() => filled.count(), { message: item }).toBeGreaterThan(0);
    }
    // The seeded proposals read in Chinese, with their status chips.
    await menu(page, '建议提案').click();
    await page.getByText('关于加快拨付乡村道路养护资金的建议').waitFor();
    await page.locator('tbody').getByText('已交办').first().waitFor();
    await page.screenshot({ path: '/tmp/console-proposals.png' });

    await menu(page, '督办考核统计').click();
    const figures = page.getByRole('table', { name: '本年度到期的督办任务' });
    await figures.getByRole('row').filter({ hasText: '龙山街道财政所' }).waitFor();
    await page.getByRole('table', { name: '负责人出庭应诉（本年度开庭）' }).getByText(/\d+(\.\d)?%/).first().waitFor();
    await page.screenshot({ path: '/tmp/console-supervision-results.png', fullPage: true });

    await menu(page, '学时统计').click();
    await page.getByText(/年度最低学时：\d+(\.\d+)? 学时；\d+ 人未达标/).waitFor();
    await menu(page, '时限与规则').click();
    await page.getByText('监督工作时限').waitFor();
    await page.getByLabel('每人每年最低学时').waitFor();
    // The working-day calendar of 2026, from the State Council's notice.
    const calendar = page.getByRole('table', { name: '工作日历' });
    await page.getByLabel('年度').last().fill('2026');
    await calendar.getByRole('row').filter({ hasText: '春节' }).first().waitFor();
    await calendar.getByText('调休上班').first().waitFor();
    await page.screenshot({ path: '/tmp/console-settings.png', fullPage: true });
    await page.close();
  });

  it('walks a supervision task from the office to the township office and back to acceptance', async () => {
    const title = `督办测试任务 ${Date.now()}`;
    const office = await signIn('office');
    await menu(office, '督办任务').click();
    await office.getByRole('link', { name: '新建' }).click();
    await office.locator('input[name="title"]').fill(title);
    await office.locator('textarea[name="requirement"]').fill('对惠民资金公示情况开展自查，形成自查报告。');
    await office.getByRole('combobox', { name: '承办单位' }).fill('龙山');
    await office.getByRole('option', { name: '龙山街道财政所' }).click();
    await office.locator('input[name="dueOn"]').fill('2099-12-31');
    await office.getByRole('button', { name: '保存' }).click();
    await labeled(office, '状态').getByText('已交办', { exact: true }).waitFor();
    await labeled(office, '承办单位').getByText('龙山街道财政所').waitFor();
    const taskUrl = office.url();
    // Nothing to accept before the unit submits.
    expect(await office.getByRole('button', { name: '验收', exact: true }).count()).toBe(0);
    // Tabs share the sign-in (local storage): one user at a time.
    await office.close();

    // The township office's reporter sees it, reports progress and submits the result; it cannot accept or edit.
    const reporter = await signIn('reporter');
    await reporter.goto(taskUrl);
    await labeled(reporter, '任务名称').getByText(title).waitFor();
    await step(reporter, '报告进展', (d) => d.getByLabel('进展情况').fill('已完成 12 个村的公示核查。'));
    await labeled(reporter, '状态').getByText('办理中', { exact: true }).waitFor();
    await labeled(reporter, '进展情况').getByText('已完成 12 个村的公示核查。').waitFor();
    await step(reporter, '提交成果', (d) => d.getByLabel('办理成果').fill('自查报告已形成，发现问题 2 个，均已整改。'));
    await labeled(reporter, '状态').getByText('待验收', { exact: true }).waitFor();
    expect(await reporter.getByRole('button', { name: '验收', exact: true }).count()).toBe(0);
    expect(await reporter.getByRole('link', { name: '编辑' }).count()).toBe(0);
    await reporter.close();

    // The office accepts it with a score for the performance assessment.
    const reviewer = await signIn('office');
    await reviewer.goto(taskUrl);
    await step(reviewer, '验收', async (d) => {
      await d.getByLabel('评分（0–100）').fill('95');
      await d.getByLabel('验收意见').fill('按期完成，材料齐全。');
    });
    await labeled(reviewer, '状态').getByText('已验收', { exact: true }).waitFor();
    await labeled(reviewer, '评分').getByText('95').waitFor();
    await labeled(reviewer, '按期完成').locator('[data-testid="true"]').waitFor();
    await reviewer.screenshot({ path: '/tmp/console-supervision-task.png', fullPage: true });
    // An accepted task offers no further step and no edit.
    expect(await reviewer.getByRole('link', { name: '编辑' }).count()).toBe(0);
    expect(await reviewer.getByRole('button', { name: '退回', exact: true }).count()).toBe(0);
    await reviewer.close();
  });

  it('creates a training session, records attendance and refuses the same person twice under the attendance list', async () => {
    const page = await signIn('personnel');
    const topic = `诚信教育测试培训 ${Date.now()}`;
    await menu(page, '培训').click();
    await page.getByRole('link', { name: '新建' }).click();
    await page.locator('input[name="topic"]').fill(topic);
    await page.getByRole('combobox', { name: '形式' }).click();
    await page.getByRole('option', { name: '讲座', exact: true }).click();
    await page.locator('input[name="heldOn"]').fill('2026-01-15');
    await page.locator('input[name="hours"]').fill('2.5');
    await page.getByRole('button', { name: '保存' }).click();
    await labeled(page, '培训主题').getByText(topic).waitFor();

    const record = async () => {
      await page.getByRole('button', { name: '登记出勤', exact: true }).click();
      const dialog = page.getByRole('dialog');
      await dialog.getByRole('combobox', { name: '人员' }).fill('李');
      await page.getByRole('option', { name: /^李/ }).first().click();
      const chosen = (await dialog.getByRole('combobox', { name: '人员' }).inputValue()).replace(/（.*$/, '');
      await dialog.getByRole('button', { name: '确认' }).click();
      return { dialog, chosen };
    };

    const first = await record();
    await first.dialog.waitFor({ state: 'detached' });
    const row = page.locator('tbody tr').filter({ hasText: first.chosen });
    await row.getByText('出勤', { exact: true }).waitFor();
    // Hours left blank count as the session's 2.5.
    await row.getByText('2.5', { exact: true }).first().waitFor();

    // The same person again: the server refuses, and the dialog stays open with its message under the attendance list.
    const second = await record();
    await second.dialog.getByText('此人本次培训的出勤已登记。').waitFor();
    await page.screenshot({ path: '/tmp/console-attendance-refused.png' });
    await second.dialog.getByRole('button', { name: '取消' }).click();
    expect(await page.locator('tbody tr').count()).toBe(1);
    await page.screenshot({ path: '/tmp/console-attendance.png', fullPage: true });
    await page.close();
  });

  it('shows the server message under the effective date when a policy would take effect before it is issued', async () => {
    const page = await signIn('general');
    await menu(page, '政策').click();
    await page.getByRole('link', { name: '新建' }).click();
    await page.locator('input[name="title"]').fill('郏县测试政策');
    await page.locator('input[name="documentNumber"]').fill('郏财〔2099〕1号');
    await page.getByRole('combobox', { name: '层级' }).click();
    await page.getByRole('option', { name: '县级', exact: true }).click();
    await page.locator('input[name="issuedOn"]').fill('2026-03-01');
    const effective = page.locator('input[name="effectiveFrom"]');
    await effective.fill('2026-02-01');
    await page.getByRole('button', { name: '保存' }).click();

    await page.locator(`[id="${await effective.getAttribute('aria-describedby')}"]`).getByText('政策生效日期不能早于发布日期。').waitFor();
    expect(await page.locator('input[aria-invalid="true"]').evaluateAll((inputs) => inputs.map((i) => i.getAttribute('name')))).toEqual([
      'effectiveFrom',
    ]);
    expect(page.url()).toContain('/policies/create');
    await page.screenshot({ path: '/tmp/console-policy-error.png' });
    await page.close();
  });

  it('adds a member to the leading group and ends the membership again', async () => {
    // Someone without a leading position, so not in the group yet.
    const token = await h.t.login('admin');
    const found = await h.t.gql(PeopleDocument, { filter: { leadershipRoles: ['NONE'] }, limit: 1 }, token);
    const person = found.data!.people.items[0];
    const page = await signIn('office');
    await menu(page, '领导小组').click();
    await page.locator('tbody tr').first().click();
    await page.waitForURL(/#\/leading-groups\/[^/]+\/show/);
    const members = page.locator('tbody tr');
    await members.filter({ hasText: '组长' }).first().waitFor();
    const before = await members.count();

    await step(page, '添加成员', async (d) => {
      await d.getByRole('combobox', { name: '姓名' }).fill(person.staffNumber);
      await page.getByRole('option', { name: new RegExp(`^${person.name}`) }).click();
      await d.getByLabel('分工').fill('联系乡镇财政所');
      await d.locator('input[name="termStart"]').fill('2026-01-01');
    });
    const added = members.filter({ hasText: '联系乡镇财政所' });
    await added.waitFor();
    expect(await members.count()).toBe(before + 1);

    // Ending the term takes the member off the current list.
    await added.getByRole('button', { name: '调整' }).click();
    const dialog = page.getByRole('dialog');
    await dialog.locator('input[name="termEnd"]').fill('2026-06-30');
    await dialog.getByRole('button', { name: '确认' }).click();
    await dialog.waitFor({ state: 'detached' });
    await added.waitFor({ state: 'detached' });
    expect(await members.count()).toBe(before);
  });

  it('offers a unit reporter no create button on supervision tasks and only its own unit in the list', async () => {
    const page = await signIn('reporter');
    await menu(page, '督办任务').click();
    await page.locator('tbody tr').first().waitFor();
    expect(await page.getByRole('link', { name: '新建' }).count()).toBe(0);
    const units = await page.locator('tbody td.column-assignedUnit\\.name').allTextContents();
    expect(units.length).toBeGreaterThan(0);
    expect(new Set(units)).toEqual(new Set(['龙山街道财政所']));
    // Settings are for bureau staff only.
    expect(await menu(page, '时限与规则').count()).toBe(0);
    await page.close();
  });
});
