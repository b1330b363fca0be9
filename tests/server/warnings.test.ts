import http from 'node:http';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { setToday } from '../../server/src/app/clock';
import {
  CreateCommitmentDocument,
  MarkNotificationsReadDocument,
  MeDocument,
  MyNotificationsDocument,
  RegisterComplaintDocument,
  RunWarningScanDocument,
  UnitByCodeDocument,
  WarningsDocument,
} from '../generated/graphql';
import { errorCode, startTestApp, type TestApp } from '../helpers/test-app';

describe('early warnings (监测预警) and notifications', () => {
  let t: TestApp;
  let admin: string;
  let discipline: string;
  let reporter: string;
  let unitId: string;
  let commitmentId: string;
  const hooks: any[] = [];
  let hookServer: http.Server;

  beforeAll(async () => {
    t = await startTestApp();
    [admin, discipline, reporter] = await Promise.all([t.login('admin'), t.login('discipline'), t.login('reporter')]);
    unitId = (await t.gql(MeDocument, {}, reporter)).data!.me.unit!.id;
    hookServer = http.createServer((req, res) => {
      let body = '';
      req.on('data', (c) => (body += c));
      req.on('end', () => {
        hooks.push(JSON.parse(body));
        res.end('ok');
      });
    });
    await new Promise<void>((r) => hookServer.listen(0, '127.0.0.1', () => r()));
    const port = (hookServer.address() as { port: number }).port;
    process.env.WARNING_WEBHOOK_URL = `http://127.0.0.1:${port}/hook`;
    setToday('2026-01-02');
    commitmentId = (await t.gql(CreateCommitmentDocument, {
      input: { subjectType: 'UNIT', subjectId: unitId, kind: 'DEADLINE', content: '1月11日前完成年度非税收入清算', madeOn: '2026-01-01', dueOn: '2026-01-11' },
    }, reporter)).data!.createCommitment.id;
  });
  afterEach(() => setToday(undefined));
  afterAll(async () => {
    delete process.env.WARNING_WEBHOOK_URL;
    hookServer?.close();
    await t?.close();
  });

  const mine = async (token: string, day: string) => {
    setToday(day);
    const board = await t.gql(WarningsDocument, { limit: 100 }, token);
    return { board: board.data!.warnings, item: board.data!.warnings.items.find((w) => w.entityId === commitmentId) };
  };

  it('turns yellow at 80% of the time limit and red once it has passed', async () => {
    expect((await mine(admin, '2026-01-08')).item).toBeUndefined();
    const yellow = (await mine(admin, '2026-01-09')).item!;
    expect(yellow).toMatchObject({ level: 'YELLOW', kind: 'COMMITMENT', daysLeft: 2, elapsedPercent: 80, responsibleUnit: { id: unitId } });
    const red = (await mine(admin, '2026-01-12')).item!;
    expect(red).toMatchObject({ level: 'RED', daysLeft: -1 });
  });

  it('shows a unit reporter only its own unit’s warnings', async () => {
    const { board } = await mine(reporter, '2026-01-12');
    expect(board.items.length).toBeGreaterThan(0);
    expect(new Set(board.items.map((w) => w.responsibleUnit.id))).toEqual(new Set([unitId]));
  });

  it('warns the bureau’s complaint section when acceptance is near its deadline', async () => {
    setToday('2026-03-02');
    const c = (await t.gql(RegisterComplaintDocument, {
      input: { channel: 'HOTLINE', category: 'DELAY', title: '补贴发放拖延', content: '补贴至今未发放到位，请尽快核实处理。', anonymous: true },
    }, discipline)).data!.registerComplaint.complaint;
    // 6 of the 7 calendar days to Monday 9 March have passed.
    setToday('2026-03-08');
    const board = (await t.gql(WarningsDocument, { kinds: ['COMPLAINT_ACCEPTANCE'] }, admin)).data!.warnings;
    const w = board.items.find((x) => x.entityId === c.id)!;
    expect(w).toMatchObject({ level: 'YELLOW', dueOn: '2026-03-09', responsibleUnit: { name: '纪检监察室' } });
  });

  it('notifies the responsible unit once per level, red also to 纪检监察室, and calls the webhook', async () => {
    setToday('2026-01-09');
    expect(errorCode(await t.gql(RunWarningScanDocument, {}, discipline))).toBe('FORBIDDEN');
    const first = (await t.gql(RunWarningScanDocument, {}, admin)).data!.runWarningScan;
    expect(first.ran).toBe(true);
    expect(first.notificationsCreated).toBeGreaterThan(0);
    const again = (await t.gql(RunWarningScanDocument, {}, admin)).data!.runWarningScan;
    expect(again.notificationsCreated).toBe(0);
    let inbox = (await t.gql(MyNotificationsDocument, { unreadOnly: true }, reporter)).data!.myNotifications;
    const yellow = inbox.items.filter((n) => n.entityId === commitmentId);
    expect(yellow.map((n) => n.level)).toEqual(['YELLOW']);
    expect(yellow[0].title).toContain('黄色预警');
    expect(hooks.some((h) => h.warnings.some((w: any) => w.entityId === commitmentId && w.level === 'YELLOW'))).toBe(true);
    expect((await t.gql(MyNotificationsDocument, {}, discipline)).data!.myNotifications.items.some((n) => n.entityId === commitmentId)).toBe(false);

    setToday('2026-01-12');
    await t.gql(RunWarningScanDocument, {}, admin);
    inbox = (await t.gql(MyNotificationsDocument, { unreadOnly: true }, reporter)).data!.myNotifications;
    expect(inbox.items.filter((n) => n.entityId === commitmentId).map((n) => n.level).sort()).toEqual(['RED', 'YELLOW']);
    const forDiscipline = (await t.gql(MyNotificationsDocument, {}, discipline)).data!.myNotifications.items.filter((n) => n.entityId === commitmentId);
    expect(forDiscipline.map((n) => n.level)).toEqual(['RED']);

    const read = await t.gql(MarkNotificationsReadDocument, { ids: [yellow[0].id] }, reporter);
    expect(read.data!.markNotificationsRead).toBe(1);
    const after = (await t.gql(MyNotificationsDocument, { unreadOnly: true }, reporter)).data!.myNotifications;
    expect(after.unread).toBe(inbox.unread - 1);
    // Nobody can mark another user's notifications.
    expect((await t.gql(MarkNotificationsReadDocument, { ids: [forDiscipline[0].id] }, reporter)).data!.markNotificationsRead).toBe(0);
  });

  it('refuses a malformed unit filter with the field named', async () => {
    const r = await t.gql(WarningsDocument, { unitId: 'not-a-uuid' }, admin);
    expect(r.errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'unitId' });
    expect((await t.gql(UnitByCodeDocument, { code: 'JXCZ' }, admin)).data!.unitByCode.code).toBe('JXCZ');
  });
});
