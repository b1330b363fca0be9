import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { EvaluationResultsDocument, EvaluationRunsDocument } from '../generated/graphql';
import { menu, startConsole, type ConsoleHarness } from './browser';

describe('诚信评价 pages in a real browser', () => {
  let h: ConsoleHarness;

  beforeAll(async () => {
    h = await startConsole();
  });
  afterAll(async () => h?.close());

  it('ranks the sections of the newest period and explains a score with ledger lines that add up to it', async () => {
    const token = await h.t.login('leader');
    const runs = (await h.t.gql(EvaluationRunsDocument, { subjectType: 'UNIT', limit: 100 }, token)).data!.evaluationRuns.items;
    const period = runs.find((r) => r.status !== 'SIMULATION')!.period;
    const expected = (
      await h.t.gql(EvaluationResultsDocument, { subjectType: 'UNIT', period, filter: { unitKind: 'SECTION' }, limit: 25 }, token)
    ).data!.evaluationResults.items;
    expect(expected.length).toBeGreaterThan(1);

    const page = await h.signIn('leader');
    await menu(page, '诚信评价').click();
    const rows = page.getByTestId('ranking').locator('tbody tr');
    await rows.first().waitFor();
    await expect.poll(() => rows.count()).toBe(expected.length);
    const shown = await rows.evaluateAll((trs: any[]) => trs.map((tr) => Array.from(tr.querySelectorAll('td')).map((td: any) => String(td.textContent ?? ''))));
    // Best first, ranked within the kind of unit, as the API ranks them.
    expect(shown.map((r) => r[1])).toEqual(expected.map((r) => r.subjectName));
    expect(shown.map((r) => Number(r[0]))).toEqual(expected.map((r) => r.rank));
    const scores = shown.map((r) => Number(r[3]));
    expect([...scores].sort((a, b) => b - a)).toEqual(scores);

    await rows.first().click();
    const ledger = page.getByTestId('ledger');
    await ledger.locator('.ledger-points').first().waitFor();
    const lines = await ledger.locator('.ledger-points').allTextContents();
    expect(lines.length).toBeGreaterThan(0);
    const sum = lines.reduce((s, p) => s + Number(p), 0);
    const total = Number(await ledger.getByTestId('ledger-total').textContent());
    expect(total).toBeCloseTo(sum, 2);
    expect(total).toBeCloseTo(scores[0], 2);
    expect(await ledger.getByTestId('ledger-score').textContent()).toContain(scores[0].toFixed(2));
    await page.screenshot({ path: '/tmp/console-evaluation.png', fullPage: true });
    // A leader reads; recomputing and publishing are for others.
    expect(await page.getByRole('button', { name: '重新计算' }).count()).toBe(0);
    await page.close();
  });

  it('recomputes a period for the administrator, showing progress, and asks before publishing the new run', async () => {
    const page = await h.signIn('admin');
    await page.goto(`${h.root}/#/evaluation`);
    await page.getByTestId('ranking').locator('tbody tr').first().waitFor();
    await page.getByRole('button', { name: '重新计算' }).click();
    await page.getByText(/已完成第 \d+ 次计算/).waitFor({ timeout: 60_000 });
    await page.getByText('已计算，待发布', { exact: false }).waitFor();

    await page.getByRole('button', { name: '发布结果' }).click();
    await page.getByRole('dialog').getByText('发布后该期结果冻结', { exact: false }).waitFor();
    await page.getByRole('dialog').getByRole('button', { name: '确认' }).click();
    await page.getByText('的评价结果已发布', { exact: false }).waitFor();
    await page.getByText(/· 已发布$/).waitFor();
    expect(await page.getByRole('button', { name: '发布结果' }).count()).toBe(0);
    await page.close();
  });
});
