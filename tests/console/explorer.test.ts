import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DishonestyRecordsDocument, SavedQueriesDocument } from '../generated/graphql';
import { menu, startConsole, type ConsoleHarness } from './browser';

/** The text an editor pane of GraphiQL shows (Monaco draws spaces as no-break spaces). */
const paneText = async (page: Page, pane: 'query-editor' | 'response') =>
  (await page.locator(`.graphiql-${pane} .view-lines`).innerText()).replace(/\u00a0/g, ' ');
const responseText = (page: Page) => paneText(page, 'response');

/** Replaces the query editor's text, as pasting would (no auto-closed brackets). */
async function typeQuery(page: Page, query: string) {
  await page.locator('.graphiql-query-editor .view-lines').click();
  await page.keyboard.press('ControlOrMeta+A');
  await page.keyboard.press('Delete');
  await page.keyboard.insertText(query);
}

describe('查询台 (GraphQL explorer) in a real browser', () => {
  let h: ConsoleHarness;

  beforeAll(async () => {
    h = await startConsole();
  });
  afterAll(async () => h?.close());

  it('runs a query signed in as the analyst and shows the answer the API gives', async () => {
    const token = await h.t.login('analyst');
    const confirmed = (await h.t.gql(DishonestyRecordsDocument, { filter: { statuses: ['CONFIRMED'] }, limit: 1 }, token)).data!
      .dishonestyRecords.total;
    expect(confirmed).toBeGreaterThan(0);

    const page = await h.signIn('analyst');
    await menu(page, '查询台').click();
    await page.locator('.graphiql-query-editor .view-lines').waitFor();
    // Run at once with the keyboard, before the editor's own 100 ms change handler has noticed the new text:
    // the explorer must send the operation the text holds, not the name of the query it replaced.
    await typeQuery(page, 'query Confirmed { dishonestyRecords(filter: { statuses: [CONFIRMED] }, limit: 1) { total } }');
    await page.keyboard.press('ControlOrMeta+Enter');

    await expect.poll(() => responseText(page), { timeout: 15_000 }).toMatch(new RegExp(`"total":\\s*${confirmed}\\b`));
    await page.screenshot({ path: '/tmp/console-explorer.png' });
    await page.close();
  });

  it('finds a saved query again after a reload, from the server, and opens it in the editor', async () => {
    const page = await h.signIn('analyst');
    await page.goto(`${h.root}/#/explorer`);
    await page.locator('.graphiql-query-editor .view-lines').waitFor();
    const query = 'query UnitCount { units(limit: 1) { total } }';
    await typeQuery(page, query);
    const panel = page.getByTestId('saved-queries');
    await panel.getByLabel('查询名称').fill('单位总数');
    await panel.getByRole('button', { name: '保存查询' }).click();
    await page.getByText('已保存查询“单位总数”').waitFor();

    // Stored on the server for this user, so another computer finds it too.
    const token = await h.t.login('analyst');
    const stored = (await h.t.gql(SavedQueriesDocument, {}, token)).data!.savedQueries.items;
    expect(stored.find((q) => q.name === '单位总数')?.query).toBe(query);

    await typeQuery(page, 'query Other { me { id } }');
    await page.reload();
    await page.locator('.graphiql-query-editor .view-lines').waitFor();
    await panel.getByRole('button', { name: '单位总数', exact: true }).click();
    await expect.poll(() => paneText(page, 'query-editor')).toContain('units(limit: 1)');
    await page.locator('.graphiql-execute-button').click();
    await expect.poll(() => responseText(page), { timeout: 15_000 }).toMatch(/"total":\s*\d+/);
    await page.close();
  });

  it('offers the explorer to analysts and administrators only', async () => {
    const admin = await h.signIn('admin');
    await menu(admin, '查询台').waitFor();
    await admin.close();
    const leader = await h.signIn('leader');
    await menu(leader, '单位').waitFor();
    expect(await menu(leader, '查询台').count()).toBe(0);
    await leader.close();
  });
});
