import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CommitmentsDocument, DishonestyRecordsDocument, RectificationsDocument } from '../generated/graphql';
import { startTestApp, type TestApp } from '../helpers/test-app';

describe('demo credit data', () => {
  let t: TestApp;
  let admin: string;

  beforeAll(async () => {
    t = await startTestApp();
    admin = await t.login('admin');
  });
  afterAll(async () => t?.close());

  it('has records in every state, including disputed and repaired ones', async () => {
    for (const status of ['DRAFT', 'SUBMITTED', 'RETURNED', 'CONFIRMED', 'REVOKED'] as const) {
      const r = await t.gql(DishonestyRecordsDocument, { filter: { statuses: [status] }, limit: 1 }, admin);
      expect(r.data!.dishonestyRecords.total, status).toBeGreaterThan(0);
    }
    expect((await t.gql(DishonestyRecordsDocument, { filter: { disputed: true } }, admin)).data!.dishonestyRecords.total).toBeGreaterThan(0);
    expect((await t.gql(DishonestyRecordsDocument, { filter: { repaired: true } }, admin)).data!.dishonestyRecords.total).toBeGreaterThan(0);
    expect((await t.gql(DishonestyRecordsDocument, { filter: { categories: ['RECTIFICATION_OVERDUE'] } }, admin)).data!.dishonestyRecords.total).toBeGreaterThan(0);
  });

  it('has commitments in every state and rectifications open, verified and overdue', async () => {
    for (const status of ['PENDING', 'FULFILLED', 'BROKEN', 'WAIVED'] as const) {
      const c = await t.gql(CommitmentsDocument, { filter: { statuses: [status] }, limit: 1 }, admin);
      expect(c.data!.commitments.total, status).toBeGreaterThan(0);
    }
    for (const status of ['OPEN', 'VERIFIED', 'OVERDUE'] as const) {
      const r = await t.gql(RectificationsDocument, { filter: { statuses: [status] } }, admin);
      expect(r.data!.rectifications.total, status).toBeGreaterThan(0);
    }
  });

  it('reads a page of records with subjects, units and measures in a constant number of statements', async () => {
    // Both pages hold records about units and about people, so the same batches run. The first
    // page's total is counted before measuring: the two pages then share it (list-totals.test.ts).
    await t.gql(DishonestyRecordsDocument, { limit: 1 }, admin);
    const half = await t.countQueries(() => t.gql(DishonestyRecordsDocument, { limit: 15 }, admin));
    const all = await t.countQueries(() => t.gql(DishonestyRecordsDocument, { limit: 100 }, admin));
    const page = (await t.gql(DishonestyRecordsDocument, { limit: 15 }, admin)).data!.dishonestyRecords.items;
    expect(new Set(page.map((r) => r.subjectType)).size).toBe(2);
    expect(all).toBe(half);
    expect(all).toBeLessThanOrEqual(8);
  });
});
