import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { setToday } from '../../server/src/app/clock';
import {
  AcceptSupervisionTaskDocument,
  CreateSupervisionTaskDocument,
  LeadingGroupsDocument,
  MeDocument,
  PeopleDocument,
  ReportSupervisionTaskProgressDocument,
  ReturnSupervisionTaskDocument,
  SubmitSupervisionTaskDocument,
  SupervisionTaskDocument,
  SupervisionTaskResultsDocument,
  SupervisionTasksDocument,
  UnitsDocument,
  UpdateSupervisionTaskDocument,
  type CreateSupervisionTaskInput,
  type TaskFieldsFragment,
} from '../generated/graphql';
import { errorCode, startTestApp, type TestApp } from '../helpers/test-app';

describe('level-by-level supervision tasks (S1)', () => {
  let t: TestApp;
  let admin: string;
  let office: string;
  let discipline: string;
  let reporter: string;
  let analyst: string;
  let ownUnitId: string;
  let otherUnitId: string;
  let ownPersonId: string;
  let otherPersonId: string;
  let groupId: string;

  beforeAll(async () => {
    t = await startTestApp();
    [admin, office, discipline, reporter, analyst] = await Promise.all(['admin', 'office', 'discipline', 'reporter', 'analyst'].map((u) => t.login(u)));
    ownUnitId = (await t.gql(MeDocument, {}, reporter)).data!.me.unit!.id;
    otherUnitId = (await t.gql(UnitsDocument, { filter: { q: '长桥镇财政所' } }, admin)).data!.units.items[0].id;
    ownPersonId = (await t.gql(PeopleDocument, { filter: { unitId: ownUnitId }, limit: 1 }, admin)).data!.people.items[0].id;
    otherPersonId = (await t.gql(PeopleDocument, { filter: { unitId: otherUnitId }, limit: 1 }, admin)).data!.people.items[0].id;
    groupId = (await t.gql(LeadingGroupsDocument, {}, admin)).data!.leadingGroups.items[0].id;
  });
  afterEach(() => setToday(undefined));
  afterAll(async () => t?.close());

  const create = async (over: Partial<CreateSupervisionTaskInput> = {}, token = discipline): Promise<TaskFieldsFragment> => {
    const r = await t.gql(CreateSupervisionTaskDocument, {
      input: { title: '开展惠民补贴资金发放自查', requirement: '全面自查2024年度补贴发放情况并报送台账', assignedUnitId: ownUnitId, dueOn: '2025-03-31', ...over },
    }, token);
    expect(r.errors).toBeUndefined();
    return r.data!.createSupervisionTask;
  };
  const submit = async (task: TaskFieldsFragment, token = reporter) =>
    (await t.gql(SubmitSupervisionTaskDocument, { id: task.id, input: { result: '已完成自查并报送台账', evidence: ['自查报告'] }, version: task.version }, token)).data!
      .submitSupervisionTask;
  const accept = async (task: TaskFieldsFragment, score: number) =>
    (await t.gql(AcceptSupervisionTaskDocument, { id: task.id, input: { score }, version: task.version }, office)).data!.acceptSupervisionTask;

  it('is set by the leading group’s sections to a unit and a member of its staff', async () => {
    setToday('2025-03-03');
    const task = await create({ responsiblePersonId: ownPersonId, leadingGroupId: groupId });
    expect(task).toMatchObject({ status: 'ASSIGNED', assignedOn: '2025-03-03', dueOn: '2025-03-31', assignedUnit: { id: ownUnitId }, responsiblePerson: { id: ownPersonId }, overdue: false, onTime: null });
    expect(task.leadingGroup!.id).toBe(groupId);
    expect(task.issuedByName).toContain('纪检监察室');
    // Unit reporters do not read leading groups.
    expect((await t.gql(SupervisionTaskDocument, { id: task.id }, reporter)).data!.supervisionTask.leadingGroup).toBeNull();
    expect(errorCode(await t.gql(CreateSupervisionTaskDocument, { input: { title: '自定任务', requirement: '自定任务要求', assignedUnitId: ownUnitId, dueOn: '2025-03-31' } }, reporter))).toBe('FORBIDDEN');
    const stranger = await t.gql(CreateSupervisionTaskDocument, { input: { title: '任务', requirement: '任务要求', assignedUnitId: ownUnitId, responsiblePersonId: otherPersonId, dueOn: '2025-03-31' } }, office);
    expect(stranger.errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'responsiblePersonId', reason: 'PERSON_NOT_IN_UNIT' });
    const backwards = await t.gql(CreateSupervisionTaskDocument, { input: { title: '任务', requirement: '任务要求', assignedUnitId: ownUnitId, dueOn: '2025-03-01' } }, office);
    expect(backwards.errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'dueOn', reason: 'DATE_BEFORE_START' });
  });

  it('goes from progress to submission, back for more work, and to acceptance with a score', async () => {
    setToday('2025-03-03');
    const task = await create();
    const early = await t.gql(AcceptSupervisionTaskDocument, { id: task.id, input: { score: 90 }, version: task.version }, office);
    expect(early.errors![0].extensions).toMatchObject({ code: 'CONFLICT', reason: 'ILLEGAL_TRANSITION' });
    const going = (await t.gql(ReportSupervisionTaskProgressDocument, { id: task.id, progress: '已完成一半单位的自查', version: task.version }, reporter)).data!.reportSupervisionTaskProgress;
    expect(going).toMatchObject({ status: 'IN_PROGRESS', progress: '已完成一半单位的自查' });
    setToday('2025-03-20');
    const sent = await submit(going);
    expect(sent).toMatchObject({ status: 'SUBMITTED', submittedOn: '2025-03-20' });
    expect(errorCode(await t.gql(AcceptSupervisionTaskDocument, { id: task.id, input: { score: 100 }, version: sent.version }, reporter))).toBe('FORBIDDEN');
    const again = await t.gql(ReportSupervisionTaskProgressDocument, { id: task.id, progress: '补充说明', version: sent.version }, reporter);
    expect(again.errors![0].extensions).toMatchObject({ code: 'CONFLICT', reason: 'ILLEGAL_TRANSITION' });
    const back = (await t.gql(ReturnSupervisionTaskDocument, { id: task.id, reason: '缺少佐证材料，请补充', version: sent.version }, office)).data!.returnSupervisionTask;
    expect(back).toMatchObject({ status: 'RETURNED', returnCount: 1, reviewNote: '缺少佐证材料，请补充' });
    setToday('2025-04-02');
    const resent = await submit(back);
    const tooHigh = await t.gql(AcceptSupervisionTaskDocument, { id: task.id, input: { score: 101 }, version: resent.version }, office);
    expect(tooHigh.errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'score' });
    const done = await accept(resent, 70);
    // The accepted result came in after the due date.
    expect(done).toMatchObject({ status: 'ACCEPTED', score: 70, acceptedOn: '2025-04-02', submittedOn: '2025-04-02', onTime: false, overdue: false });
    const twice = await t.gql(AcceptSupervisionTaskDocument, { id: task.id, input: { score: 90 }, version: done.version }, office);
    expect(twice.errors![0].extensions).toMatchObject({ code: 'CONFLICT', reason: 'ILLEGAL_TRANSITION' });
    const edit = await t.gql(UpdateSupervisionTaskDocument, { id: task.id, input: { dueOn: '2025-04-30' }, version: done.version }, office);
    expect(edit.errors![0].extensions).toMatchObject({ code: 'CONFLICT', reason: 'ILLEGAL_TRANSITION' });
  });

  it('keeps a unit reporter to its own unit’s tasks', async () => {
    setToday('2025-03-03');
    const other = await create({ assignedUnitId: otherUnitId });
    expect(errorCode(await t.gql(SupervisionTaskDocument, { id: other.id }, reporter))).toBe('NOT_FOUND');
    expect(errorCode(await t.gql(SubmitSupervisionTaskDocument, { id: other.id, input: { result: '代为报送结果' }, version: other.version }, reporter))).toBe('NOT_FOUND');
    const list = (await t.gql(SupervisionTasksDocument, { limit: 100 }, reporter)).data!.supervisionTasks;
    expect(list.total).toBeGreaterThan(0);
    expect(list.items.every((x) => x.assignedUnit.id === ownUnitId)).toBe(true);
    // A bureau section may submit on the unit's behalf.
    expect((await submit(other, office)).status).toBe('SUBMITTED');
  });

  it('sums up each unit’s tasks of a year: on time, overdue and average score', async () => {
    setToday('2025-02-03');
    const late = await create({ dueOn: '2025-02-20', title: '年度考核任务一' });
    const prompt = await create({ dueOn: '2025-02-28', title: '年度考核任务二' });
    await create({ dueOn: '2025-03-10', title: '年度考核任务三' });
    const elsewhere = await create({ dueOn: '2025-02-25', assignedUnitId: otherUnitId, title: '年度考核任务四' });
    setToday('2025-02-24');
    await accept(await submit(prompt), 90);
    await accept(await submit(elsewhere, office), 100);
    await accept(await submit(late), 70);
    setToday('2025-12-31');
    const rows = (await t.gql(SupervisionTaskResultsDocument, { year: 2025 }, analyst)).data!.supervisionTaskResults;
    const own = rows.find((r) => r.unit.id === ownUnitId)!;
    // Earlier tests of this file added tasks of the same unit due in March 2025.
    const ownTasks = (await t.gql(SupervisionTasksDocument, { filter: { unitId: ownUnitId, dueFrom: '2025-01-01', dueTo: '2025-12-31' }, limit: 100 }, admin)).data!
      .supervisionTasks.items;
    expect(own).toMatchObject({
      tasks: ownTasks.length,
      accepted: ownTasks.filter((x) => x.status === 'ACCEPTED').length,
      onTime: ownTasks.filter((x) => x.onTime).length,
      overdue: ownTasks.filter((x) => x.overdue).length,
    });
    const scores = ownTasks.filter((x) => x.status === 'ACCEPTED').map((x) => x.score!);
    expect(own.averageScore).toBeCloseTo(scores.reduce((a, b) => a + b, 0) / scores.length, 2);
    expect(own.overdue).toBeGreaterThanOrEqual(1);
    const other = rows.find((r) => r.unit.id === otherUnitId)!;
    expect(other).toMatchObject({ accepted: 1, onTime: 1, averageScore: 100 });
    expect(other.tasks).toBe(2);
    expect(other.overdue).toBe(0);

    const scoped = (await t.gql(SupervisionTaskResultsDocument, { year: 2025 }, reporter)).data!.supervisionTaskResults;
    expect(scoped.map((r) => r.unit.id)).toEqual([ownUnitId]);
    expect((await t.gql(SupervisionTaskResultsDocument, { year: 2024 }, admin)).data!.supervisionTaskResults).toEqual([]);
  });

  it('gives the figures of a single fresh unit exactly', async () => {
    const fresh = (await t.gql(UnitsDocument, { filter: { q: '王集乡财政所' } }, admin)).data!.units.items[0].id;
    setToday('2024-03-01');
    const a = await create({ assignedUnitId: fresh, dueOn: '2024-03-15', title: '专项任务甲' });
    const b = await create({ assignedUnitId: fresh, dueOn: '2024-03-20', title: '专项任务乙' });
    await create({ assignedUnitId: fresh, dueOn: '2024-03-25', title: '专项任务丙' });
    setToday('2024-03-18');
    await accept(await submit(a, office), 92); // late
    await accept(await submit(b, office), 84); // on time
    setToday('2024-04-01');
    const rows = (await t.gql(SupervisionTaskResultsDocument, { year: 2024 }, admin)).data!.supervisionTaskResults;
    expect(rows).toEqual([{ tasks: 3, accepted: 2, onTime: 1, overdue: 1, averageScore: 88, unit: { id: fresh, name: '王集乡财政所' } }]);
  });
});
