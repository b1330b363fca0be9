import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  EvaluationSchemesDocument,
  UnitByCodeDocument,
  UnitDocument,
  UpdateEvaluationSchemeDocument,
  UpdateUnitDocument,
} from '../generated/graphql';
import { startConsole, type ConsoleHarness } from './browser';

describe('变更历史 tab on a record’s page in a real browser', () => {
  let h: ConsoleHarness;

  beforeAll(async () => {
    h = await startConsole();
  });
  afterAll(async () => h?.close());

  it('shows an analyst each change of a unit, with its name before and after', async () => {
    const token = await h.t.login('admin');
    const { id } = (await h.t.gql(UnitByCodeDocument, { code: 'JXCZ-S02' }, token)).data!.unitByCode;
    const unit = (await h.t.gql(UnitDocument, { id }, token)).data!.unit;
    const changed = await h.t.gql(UpdateUnitDocument, { id, input: { name: `${unit.name}（更名）` }, version: unit.version }, token);
    expect(changed.errors).toBeUndefined();

    const page = await h.signIn('analyst');
    await page.goto(`${h.root}/#/units/${id}/show`);
    await page.getByRole('tab', { name: '变更历史' }).click();
    const history = page.getByTestId('record-history');
    const row = history.locator('tbody tr', { hasText: `${unit.name} → ${unit.name}（更名）` });
    await row.waitFor();
    expect(await row.getByText('修改').count()).toBe(1);
    // Paged in Chinese like the lists (MUI's own wording would read "1–2 of 2").
    await expect.poll(() => history.getByText(/^第 1-\d+ 条，共 \d+ 条$/).count()).toBe(1);
    expect(await history.getByText('每页行数：').count()).toBe(1);
    await page.screenshot({ path: '/tmp/console-history.png' });
    await page.getByRole('tab', { name: '详情' }).click();
    await page.getByText(`${unit.name}（更名）`).first().waitFor();
    await page.close();
  });

  it('shows the changes of an evaluation scheme (考核方案) on its page', async () => {
    const token = await h.t.login('admin');
    const draft = (await h.t.gql(EvaluationSchemesDocument, { filter: { statuses: ['DRAFT'] }, limit: 1 }, token)).data!.evaluationSchemes.items[0];
    const note = '征求意见后修订：增加整改时限要求。';
    const changed = await h.t.gql(UpdateEvaluationSchemeDocument, { id: draft.id, input: { note }, version: draft.version }, token);
    expect(changed.errors).toBeUndefined();

    const page = await h.signIn('analyst');
    await page.goto(`${h.root}/#/evaluation-schemes/${draft.id}/show`);
    await page.getByRole('tab', { name: '变更历史' }).click();
    const row = page.getByTestId('record-history').locator('tbody tr', { hasText: `→ ${note}` });
    await row.waitFor();
    expect(await row.getByText('修改').count()).toBe(1);
    await page.getByRole('tab', { name: '详情' }).click();
    await page.getByText(note).waitFor();
    await page.close();
  });

  it('has no history tab for a role that does not read the audit trail', async () => {
    const token = await h.t.login('leader');
    const { id } = (await h.t.gql(UnitByCodeDocument, { code: 'JXCZ-S02' }, token)).data!.unitByCode;
    const page = await h.signIn('leader');
    await page.goto(`${h.root}/#/units/${id}/show`);
    await page.locator('.RaLabeled-label').first().waitFor();
    expect(await page.getByRole('tab', { name: '变更历史' }).count()).toBe(0);
    await page.close();
  });
});
