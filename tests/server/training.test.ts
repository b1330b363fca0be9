import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { setToday } from '../../server/src/app/clock';
import {
  CreateTrainingSessionDocument,
  IntegrityFileTrainingDocument,
  MeDocument,
  PeopleDocument,
  RecordTrainingAttendanceDocument,
  TrainingAttendancesDocument,
  TrainingHoursDocument,
  TrainingPolicyDocument,
  TrainingRemindersDocument,
  TrainingSessionDocument,
  TrainingSessionsDocument,
  UnitByCodeDocument,
  UpdateTrainingAttendanceDocument,
  UpdateTrainingPolicyDocument,
  UpdateTrainingSessionDocument,
  WarningsDocument,
  type CreateTrainingSessionInput,
} from '../generated/graphql';
import { errorCode, startTestApp, type TestApp } from '../helpers/test-app';

// The demo data trains staff in the year it is seeded; these tests keep to a year of their own.
const YEAR = 2024;

describe('integrity education (诚信教育)', () => {
  let t: TestApp;
  let admin: string;
  let personnel: string;
  let general: string;
  let reporter: string;
  let leader: string;
  let ownUnitId: string;
  let ownStaff: { id: string; name: string }[];
  let otherPersonId: string;

  beforeAll(async () => {
    t = await startTestApp();
    [admin, personnel, general, reporter, leader] = await Promise.all(
      ['admin', 'personnel', 'general', 'reporter', 'leader'].map((u) => t.login(u)),
    );
    ownUnitId = (await t.gql(MeDocument, {}, reporter)).data!.me.unit!.id;
    ownStaff = (await t.gql(PeopleDocument, { filter: { unitId: ownUnitId, statuses: ['ACTIVE'] }, limit: 100 }, admin)).data!.people.items;
    const otherUnitId = (await t.gql(UnitByCodeDocument, { code: 'JXCZ-T02' }, admin)).data!.unitByCode.id;
    otherPersonId = (await t.gql(PeopleDocument, { filter: { unitId: otherUnitId }, limit: 1 }, admin)).data!.people.items[0].id;
  });
  afterEach(() => setToday(undefined));
  afterAll(async () => t?.close());

  const createSession = async (over: Partial<CreateTrainingSessionInput> = {}, token = personnel) => {
    const r = await t.gql(
      CreateTrainingSessionDocument,
      { input: { topic: '政务诚信专题讲座', kind: 'LECTURE', heldOn: `${YEAR}-03-15`, hours: 4, trainer: '县委党校讲师', audience: '全局干部职工', ...over } },
      token,
    );
    expect(r.errors).toBeUndefined();
    return r.data!.createTrainingSession;
  };
  const hoursOf = async (personId: string, token = admin) =>
    (await t.gql(TrainingHoursDocument, { year: YEAR, unitId: ownUnitId, limit: 100 }, token)).data!.trainingHours.items.find((r) => r.person.id === personId)!;

  it('lets 人事教育股 plan sessions, organised by itself unless told otherwise', async () => {
    const s = await createSession();
    expect(s).toMatchObject({ kind: 'LECTURE', hours: 4, examRequired: false, passMark: 60, organiser: { name: '人事教育股' } });
    expect((await t.gql(CreateTrainingSessionDocument, { input: { topic: '领导干部进修', kind: 'LEADERS_STUDY', heldOn: `${YEAR}-04-01`, hours: 8 } }, admin)).errors).toBeUndefined();
    for (const token of [general, reporter, leader]) {
      expect(errorCode(await t.gql(CreateTrainingSessionDocument, { input: { topic: '越权', kind: 'COURSE', heldOn: `${YEAR}-04-01`, hours: 2 } }, token))).toBe('FORBIDDEN');
    }
    const listed = (await t.gql(TrainingSessionsDocument, { filter: { year: YEAR, kinds: ['LEADERS_STUDY'] } }, reporter)).data!.trainingSessions;
    expect(listed.items.map((x) => x.topic)).toEqual(['领导干部进修']);
  });

  it('records attendance only once the session has taken place', async () => {
    const s = await createSession({ heldOn: `${YEAR}-06-10` });
    setToday(`${YEAR}-06-09`);
    const early = await t.gql(RecordTrainingAttendanceDocument, { input: { sessionId: s.id, entries: [{ personId: ownStaff[0].id, status: 'ATTENDED' }] } }, personnel);
    expect(early.errors![0].extensions).toMatchObject({ code: 'CONFLICT', reason: 'NOT_YET_HELD' });
    setToday(`${YEAR}-06-10`);
    const r = await t.gql(RecordTrainingAttendanceDocument, { input: { sessionId: s.id, entries: [{ personId: ownStaff[0].id, status: 'ATTENDED' }] } }, personnel);
    expect(r.data!.recordTrainingAttendance[0]).toMatchObject({ status: 'ATTENDED', hoursCredited: 4 });
    // Hours and exam rules are fixed once someone is recorded.
    const change = await t.gql(UpdateTrainingSessionDocument, { id: s.id, input: { hours: 6 }, version: s.version }, personnel);
    expect(change.errors![0].extensions).toMatchObject({ code: 'CONFLICT', reason: 'ATTENDANCE_RECORDED', field: 'hours' });
    const renamed = await t.gql(UpdateTrainingSessionDocument, { id: s.id, input: { topic: '政务诚信专题讲座（第二讲）' }, version: s.version }, personnel);
    expect(renamed.data!.updateTrainingSession).toMatchObject({ topic: '政务诚信专题讲座（第二讲）', hours: 4 });
  });

  it('credits hours to those who attended and, where there is an exam, passed it', async () => {
    const s = await createSession({ topic: '财政干部诚信履职培训班', kind: 'COURSE', heldOn: `${YEAR}-05-20`, hours: 6, examRequired: true, passMark: 60 });
    setToday(`${YEAR}-05-21`);
    const [a, b, c] = ownStaff;
    const bad = await t.gql(RecordTrainingAttendanceDocument, { input: { sessionId: s.id, entries: [{ personId: a.id, status: 'ATTENDED', hours: 7 }] } }, personnel);
    expect(bad.errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'HOURS_EXCEED_SESSION', field: 'entries.0.hours' });
    const absentScore = await t.gql(RecordTrainingAttendanceDocument, { input: { sessionId: s.id, entries: [{ personId: a.id, status: 'ABSENT', examScore: 80 }] } }, personnel);
    expect(absentScore.errors![0].extensions).toMatchObject({ reason: 'SCORE_WITHOUT_ATTENDANCE', field: 'entries.0.examScore' });

    const recorded = (await t.gql(
      RecordTrainingAttendanceDocument,
      {
        input: {
          sessionId: s.id,
          entries: [
            { personId: a.id, status: 'ATTENDED', examScore: 85 },
            { personId: b.id, status: 'ATTENDED', examScore: 45 },
            { personId: c.id, status: 'EXCUSED', note: '外出公干' },
          ],
        },
      },
      personnel,
    )).data!.recordTrainingAttendance;
    expect(recorded.map((x) => [x.person.id, x.hoursAttended, x.hoursCredited, x.passed])).toEqual([
      [a.id, 6, 6, true],
      [b.id, 6, 0, false],
      [c.id, 0, 0, null],
    ]);
    const twice = await t.gql(RecordTrainingAttendanceDocument, { input: { sessionId: s.id, entries: [{ personId: a.id, status: 'ATTENDED' }] } }, personnel);
    expect(twice.errors![0].extensions).toMatchObject({ code: 'CONFLICT', reason: 'ATTENDANCE_EXISTS', field: 'entries.0.personId' });

    // A resit the person passes credits the hours.
    const failed = recorded[1];
    const resit = (await t.gql(UpdateTrainingAttendanceDocument, { id: failed.id, input: { examScore: 72 }, version: failed.version }, personnel)).data!.updateTrainingAttendance;
    expect(resit).toMatchObject({ examScore: 72, passed: true, hoursCredited: 6 });
    const stale = await t.gql(UpdateTrainingAttendanceDocument, { id: failed.id, input: { examScore: 90 }, version: failed.version }, personnel);
    expect(stale.errors![0].extensions).toMatchObject({ reason: 'STALE_VERSION' });
  });

  it('lets a unit reporter record and see attendance of its own staff only', async () => {
    const s = await createSession({ topic: '典型失信案例警示教育', heldOn: `${YEAR}-07-01`, hours: 2 });
    setToday(`${YEAR}-07-01`);
    const mixed = await t.gql(
      RecordTrainingAttendanceDocument,
      { input: { sessionId: s.id, entries: [{ personId: ownStaff[0].id, status: 'ATTENDED' }, { personId: otherPersonId, status: 'ATTENDED' }] } },
      reporter,
    );
    expect(mixed.errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'REFERENCE_NOT_FOUND', field: 'entries.1.personId' });
    expect((await t.gql(TrainingAttendancesDocument, { filter: { sessionId: s.id } }, admin)).data!.trainingAttendances.total).toBe(0);

    await t.gql(RecordTrainingAttendanceDocument, { input: { sessionId: s.id, entries: [{ personId: ownStaff[0].id, status: 'ATTENDED' }] } }, reporter);
    await t.gql(RecordTrainingAttendanceDocument, { input: { sessionId: s.id, entries: [{ personId: otherPersonId, status: 'ATTENDED' }] } }, personnel);
    const seen = (await t.gql(TrainingSessionDocument, { id: s.id }, reporter)).data!.trainingSession.attendances;
    expect(seen.map((x) => x.person.id)).toEqual([ownStaff[0].id]);
    expect((await t.gql(TrainingSessionDocument, { id: s.id }, leader)).data!.trainingSession.attendances).toHaveLength(2);
    const other = (await t.gql(TrainingAttendancesDocument, { filter: { sessionId: s.id, personId: otherPersonId } }, admin)).data!.trainingAttendances.items[0];
    expect(errorCode(await t.gql(UpdateTrainingAttendanceDocument, { id: other.id, input: { status: 'ABSENT' }, version: other.version }, reporter))).toBe('NOT_FOUND');
    expect(errorCode(await t.gql(RecordTrainingAttendanceDocument, { input: { sessionId: s.id, entries: [{ personId: ownStaff[1].id, status: 'ATTENDED' }] } }, general))).toBe('FORBIDDEN');
  });

  it('adds up each person’s hours for the year against the minimum and flags who is behind', async () => {
    const [a, b] = ownStaff;
    // So far: a has 4 (10 June) + 6 (the course) + 2 (1 July) = 12 hours, b has 6 after the resit.
    expect(await hoursOf(a.id)).toMatchObject({ hours: 12, sessionsAttended: 3, minimumHours: 12, shortfall: 0, behind: false });
    expect(await hoursOf(b.id)).toMatchObject({ hours: 6, sessionsAttended: 1, shortfall: 6, behind: true });

    const mine = (await t.gql(TrainingHoursDocument, { year: YEAR, limit: 100 }, reporter)).data!.trainingHours;
    expect(new Set(mine.items.map((r) => r.unit.id))).toEqual(new Set([ownUnitId]));
    expect(mine.total).toBe(ownStaff.length);
    const behind = (await t.gql(TrainingHoursDocument, { year: YEAR, behindOnly: true, sort: { field: 'HOURS', order: 'DESC' }, limit: 100 }, reporter)).data!.trainingHours;
    expect(behind.items.map((r) => r.person.id)).not.toContain(a.id);
    expect(behind.items[0].person.id).toBe(b.id);
    expect(behind.total).toBe(mine.behind);

    const reminders = (await t.gql(TrainingRemindersDocument, { year: YEAR }, reporter)).data!.trainingReminders;
    expect(reminders.map((r) => r.unit.id)).toEqual([ownUnitId]);
    expect(reminders[0].people.map((p) => p.person.id)).toContain(b.id);
    expect((await t.gql(TrainingRemindersDocument, { year: YEAR }, leader)).data!.trainingReminders.length).toBeGreaterThan(1);

    // The minimum is configurable; a lower one takes b off the list.
    const policy = (await t.gql(TrainingPolicyDocument, {}, reporter)).data!.trainingPolicy;
    expect(policy.minimumHoursPerYear).toBe(12);
    expect(errorCode(await t.gql(UpdateTrainingPolicyDocument, { input: { minimumHoursPerYear: 6 }, version: policy.version }, general))).toBe('FORBIDDEN');
    const lower = (await t.gql(UpdateTrainingPolicyDocument, { input: { minimumHoursPerYear: 6 }, version: policy.version }, personnel)).data!.updateTrainingPolicy;
    expect(await hoursOf(b.id)).toMatchObject({ minimumHours: 6, behind: false });
    await t.gql(UpdateTrainingPolicyDocument, { input: { minimumHoursPerYear: 12 }, version: lower.version }, personnel);
  });

  it('warns a unit with staff behind in the last fifth of the year', async () => {
    const item = async (day: string) => {
      setToday(day);
      const board = (await t.gql(WarningsDocument, { kinds: ['TRAINING_HOURS'], limit: 100 }, reporter)).data!.warnings;
      return board.items.find((w) => w.entityId === `${ownUnitId}:${YEAR}`);
    };
    expect(await item(`${YEAR}-10-01`)).toBeUndefined();
    const w = await item(`${YEAR}-10-25`);
    expect(w).toMatchObject({ level: 'YELLOW', kind: 'TRAINING_HOURS', dueOn: `${YEAR}-12-31`, responsibleUnit: { id: ownUnitId } });
    expect(w!.title).toContain('未达12学时');
  });

  it('adds the year’s training to a person’s integrity file and leaves a unit’s without it', async () => {
    const [a] = ownStaff;
    const file = (await t.gql(IntegrityFileTrainingDocument, { subjectType: 'PERSON', subjectId: a.id, year: YEAR, purpose: '年度考核查阅' }, reporter)).data!.integrityFile;
    expect(file.summary.countingRecords).toBeGreaterThanOrEqual(0);
    expect(file.training).toMatchObject({ year: YEAR, hours: 12, sessionsAttended: 3, minimumHours: 12, behind: false });
    expect(file.training!.attendances.map((x) => x.session.heldOn)).toEqual([`${YEAR}-07-01`, `${YEAR}-06-10`, `${YEAR}-05-20`]);
    const unitFile = await t.gql(IntegrityFileTrainingDocument, { subjectType: 'UNIT', subjectId: ownUnitId, purpose: '年度考核查阅' }, admin);
    expect(unitFile.errors).toBeUndefined();
    expect(unitFile.data!.integrityFile).toMatchObject({ subjectName: '龙山街道财政所', training: null });
    expect(errorCode(await t.gql(IntegrityFileTrainingDocument, { subjectType: 'PERSON', subjectId: otherPersonId, purpose: '年度考核查阅' }, reporter))).toBe('NOT_FOUND');
  });

  it('seeds a year of training in which some staff are behind and others are not', async () => {
    const year = Number(new Date().toLocaleDateString('sv-SE', { timeZone: 'Asia/Shanghai' }).slice(0, 4));
    const all = (await t.gql(TrainingHoursDocument, { year, limit: 100 }, admin)).data!.trainingHours;
    expect(all.behind).toBeGreaterThan(0);
    expect(all.behind).toBeLessThan(all.total);
  });
});
