import crypto from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { routerIdentity, signIdentity, type IdentityClaims } from '../../server/src/app/identity';
import { Role } from '../../server/src/app/roles';
import { routerGate } from '../../server/src/app/router-gate';
import { User } from '../../server/src/modules/auth/user.entity';
import { Person } from '../../server/src/modules/organisation/person.entity';
import { startTestApp, type TestApp } from '../helpers/test-app';

const SECRET = crypto.randomBytes(24).toString('base64url');
const IDENTITY_KEY = crypto.randomBytes(32).toString('hex');

const PEOPLE = `query ($representations: [_Any!]!) {
  _entities(representations: $representations) { ... on Person { id unit { code } } }
}`;

describe('subgraph behind a router (ROUTER_SECRET and ROUTER_IDENTITY_KEY set)', () => {
  let t: TestApp;
  let users: Map<string, User>;
  let ownPerson: string;
  let otherPerson: string;

  const claimsOf = (username: string, overrides: Partial<IdentityClaims> = {}): IdentityClaims => {
    const u = users.get(username)!;
    return { sub: u.id, username, roles: u.roles, exp: Math.floor(Date.now() / 1000) + 60, ...overrides };
  };
  const asRouter = (identity?: string): Record<string, string> => ({
    'x-router-secret': SECRET,
    ...(identity ? { 'x-integrity-identity': identity } : {}),
  });

  beforeAll(async () => {
    t = await startTestApp({ routerSecret: SECRET, routerIdentityKey: IDENTITY_KEY });
    const em = t.em();
    users = new Map((await em.find(User, {})).map((u) => [u.username, u]));
    const reporterUnit = users.get('reporter')!.unit!.id;
    ownPerson = (await em.findOneOrFail(Person, { unit: reporterUnit })).id;
    otherPerson = (await em.findOneOrFail(Person, { unit: { $ne: reporterUnit } })).id;
  });
  afterAll(async () => t?.close());

  it('refuses a request without the router secret, _service included, with 401 ROUTER_REQUIRED', async () => {
    const res = await t.post({ query: '{ _service { sdl } }' });
    expect(res.status).toBe(401);
    expect(res.json.errors[0].extensions).toEqual({ code: 'ROUTER_REQUIRED', reason: 'ROUTER_SECRET_MISSING' });
    expect(res.json.data).toBeUndefined();
  });

  it('refuses _entities with a wrong secret with 403, even with a valid sign-in token', async () => {
    const res = await t.post(
      { query: PEOPLE, variables: { representations: [{ __typename: 'Person', id: ownPerson }] } },
      { 'x-router-secret': `${SECRET}x` },
    );
    expect(res.status).toBe(403);
    expect(res.json.errors[0].extensions.reason).toBe('ROUTER_SECRET_WRONG');
    expect(JSON.stringify(res.json)).not.toContain(ownPerson);
  });

  it('refuses before parsing: malformed JSON without the secret gets the router error, not a parse error', async () => {
    const res = await t.post('{"query": "{ _service { sdl', {});
    expect(res.status).toBe(401);
    expect(res.json.errors[0].extensions.code).toBe('ROUTER_REQUIRED');
  });

  it('keeps /health open for load balancers', async () => {
    const res = await fetch(t.url.replace(/\/graphql$/, '/health'));
    expect(res.status).toBe(200);
  });

  it('answers the router: _service gives the SDL with keys and the federated tags', async () => {
    const res = await t.post({ query: '{ _service { sdl } }' }, asRouter());
    expect(res.status).toBe(200);
    expect(res.json.data._service.sdl).toContain('@key(fields: "creditCode")');
    expect(res.json.data._service.sdl).toContain('@tag(name: "federated")');
  });

  it('treats a routed request without an identity as anonymous', async () => {
    const res = await t.post({ query: PEOPLE, variables: { representations: [{ __typename: 'Person', id: ownPerson }] } }, asRouter());
    expect(res.json.errors[0].extensions.code).toBe('UNAUTHENTICATED');
    expect(res.json.data._entities).toEqual([null]);
  });

  it('accepts a signed identity and applies its data scope to _entities', async () => {
    const identity = signIdentity(claimsOf('reporter'), IDENTITY_KEY);
    const res = await t.post(
      {
        query: PEOPLE,
        variables: {
          representations: [
            { __typename: 'Person', id: ownPerson },
            { __typename: 'Person', id: otherPerson },
          ],
        },
      },
      asRouter(identity),
    );
    expect(res.json.errors).toBeUndefined();
    expect(res.json.data._entities[0]).toMatchObject({ id: ownPerson });
    // Another unit's staff member is out of a unit reporter's scope, as in `person(id)`.
    expect(res.json.data._entities[1]).toBeNull();
  });

  it('applies the same access rules to the forwarded user as to a signed-in one', async () => {
    const reporter = signIdentity(claimsOf('reporter'), IDENTITY_KEY);
    const admin = signIdentity(claimsOf('admin'), IDENTITY_KEY);
    const query = '{ users(limit: 1) { total } }';
    const refused = await t.post({ query }, asRouter(reporter));
    expect(refused.json.errors[0].extensions.code).toBe('FORBIDDEN');
    const allowed = await t.post({ query }, asRouter(admin));
    expect(allowed.json.data.users.total).toBeGreaterThan(5);
  });

  it('never widens roles: a validly signed claim of ADMIN for the unit reporter leaves it anonymous', async () => {
    const identity = signIdentity(claimsOf('reporter', { roles: [Role.ADMIN] }), IDENTITY_KEY);
    const res = await t.post({ query: '{ me { username } }' }, asRouter(identity));
    expect(res.json.errors[0].extensions.code).toBe('UNAUTHENTICATED');
  });

  it('refuses a forged identity (wrong key or altered claims) with 401 IDENTITY_INVALID', async () => {
    const forged = signIdentity(claimsOf('admin'), crypto.randomBytes(32).toString('hex'));
    const res = await t.post({ query: '{ me { username } }' }, asRouter(forged));
    expect(res.status).toBe(401);
    expect(res.json.errors[0].extensions).toEqual({ code: 'UNAUTHENTICATED', reason: 'IDENTITY_INVALID' });

    const genuine = signIdentity(claimsOf('reporter'), IDENTITY_KEY);
    const altered = `${Buffer.from(JSON.stringify(claimsOf('admin'))).toString('base64url')}.${genuine.split('.')[1]}`;
    const res2 = await t.post({ query: '{ me { username } }' }, asRouter(altered));
    expect(res2.json.errors[0].extensions.reason).toBe('IDENTITY_INVALID');
  });

  it('refuses an expired identity with 401 IDENTITY_EXPIRED', async () => {
    const expired = signIdentity(claimsOf('admin', { exp: Math.floor(Date.now() / 1000) - 5 }), IDENTITY_KEY);
    const res = await t.post({ query: '{ me { username } }' }, asRouter(expired));
    expect(res.status).toBe(401);
    expect(res.json.errors[0].extensions.reason).toBe('IDENTITY_EXPIRED');
  });

  it('passes a sign-in token through the router like a direct request', async () => {
    const login = await t.post(
      { query: 'mutation ($u: String!, $p: String!) { login(username: $u, password: $p) { token } }', variables: { u: 'leader', p: 'Chengxin@2026' } },
      asRouter(),
    );
    const token = login.json.data.login.token as string;
    const res = await t.post({ query: '{ me { username } }' }, { ...asRouter(), authorization: `Bearer ${token}` });
    expect(res.json.data.me.username).toBe('leader');
  });
});

describe('subgraph without a router', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp({ seed: false });
  });
  afterAll(async () => t?.close());

  it('refuses a forwarded identity header instead of ignoring it', async () => {
    const res = await t.post(
      { query: '{ __typename }' },
      { 'x-integrity-identity': signIdentity({ sub: crypto.randomUUID(), username: 'admin', roles: [Role.ADMIN], exp: Date.now() / 1000 + 60 }, IDENTITY_KEY) },
    );
    expect(res.status).toBe(401);
    expect(res.json.errors[0].extensions.reason).toBe('IDENTITY_NOT_ACCEPTED');
  });

  it('refuses to start with a router secret or identity key too short to resist guessing', () => {
    expect(() => routerGate('short')).toThrow(/at least 32/);
    expect(() => routerIdentity('short')).toThrow(/at least 32/);
  });
});
