import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MeDocument, UnitsDocument } from '../generated/graphql';
import { startTestApp, type TestApp } from '../helpers/test-app';

describe('smoke', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(async () => t?.close());

  it('signs in as admin and lists the seeded units', async () => {
    const token = await t.login('admin');
    const me = await t.gql(MeDocument, {}, token);
    expect(me.data?.me.username).toBe('admin');
    const units = await t.gql(UnitsDocument, { limit: 100 }, token);
    expect(units.errors).toBeUndefined();
    expect(units.data?.units.total).toBe(37);
  });
});
