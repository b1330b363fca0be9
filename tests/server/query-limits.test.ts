import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../helpers/test-app';

describe('query limits (hostile queries)', () => {
  let t: TestApp;
  let admin: string;

  beforeAll(async () => {
    t = await startTestApp({ seed: true });
    admin = await t.login('admin');
  });
  afterAll(async () => t?.close());

  const auth = () => ({ authorization: `Bearer ${admin}` });

  it('refuses a query nested deeper than 8 levels before running it', async () => {
    const deep = '{ units(limit: 1) { items { parent { parent { parent { parent { parent { parent { parent { parent { name } } } } } } } } } } }';
    const { json } = await t.post({ query: deep }, auth());
    expect(json.data).toBeUndefined();
    expect(json.errors[0].extensions.code).toBe('GRAPHQL_VALIDATION_FAILED');
    expect(json.errors[0].message).toMatch(/depth/i);
  });

  it('refuses more than 15 aliases', async () => {
    const aliases = Array.from({ length: 16 }, (_, i) => `a${i}: me { id }`).join(' ');
    const { json } = await t.post({ query: `{ ${aliases} }` }, auth());
    expect(json.errors[0].extensions.code).toBe('GRAPHQL_VALIDATION_FAILED');
    expect(json.errors[0].message).toMatch(/alias/i);
  });

  it('refuses batched requests and does not suggest field names', async () => {
    const batch = await t.post([{ query: '{ me { id } }' }, { query: '{ me { id } }' }], auth());
    expect(batch.status).toBe(400);
    const { json } = await t.post({ query: '{ me { usernam } }' }, auth());
    expect(json.errors[0].extensions.code).toBe('GRAPHQL_VALIDATION_FAILED');
    expect(json.errors[0].message).not.toMatch(/Did you mean/);
  });

  it('still answers the console’s and the router’s ordinary queries, and introspection', async () => {
    const ok = await t.post({ query: '{ people(limit: 100) { total items { name unit { name parent { name } } } } }' }, auth());
    expect(ok.json.errors).toBeUndefined();
    const intro = await t.post({ query: '{ __schema { types { name fields { name type { name ofType { name ofType { name ofType { name } } } } } } } }' }, auth());
    expect(intro.json.errors).toBeUndefined();
  });
});
