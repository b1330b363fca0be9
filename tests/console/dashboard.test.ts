import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { EvaluationDistributionDocument, EvaluationRunsDocument, RecordStatisticsDocument, WarningsDocument } from '../generated/graphql';
import { startConsole, type ConsoleHarness } from './browser';

describe('the leaders’ dashboard in a real browser', () => {
  let h: ConsoleHarness;

  beforeAll(async () => {
    h = await startConsole();
  });
  afterAll(async () => h?.close());

  it('draws the record, grade and warning charts from the data the API gives the leader', async () => {
    const token = await h.t.login('leader');
    const stats = (await h.t.gql(RecordStatisticsDocument, { months: 12 }, token)).data!.recordStatistics;
    const runs = (await h.t.gql(EvaluationRunsDocument, { subjectType: 'UNIT', limit: 10 }, token)).data!.evaluationRuns.items;
    const period = runs.find((r) => r.status === 'PUBLISHED' || r.status === 'COMPUTED')!.period;
    const grades = (await h.t.gql(EvaluationDistributionDocument, { subjectType: 'UNIT', period }, token)).data!.evaluationDistribution!.grades;
    const warnings = (await h.t.gql(WarningsDocument, { limit: 1 }, token)).data!.warnings;
    expect(stats.byCategory.length).toBeGreaterThan(1);

    const page = await h.signIn('leader');
    const byMonth = page.getByTestId('chart-records-by-month');
    // The line of the monthly trend: one point per month of the window.
    await byMonth.locator('svg .recharts-line-curve').waitFor();
    await expect.poll(() => byMonth.locator('svg .recharts-line-dot').count()).toBe(stats.byMonth.length);
    await byMonth.getByText(`共 ${stats.total} 条`, { exact: false }).waitFor();

    // One pie sector per category, one bar per unit with records.
    const sectors = page.getByTestId('chart-records-by-category').locator('svg .recharts-pie-sector');
    await expect.poll(() => sectors.count()).toBe(stats.byCategory.length);
    const unitBars = page.getByTestId('chart-records-by-unit').locator('svg .recharts-bar-rectangle');
    await expect.poll(() => unitBars.count()).toBe(stats.byUnit.length);
    // The unit's name is drawn as the bar's label (its tooltip holds it too).
    await page.getByTestId('chart-records-by-unit').locator('svg .wrapped-tick text', { hasText: stats.byUnit[0].unit.name }).waitFor();

    // The grade distribution of the newest period: a bar for every grade that has units.
    const gradeChart = page.getByTestId('chart-grades');
    await gradeChart.getByText(`${period} 年度`, { exact: false }).waitFor();
    const gradeBars = gradeChart.locator('svg .recharts-bar-rectangle path');
    await expect.poll(() => gradeBars.count()).toBe(grades.filter((g) => g.count > 0).length);

    // The early-warning board: its red and yellow counts, and a link to the whole board.
    const board = page.getByTestId('dashboard-warnings');
    await board.getByText(`红色 ${warnings.red}`).waitFor();
    await board.getByText(`黄色 ${warnings.yellow}`).waitFor();
    await page.screenshot({ path: '/tmp/console-dashboard.png', fullPage: true });
    await board.getByRole('link', { name: `查看全部 ${warnings.total} 项预警` }).click();
    await page.waitForURL(/#\/warnings/);
    await page.close();
  });

  it('leaves the grade chart out for a role that does not read evaluations', async () => {
    const page = await h.signIn('office');
    await page.getByTestId('chart-records-by-month').locator('svg .recharts-line-curve').waitFor();
    await page.getByTestId('dashboard-warnings').waitFor();
    expect(await page.getByTestId('chart-grades').count()).toBe(0);
    await page.close();
  });
});
