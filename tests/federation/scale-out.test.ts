import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { MikroORM } from '@mikro-orm/core';
import { closeDatabase, openDatabase } from '../../server/src/app/orm';
import { createApp, type App } from '../../server/src/app/server';
import { claimRound, runRound } from '../../server/src/jobs/scheduler';
import { User } from '../../server/src/modules/auth/user.entity';
import { Unit } from '../../server/src/modules/organisation/unit.entity';
import { startTestApp, type TestApp } from '../helpers/test-app';
import { startRouter, type EndUser, type Router } from './router';

const SECRET = crypto.randomBytes(24).toString('base64url');
const IDENTITY_KEY = crypto.randomBytes(32).toString('hex');
const SUBGRAPH_SDL = fs.readFileSync(path.resolve(__dirname, '../../schema/subgraph.graphql'), 'utf8');
const HOUR = 3_600_000;

const leaseAge = async (orm: MikroORM, ms: number) =>
  orm.em.fork().getConnection().execute(`update scheduler_lease set started_at = now() - make_interval(secs => ?)`, [ms / 1000]);

describe('the scheduler lease', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp({ seed: false });
  });
  afterAll(async () => t?.close());

  it('gives a round to one instance, refuses the next one within half an interval, and lets another take over after', async () => {
    expect(await claimRound(t.orm, 'instance-a', HOUR / 2)).toBe(true);
    expect(await claimRound(t.orm, 'instance-b', HOUR / 2)).toBe(false);
    expect(await claimRound(t.orm, 'instance-a', HOUR / 2)).toBe(false);
    // Instance a stopped: once the round is due, b runs it.
    await leaseAge(t.orm, HOUR / 2 + 1000);
    expect(await claimRound(t.orm, 'instance-b', HOUR / 2)).toBe(true);
    const [row] = await t.em().getConnection().execute<{ holder: string }[]>('select holder from scheduler_lease');
    expect(row.holder).toBe('instance-b');
  });
});

// PGlite is one in-process connection to an in-memory database: a second
// server instance cannot open the same database, so scale-out needs PostgreSQL.
describe.skipIf(!process.env.DATABASE_URL)('two server instances on one PostgreSQL behind the gateway (PostgreSQL only)', () => {
  let t: TestApp;
  let second: { app: App; orm: MikroORM; url: string; statements: () => number };
  let router: Router;
  let admin: EndUser;

  beforeAll(async () => {
    t = await startTestApp({ routerSecret: SECRET, routerIdentityKey: IDENTITY_KEY });
    let statements = 0;
    const orm = await openDatabase({ databaseUrl: t.databaseUrl, onQuery: (m) => void (m.includes('[query]') && (statements += 1)) });
    const app = await createApp({ orm, consoleDir: '/nonexistent', routerSecret: SECRET, routerIdentityKey: IDENTITY_KEY });
    const port = await app.listen(0, '127.0.0.1');
    second = { app, orm, url: `http://127.0.0.1:${port}/graphql`, statements: () => statements };
    router = await startRouter([{ name: 'integrity', sdl: SUBGRAPH_SDL, urls: [t.url, second.url] }], {
      subgraph: 'integrity',
      secret: SECRET,
      identityKey: IDENTITY_KEY,
    });
    const u = await t.em().findOneOrFail(User, { username: 'admin' });
    admin = { claims: { sub: u.id, username: u.username, roles: u.roles } };
  });
  afterAll(async () => {
    await router?.stop();
    await second?.app.stop();
    if (second) await closeDatabase(second.orm);
    await t?.close();
  });

  it('spreads requests over both instances, and each serves from the shared database', async () => {
    const before = second.statements();
    const answers: number[] = [];
    const firstStatements = await t.countQueries(async () => {
      for (let i = 0; i < 6; i += 1) {
        const res = await router.run('{ units(limit: 5) { total items { code } } }', {}, admin);
        expect(res.errors).toBeUndefined();
        answers.push(res.data.units.total);
      }
    });
    expect(new Set(answers).size).toBe(1);
    expect(router.sent.get(t.url)).toBe(3);
    expect(router.sent.get(second.url)).toBe(3);
    expect(firstStatements).toBeGreaterThan(0);
    expect(second.statements() - before).toBeGreaterThan(0);
  });

  it('shows a change made through one instance on the next request, served by the other', async () => {
    const code = `SCALE-${crypto.randomBytes(3).toString('hex')}`;
    const bureau = await t.em().findOneOrFail(Unit, { parent: null });
    const created = await router.run(
      'mutation ($input: CreateUnitInput!) { createUnit(input: $input) { id code } }',
      { input: { code, name: `横向扩展测试单位 ${code}`, kind: 'AFFILIATED_UNIT', parentId: bureau.id } },
      admin,
    );
    expect(created.errors).toBeUndefined();
    const sentBefore = new Map(router.sent);
    const read = await router.run('query ($code: String!) { unitByCode(code: $code) { id } }', { code }, admin);
    expect(read.data.unitByCode.id).toBe(created.data.createUnit.id);
    // The two requests went to different instances.
    const changed = [...router.sent].filter(([url, n]) => n !== (sentBefore.get(url) ?? 0)).map(([url]) => url);
    expect(changed).toHaveLength(1);
    expect(router.sent.get(t.url)! + router.sent.get(second.url)!).toBe(8);
  });

  it('runs a round of scheduled jobs on exactly one instance when both ask at once', async () => {
    await t.em().getConnection().execute('delete from scheduler_lease');
    const [a, b] = await Promise.all([runRound(t.orm, 'instance-a', HOUR / 2), runRound(second.orm, 'instance-b', HOUR / 2)]);
    expect([a.ran, b.ran].filter(Boolean)).toHaveLength(1);
    const winner = a.ran ? a : b;
    expect(Object.keys(winner.reports)).toEqual([
      'credit deadlines',
      'judgment deadlines',
      'policy deadlines',
      'campaign deadlines',
      'warning scan',
      'audit checkpoint',
    ]);
    expect(Object.values(winner.reports).filter((r) => 'error' in r)).toEqual([]);
    // The other instance's next tick inside the interval does nothing.
    expect((await runRound(a.ran ? second.orm : t.orm, 'late', HOUR / 2)).ran).toBe(false);
  });

  it('runs ten simultaneous rounds from both instances once in all', async () => {
    await leaseAge(t.orm, HOUR);
    const rounds = await Promise.all(
      Array.from({ length: 10 }, (_, i) => runRound(i % 2 ? second.orm : t.orm, `instance-${i}`, HOUR / 2)),
    );
    expect(rounds.filter((r) => r.ran)).toHaveLength(1);
  });
});
