import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { composeServices } from '@apollo/composition';
import { parse } from 'graphql';
import { User } from '../../server/src/modules/auth/user.entity';
import { Enterprise } from '../../server/src/modules/enterprise/enterprise.entity';
import { Unit } from '../../server/src/modules/organisation/unit.entity';
import { startTestApp, type TestApp } from '../helpers/test-app';
import { MARKET_SDL, startMarketPeer, type Licence, type MarketPeer } from './peers/market';
import { startRouter, type EndUser, type Router } from './router';

const SECRET = crypto.randomBytes(24).toString('base64url');
const IDENTITY_KEY = crypto.randomBytes(32).toString('hex');
const SUBGRAPH_SDL = fs.readFileSync(path.resolve(__dirname, '../../schema/subgraph.graphql'), 'utf8');

const INSPECTIONS = `{
  inspections {
    id result
    enterprise { creditCode name listedNow licence { status } }
    jointUnit { code name }
  }
}`;

describe('our subgraph and market regulation’s behind one gateway', () => {
  let t: TestApp;
  let market: MarketPeer;
  let router: Router;
  let enterprises: Enterprise[];
  let ownUnit: Unit;
  let otherUnit: Unit;
  const as: Record<string, EndUser> = {};

  beforeAll(async () => {
    t = await startTestApp({ routerSecret: SECRET, routerIdentityKey: IDENTITY_KEY });
    const em = t.em();
    for (const u of await em.find(User, { username: { $in: ['admin', 'analyst', 'reporter'] } })) {
      as[u.username] = { claims: { sub: u.id, username: u.username, roles: u.roles } };
    }
    const reporter = await em.findOneOrFail(User, { username: 'reporter' }, { populate: ['unit'] });
    ownUnit = reporter.unit!.getEntity();
    otherUnit = await em.findOneOrFail(Unit, { id: { $ne: ownUnit.id }, parent: { $ne: null } });
    enterprises = await em.find(Enterprise, {}, { orderBy: { creditCode: 'ASC' }, limit: 3 });
    const licences = new Map<string, Licence>([
      [enterprises[0].creditCode, { status: 'VALID', registrationAuthority: '郏县市场监督管理局', issuedOn: '2019-04-02' }],
      [enterprises[1].creditCode, { status: 'SUSPENDED', registrationAuthority: '平顶山市市场监督管理局', issuedOn: '2016-09-12' }],
    ]);
    market = await startMarketPeer(licences, [
      { id: 'INS-1', creditCode: enterprises[0].creditCode, unitCode: ownUnit.code, result: '未发现问题' },
      { id: 'INS-2', creditCode: enterprises[1].creditCode, unitCode: otherUnit.code, result: '责令整改' },
    ]);
    router = await startRouter(
      [
        { name: 'integrity', sdl: SUBGRAPH_SDL, urls: [t.url] },
        { name: 'market', sdl: MARKET_SDL, urls: [market.url] },
      ],
      { subgraph: 'integrity', secret: SECRET, identityKey: IDENTITY_KEY },
    );
  });
  afterAll(async () => {
    await router?.stop();
    await market?.stop();
    await t?.close();
  });

  it('composes both subgraphs without hints', () => {
    expect(router.hints).toEqual([]);
  });

  it('composes the subgraphs that supergraph.yaml names, without errors or hints', () => {
    const config = fs.readFileSync(path.resolve(__dirname, '../../supergraph.yaml'), 'utf8');
    // name → file, from the `subgraphs:` entries (two-space names, `file:` below each).
    const entries = [...config.matchAll(/^ {2}(\w[\w-]*):\n(?:^ {4}.*\n)*?^ {6}file: (\S+)$/gm)].map((m) => ({ name: m[1], file: m[2] }));
    expect(entries.map((e) => e.name)).toEqual(['integrity', 'market']);
    const result = composeServices(
      entries.map((e) => ({ name: e.name, typeDefs: parse(fs.readFileSync(path.resolve(__dirname, '../..', e.file), 'utf8')), url: 'http://localhost/graphql' })),
    );
    expect(result.errors).toBeUndefined();
    expect((result.hints ?? []).map(String)).toEqual([]);
  });

  it('answers our query with the licence from market regulation (our root, their field)', async () => {
    const res = await router.run(
      'query ($code: String!) { enterpriseByCreditCode(creditCode: $code) { name status licence { status registrationAuthority } } }',
      { code: enterprises[1].creditCode },
      as.analyst,
    );
    expect(res.errors).toBeUndefined();
    expect(res.data.enterpriseByCreditCode).toEqual({
      name: enterprises[1].name,
      status: enterprises[1].status,
      licence: { status: 'SUSPENDED', registrationAuthority: '平顶山市市场监督管理局' },
    });
  });

  it('asks market regulation once for a whole page of enterprises', async () => {
    const before = market.referencesResolved();
    const res = await router.run('{ enterprises(limit: 100) { total items { creditCode licence { status } } } }', {}, as.analyst);
    expect(res.errors).toBeUndefined();
    const items = res.data.enterprises.items as { creditCode: string; licence: { status: string } | null }[];
    expect(items.find((e) => e.creditCode === enterprises[0].creditCode)?.licence).toEqual({ status: 'VALID' });
    expect(items.filter((e) => e.licence === null)).toHaveLength(items.length - 2);
    expect(market.referencesResolved() - before).toBe(items.length);
  });

  it('answers market regulation’s query with our enterprises and units (their root, our fields)', async () => {
    const res = await router.run(INSPECTIONS, {}, as.analyst);
    expect(res.errors).toBeUndefined();
    expect(res.data.inspections).toEqual([
      {
        id: 'INS-1',
        result: '未发现问题',
        enterprise: { creditCode: enterprises[0].creditCode, name: enterprises[0].name, listedNow: expect.any(Boolean), licence: { status: 'VALID' } },
        jointUnit: { code: ownUnit.code, name: ownUnit.name },
      },
      {
        id: 'INS-2',
        result: '责令整改',
        enterprise: { creditCode: enterprises[1].creditCode, name: enterprises[1].name, listedNow: expect.any(Boolean), licence: { status: 'SUSPENDED' } },
        jointUnit: { code: otherUnit.code, name: otherUnit.name },
      },
    ]);
  });

  it('keeps personal data of ours out of a peer’s answer unless the end user is cleared for it', async () => {
    const query = '{ inspections { id enterprise { creditCode legalRepresentative } } }';
    const analyst = await router.run(query, {}, as.analyst);
    expect(analyst.errors?.[0].extensions).toMatchObject({ code: 'FORBIDDEN', reason: 'NOT_FEDERATED' });
    expect(enterprises[0].legalRepresentative).toBeTruthy();
    expect(JSON.stringify(analyst.data ?? null)).not.toContain(enterprises[0].legalRepresentative!);

    const admin = await router.run(query, {}, as.admin);
    expect(admin.errors).toBeUndefined();
    expect(admin.data.inspections[0].enterprise.legalRepresentative).toBe(enterprises[0].legalRepresentative);
  });

  it('applies a unit reporter’s scope when a peer leads into our units', async () => {
    const res = await router.run('{ inspections { id jointUnit { code name } } }', {}, as.reporter);
    const byId = Object.fromEntries((res.data.inspections as { id: string; jointUnit: unknown }[]).map((i) => [i.id, i.jointUnit]));
    expect(byId['INS-1']).toEqual({ code: ownUnit.code, name: ownUnit.name });
    // The other unit is out of the reporter's scope: the name is not given.
    expect(JSON.stringify(res.data)).not.toContain(otherUnit.name);
  });

  it('gives nothing of ours to an end user the router did not identify', async () => {
    const res = await router.run(INSPECTIONS, {}, {});
    expect(res.errors?.some((e) => e.extensions?.code === 'UNAUTHENTICATED')).toBe(true);
    expect(JSON.stringify(res.data ?? null)).not.toContain(enterprises[0].name);
  });

  it('passes our own sign-in token through the gateway', async () => {
    const login = await router.run(
      'mutation ($u: String!, $p: String!) { login(username: $u, password: $p) { token } }',
      { u: 'leader', p: 'Chengxin@2026' },
    );
    const token = login.data.login.token as string;
    const res = await router.run('{ me { username } inspections { jointUnit { name } } }', {}, { token });
    expect(res.errors).toBeUndefined();
    expect(res.data.me.username).toBe('leader');
    expect(res.data.inspections.map((i: { jointUnit: { name: string } }) => i.jointUnit.name)).toEqual([ownUnit.name, otherUnit.name]);
  });
});
