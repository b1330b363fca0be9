import type { Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import {
  ConfirmDishonestyRecordDocument,
  CreateDishonestyRecordDocument,
  SubmitDishonestyRecordDocument,
  UnitsDocument,
  CreateEvaluationSchemeDocument,
  EvaluationRunsDocument,
  EvaluationSchemesDocument,
  EvaluationWhatIfDocument,
  RecordStatisticsDocument,
  TrainingRemindersDocument,
  type ScoringRulesInput,
} from '../generated/graphql';
import { menu, startConsole, type ConsoleHarness } from './browser';

/** A read rule document as an input (Apollo's type markers off). */
const asInput = (rules: unknown): ScoringRulesInput => JSON.parse(JSON.stringify(rules), (k, v) => (k === '__typename' ? undefined : v));

/** The text of every cell of a table's body rows. */
const cells = (page: Page, testId: string) =>
  page
    .getByTestId(testId)
    .locator('tbody tr')
    .evaluateAll((trs: any[]) => trs.map((tr) => Array.from(tr.querySelectorAll('td')).map((td: any) => String(td.textContent ?? '').trim())));

describe('考核方案, 模拟测算, 学时提醒, 期限检查 and the dashboard chart in a real browser', () => {
  let h: ConsoleHarness;
  beforeAll(async () => {
    h = await startConsole();
  });
  afterAll(async () => h?.close());

  const open: Page[] = [];
  const signIn = async (username: string) => {
    const page = await h.signIn(username);
    open.push(page);
    return page;
  };
  afterEach(async (ctx) => {
    const failed = ctx.task.result?.state === 'fail';
    for (const [i, page] of open.splice(0).entries()) {
      if (page.isClosed()) continue;
      if (failed) await page.screenshot({ path: `/tmp/console-scoring-failed-${ctx.task.name.slice(0, 12)}-${i}.png`, fullPage: true, timeout: 60_000 }).catch(() => {});
      await page.close();
    }
  });

  const publishedUnitScheme = async () => {
    const token = await h.t.login('admin');
    const schemes = (await h.t.gql(EvaluationSchemesDocument, { filter: { subjectType: 'UNIT', statuses: ['PUBLISHED'] } }, token)).data!.evaluationSchemes.items;
    return schemes.find((s) => s.periodKind === 'YEAR')!;
  };

  it('shows a scheme’s weights with each indicator’s full marks, and puts the server’s message under 一级指标 when a new version’s weights do not add up', async () => {
    const scheme = await publishedUnitScheme();
    const page = await signIn('admin');
    await menu(page, '考核方案').click();
    await page.getByText(scheme.name).first().click();

    // Second-level indicators: weight, share of the base score and full marks = base × both weights.
    await page.getByTestId('scheme-indicators').locator('tbody tr').first().waitFor();
    const rows = await cells(page, 'scheme-indicators');
    const expected = scheme.rules.indicators.flatMap((g) => [
      [`${g.code} ${g.name}`, `${g.weight}%`],
      ...g.children.map((c) => [`${c.code} ${c.name}`, `${c.weight}%`, String(Math.round(((scheme.rules.baseScore * g.weight * c.weight) / 10000) * 100) / 100)]),
    ]);
    expect(rows.map((r, i) => (expected[i].length === 2 ? r.slice(0, 2) : [r[0], r[1], r[3]]))).toEqual(expected);
    await page.screenshot({ path: '/tmp/console-scheme-show.png', fullPage: true });
    // A published scheme is read only: no edit, but a new version from it.
    expect(await page.getByRole('link', { name: '编辑' }).count()).toBe(0);

    await page.getByRole('link', { name: '以此为基础新建版本' }).click();
    // The form holds the whole rule document (some 180 inputs): it takes a while to draw on a loaded machine.
    await page.locator('input[name="rules.timeRules.mitigatedFactor"]').waitFor({ timeout: 120_000 });
    await page.locator('input[name="name"]').fill('单位考核方案（征求意见稿）');
    const first = page.locator('input[name="rules.indicators.0.weight"]');
    const weight = Number(await first.inputValue());
    await first.fill(String(weight + 10));
    await page.getByRole('button', { name: '保存' }).click();
    await page.getByText('一级指标权重之和须为 100。').waitFor({ timeout: 60_000 });
    await page.screenshot({ path: '/tmp/console-scheme-invalid.png', fullPage: true });
    // Nothing was saved.
    const token = await h.t.login('admin');
    const drafts = () => h.t.gql(EvaluationSchemesDocument, { filter: { subjectType: 'UNIT', statuses: ['DRAFT'] } }, token);
    const before = (await drafts()).data!.evaluationSchemes.items.filter((s) => s.name === '单位考核方案（征求意见稿）');
    expect(before).toHaveLength(0);

    const last = page.locator(`input[name="rules.indicators.${scheme.rules.indicators.length - 1}.weight"]`);
    await last.fill(String(Number(await last.inputValue()) - 10));
    await page.getByRole('button', { name: '保存' }).click();
    await page.getByText('草稿', { exact: true }).waitFor({ timeout: 60_000 });
    const saved = (await drafts()).data!.evaluationSchemes.items.filter((s) => s.name === '单位考核方案（征求意见稿）');
    expect(saved).toHaveLength(1);
    expect(saved[0].rules.indicators[0].weight).toBe(weight + 10);
    // A draft is edited.
    await page.getByRole('link', { name: '编辑' }).waitFor();
  }, 400_000);

  /** A confirmed record about a unit, decided in the published period. */
  async function confirmedRecord(unitId: string, category: 'DISCIPLINARY_SANCTION' | 'BROKEN_COMMITMENT', severity: 'GRAVE' | 'SERIOUS', decisionDate: string) {
    const [general, discipline] = await Promise.all([h.t.login('general'), h.t.login('discipline')]);
    const input = { subjectType: 'UNIT' as const, subjectId: unitId, category, severity, facts: '模拟测算用记录', documentNumber: `测〔${decisionDate}〕${category}`, decisionDate };
    const c = (await h.t.gql(CreateDishonestyRecordDocument, { input }, general)).data!.createDishonestyRecord;
    const sub = (await h.t.gql(SubmitDishonestyRecordDocument, { id: c.id, version: c.version }, general)).data!.submitDishonestyRecord;
    const confirmed = await h.t.gql(ConfirmDishonestyRecordDocument, { id: sub.id, version: sub.version }, discipline);
    expect(confirmed.errors).toBeUndefined();
  }

  it('compares a draft whose weights an administrator changed with the published result, showing score and rank side by side and the rank change', async () => {
    const scheme = await publishedUnitScheme();
    const token = await h.t.login('admin');
    const runs = (await h.t.gql(EvaluationRunsDocument, { subjectType: 'UNIT', limit: 100 }, token)).data!.evaluationRuns.items;
    const period = runs.find((r) => r.status === 'PUBLISHED' && r.periodKind === 'YEAR')!.period;
    // Two sections with records decided in the published period since it was published: a grave sanction (10 points
    // under G2.2, capped at 15) and a serious broken commitment (5 points under G1.1).
    const sections = (await h.t.gql(UnitsDocument, { filter: { kinds: ['SECTION'] }, limit: 2 }, token)).data!.units.items;
    await confirmedRecord(sections[0].id, 'DISCIPLINARY_SANCTION', 'GRAVE', `${period}-06-30`);
    await confirmedRecord(sections[1].id, 'BROKEN_COMMITMENT', 'SERIOUS', `${period}-07-15`);
    const draft = (
      await h.t.gql(CreateEvaluationSchemeDocument, { input: { name: '权重调整测算稿', subjectType: 'UNIT', periodKind: 'YEAR', rules: asInput(scheme.rules) } }, token)
    ).data!.createEvaluationScheme;

    const page = await signIn('admin');
    await menu(page, '诚信评价').click();
    await page.getByRole('link', { name: '模拟测算' }).click();
    await page.getByRole('combobox', { name: '考核方案' }).click();
    await page.getByRole('option', { name: /^权重调整测算稿 · 第 \d+ 版 · / }).click();
    await expect.poll(() => page.getByRole('combobox', { name: '评价期间' }).textContent()).toBe(period);

    // 依法行政 (G2) gives 30 of its 40 points of weight to 守信践诺 (G1): G2.2's full marks fall to 100 × 10% × 50% = 5,
    // so the grave sanction costs 5 instead of 10, while the broken commitment still costs 5.
    const weightInput = (code: string) => page.getByTestId('what-if-weights').getByLabel(new RegExp(`^${code} `));
    await weightInput('G1').fill('60');
    await weightInput('G2').fill('10');
    await page.getByRole('button', { name: '保存权重并测算' }).click();
    await page.getByText('权重已保存').waitFor();
    await page.getByTestId('what-if-table').waitFor({ timeout: 60_000 });

    const expected = (await h.t.gql(EvaluationWhatIfDocument, { schemeId: draft.id, period, limit: 100 }, token)).data!.evaluationWhatIf;
    const rows = await cells(page, 'what-if-table');
    expect(rows.map((r) => r[0])).toEqual(expected.items.map((i) => i.subjectName));
    expect(rows.map((r) => [r[2], r[3], r[5], r[6]])).toEqual(
      expected.items.map((i) => [i.fromScore!.toFixed(2), String(i.fromRank ?? '—'), i.toScore!.toFixed(2), String(i.toRank ?? '—')]),
    );
    // The rank change is spelled out and coloured for every subject whose rank moved.
    const movers = expected.items.filter((i) => i.fromRank !== i.toRank);
    expect(movers.length).toBeGreaterThan(0);
    for (const [i, item] of expected.items.entries()) {
      const change = item.fromRank! - item.toRank!;
      expect(rows[i][9]).toBe(change > 0 ? `▲ 上升 ${change}` : change < 0 ? `▼ 下降 ${-change}` : '—');
    }
    // The weight change shows: the sanctioned section loses 5 points, not 10, and shares its rank with the other.
    const [sanctioned, broken] = sections.map((u) => expected.items.find((i) => i.subjectId === u.id)!);
    expect([sanctioned.toScore, broken.toScore]).toEqual([95, 95]);
    expect(sanctioned.toRank).toBe(broken.toRank);
    expect(rows.find((r) => r[0] === sanctioned.subjectName)![5]).toBe('95.00');
    await page.getByTestId('what-if-chart').locator('.recharts-bar-rectangle').first().waitFor();
    await page.screenshot({ path: '/tmp/console-what-if.png', fullPage: true });

    // A leader reads results but does not try schemes.
    const leader = await signIn('leader');
    await menu(leader, '诚信评价').click();
    await leader.getByTestId('ranking').locator('tbody tr').first().waitFor();
    expect(await leader.getByRole('link', { name: '模拟测算' }).count()).toBe(0);
    expect(await menu(leader, '模拟测算').count()).toBe(0);
  }, 180_000);

  it('lists who is behind on training hours per unit, each linking to the person', async () => {
    const year = new Date().getFullYear();
    const token = await h.t.login('personnel');
    const reminders = (await h.t.gql(TrainingRemindersDocument, { year }, token)).data!.trainingReminders;
    const people = reminders.flatMap((u) => u.people);
    expect(people.length).toBeGreaterThan(0);

    const page = await signIn('personnel');
    await menu(page, '学时提醒').click();
    await page.getByTestId('reminders-summary').waitFor();
    expect(await page.getByTestId('reminders-summary').textContent()).toBe(
      `年度最低学时 ${reminders[0].minimumHours} 学时：${reminders.length} 个单位共 ${people.length} 人未达标`,
    );
    const names = await page.getByTestId('reminders').locator('tbody tr a:first-child').allTextContents();
    expect(names).toEqual(people.map((p) => p.person.name));
    // A year the API refuses: its reason, in Chinese, instead of the list.
    await page.getByLabel('年度').fill('1999');
    await page.getByRole('alert').filter({ hasText: '年度须在 2000 至 2100 之间。' }).waitFor();
    await page.getByLabel('年度').fill(String(year));
    await page.getByTestId('reminders-summary').waitFor();
    await page.screenshot({ path: '/tmp/console-training-reminders.png', fullPage: true });
    await page.getByTestId('reminders').getByRole('link', { name: people[0].person.name, exact: true }).click();
    await page.waitForURL(new RegExp(`/people/${people[0].person.id}/show`));
    await page.getByText(people[0].person.name).first().waitFor();
  });

  it('runs the credit deadline checks for an administrator after confirmation and shows what they did; an analyst has no such button', async () => {
    const page = await signIn('admin');
    await menu(page, '失信记录').click();
    await page.getByRole('button', { name: '立即执行期限检查' }).click();
    const dialog = page.getByRole('dialog');
    await dialog.getByText('逾期未履行的承诺记为违诺').waitFor();
    await dialog.getByRole('button', { name: '确认' }).click();
    const notice = page.getByText(/^期限检查已执行：违诺承诺 \d+ 项，逾期整改 \d+ 项$/);
    await notice.waitFor();
    await page.screenshot({ path: '/tmp/console-credit-deadlines.png' });

    const analyst = await signIn('analyst');
    await menu(analyst, '失信记录').click();
    await analyst.locator('.RaDataTable-root tbody tr').first().waitFor();
    expect(await analyst.getByRole('button', { name: '立即执行期限检查' }).count()).toBe(0);
  });

  it('labels every bar of the dashboard’s by-unit chart, wrapping or shortening long unit names and keeping the whole name on hover', async () => {
    const token = await h.t.login('admin');
    const units = (await h.t.gql(RecordStatisticsDocument, { months: 12 }, token)).data!.recordStatistics.byUnit.map((u) => u.unit.name);
    expect(units.length).toBeGreaterThan(1);
    const page = await signIn('admin');
    const chart = page.getByTestId('chart-records-by-unit');
    await chart.locator('.recharts-bar-rectangle').first().waitFor();
    const ticks = await chart.locator('g.wrapped-tick').evaluateAll((gs: any[]) =>
      gs.map((g) => ({ title: String(g.querySelector('title')?.textContent ?? ''), lines: Array.from(g.querySelectorAll('tspan')).map((s: any) => String(s.textContent)) })),
    );
    expect(ticks.map((tk) => tk.title)).toEqual(units);
    for (const tk of ticks) {
      expect(tk.lines.length).toBeLessThanOrEqual(2);
      const shown = tk.lines.join('');
      if (shown.endsWith('…')) expect(tk.title.startsWith(shown.slice(0, -1))).toBe(true);
      else expect(shown).toBe(tk.title);
    }
    await chart.screenshot({ path: '/tmp/console-dashboard-units.png' });
  });
});
