import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { operationFor, rootFields } from '../helpers/schema-ops';
import { startTestApp, type TestApp } from '../helpers/test-app';

const INTROSPECTION = '{ __schema { queryType { name } } }';

describe('HTTP hardening', () => {
  let t: TestApp;
  const tokens: Record<string, string> = {};
  const bearer = (who: string) => ({ authorization: `Bearer ${tokens[who]}` });

  beforeAll(async () => {
    t = await startTestApp();
    for (const who of ['admin', 'analyst', 'discipline', 'reporter']) tokens[who] = await t.login(who);
  });
  afterAll(async () => t?.close());

  it('sends security headers and forbids caching of API answers', async () => {
    const res = await fetch(t.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...bearer('admin') },
      body: JSON.stringify({ query: '{ me { username } }' }),
    });
    expect(res.status).toBe(200);
    expect(res.headers.get('cache-control')).toBe('no-store');
    expect(res.headers.get('x-content-type-options')).toBe('nosniff');
    expect(res.headers.get('x-frame-options')).toBe('SAMEORIGIN');
    expect(res.headers.get('referrer-policy')).toBe('no-referrer');
    expect(res.headers.get('strict-transport-security')).toMatch(/max-age=\d+/);
    expect(res.headers.get('content-security-policy')).toMatch(/default-src 'self'/);
    expect(res.headers.get('content-security-policy')).not.toMatch(/upgrade-insecure-requests/);
    expect(res.headers.get('x-powered-by')).toBeNull();
    const health = await fetch(t.url.replace(/\/graphql$/, '/health'));
    expect(health.headers.get('x-content-type-options')).toBe('nosniff');
  });

  it('blocks a GET request without a preflight header as a possible cross-site request forgery', async () => {
    const url = `${t.url}?query=${encodeURIComponent('{ __typename }')}`;
    const simple = await fetch(url);
    expect(simple.status).toBe(400);
    expect(await simple.text()).toMatch(/Cross-Site Request Forgery/i);
    const preflighted = await fetch(url, { headers: { 'apollo-require-preflight': 'true' } });
    expect(preflighted.status).toBe(200);
    expect(((await preflighted.json()) as any).data).toEqual({ __typename: 'Query' });
    // A form post is a simple request too.
    const form = await fetch(t.url, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: 'query=%7B__typename%7D',
    });
    expect(form.status).toBe(400);
  });

  it('refuses a body over 1 MB and malformed JSON with a typed error and no stack trace', async () => {
    const big = await t.post({ query: '{ __typename }', variables: { pad: 'x'.repeat(1_100_000) } });
    expect(big.status).toBe(413);
    expect(big.json.errors[0].extensions.code).toBe('PAYLOAD_TOO_LARGE');
    const broken = await t.post('{"query": "{ __typename }"');
    expect(broken.status).toBe(400);
    expect(broken.json.errors[0].extensions.code).toBe('BAD_REQUEST');
    for (const r of [big, broken]) expect(JSON.stringify(r.json)).not.toMatch(/node_modules|\bat \w+ \(/);
  });

  it('answers syntax errors and documents over 3,000 tokens as client errors, never 5xx', async () => {
    const send = async (query: string, accept: string) => {
      const res = await fetch(t.url, {
        method: 'POST',
        headers: { 'content-type': 'application/json', accept },
        body: JSON.stringify({ query }),
      });
      return { status: res.status, json: (await res.json()) as any };
    };
    const modern = 'application/graphql-response+json';
    const broken = await send('{ me { ', modern);
    expect(broken.status).toBe(400);
    expect(broken.json.errors[0].extensions.code).toBe('GRAPHQL_PARSE_FAILED');
    const long = await send(`{ ${Array.from({ length: 3100 }, () => 'a').join(' ')} }`, modern);
    expect(long.status).toBe(400);
    expect(long.json.errors[0].extensions.code).toBe('GRAPHQL_PARSE_FAILED');
    expect(long.json.errors[0].message).toMatch(/3000 tokens/);
    // A client that takes only application/json gets them with 200, as GraphQL over HTTP asks.
    const legacy = await send('{ me { ', 'application/json');
    expect(legacy.status).toBe(200);
    expect(legacy.json.errors[0].extensions.code).toBe('GRAPHQL_PARSE_FAILED');
  });

  it('lets only signed-in administrators and analysts read the schema', async () => {
    const anon = await t.post({ query: INTROSPECTION });
    expect(anon.status).toBe(401);
    expect(anon.json.errors[0].extensions.code).toBe('UNAUTHENTICATED');
    for (const who of ['reporter', 'discipline']) {
      const r = await t.post({ query: INTROSPECTION }, bearer(who));
      expect(r.status, who).toBe(403);
      expect(r.json.errors[0].extensions.code, who).toBe('FORBIDDEN');
      expect(r.json.data, who).toBeUndefined();
    }
    // Hidden in a fragment, a single type, or the federation SDL: still the schema.
    for (const query of [
      'query { ...F } fragment F on Query { __schema { types { name } } }',
      '{ __type(name: "Person") { fields { name } } }',
      '{ _service { sdl } }',
    ]) {
      expect((await t.post({ query }, bearer('reporter'))).json.errors[0].extensions.code, query).toBe('FORBIDDEN');
    }
    for (const who of ['admin', 'analyst']) {
      const r = await t.post({ query: INTROSPECTION }, bearer(who));
      expect(r.json.errors, who).toBeUndefined();
      expect(r.json.data.__schema.queryType.name).toBe('Query');
    }
    // __typename is not introspection: anyone may ask it.
    expect((await t.post({ query: '{ __typename }' })).json.data).toEqual({ __typename: 'Query' });
  });

  it('caps every list at 100 rows a page, and the public portal\'s lists at 20', async () => {
    const lists = rootFields().filter((rf) => rf.root === 'Query' && rf.field.args.some((a) => a.name === 'limit'));
    expect(lists.length).toBeGreaterThan(25);
    expect(lists.filter((rf) => rf.name.startsWith('public')).length).toBeGreaterThanOrEqual(2);
    const problems: string[] = [];
    for (const rf of lists) {
      const max = rf.name.startsWith('public') ? 20 : 100;
      for (const [limit, ok] of [
        [max + 1, false],
        [max, true],
      ] as const) {
        const op = operationFor(rf, { args: { limit } });
        const { json } = await t.post(op, bearer('admin'));
        const code = json.errors?.[0]?.extensions?.code;
        if (ok ? code === 'BAD_USER_INPUT' && json.errors[0].extensions.field === 'limit' : code !== 'BAD_USER_INPUT') {
          problems.push(`${rf.name}(limit: ${limit}): ${code ?? 'ok'}`);
        }
      }
    }
    expect(problems).toEqual([]);
  });
});
