import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { setToday } from '../../server/src/app/clock';
import {
  CreatePolicyDocument,
  CreatePolicyTaskDocument,
  EnactPolicyDocument,
  EvaluatePolicyDocument,
  ExpirePolicyDocument,
  MeDocument,
  PeopleDocument,
  PoliciesDocument,
  PolicyDocument,
  PolicyTaskDocument,
  PolicyTasksDocument,
  ReopenPolicyTaskDocument,
  ReportPolicyTaskProgressDocument,
  RunPolicyDeadlinesDocument,
  UnitByCodeDocument,
  UpdatePolicyDocument,
  UpdatePolicyTaskDocument,
  WarningsDocument,
  type CreatePolicyInput,
  type CreatePolicyTaskInput,
} from '../generated/graphql';
import { errorCode, startTestApp, type TestApp } from '../helpers/test-app';

describe('policy implementation (政策落实兑现)', () => {
  let t: TestApp;
  let admin: string;
  let general: string;
  let office: string;
  let discipline: string;
  let reporter: string;
  let leader: string;
  let ownUnitId: string;
  let otherUnitId: string;
  let sectionId: string;
  let ownPersonId: string;
  let otherPersonId: string;
  let seq = 0;

  beforeAll(async () => {
    t = await startTestApp();
    [admin, general, office, discipline, reporter, leader] = await Promise.all(
      ['admin', 'general', 'office', 'discipline', 'reporter', 'leader'].map((u) => t.login(u)),
    );
    ownUnitId = (await t.gql(MeDocument, {}, reporter)).data!.me.unit!.id;
    otherUnitId = (await t.gql(UnitByCodeDocument, { code: 'JXCZ-T02' }, admin)).data!.unitByCode.id;
    sectionId = (await t.gql(UnitByCodeDocument, { code: 'JXCZ-S02' }, admin)).data!.unitByCode.id;
    ownPersonId = (await t.gql(PeopleDocument, { filter: { unitId: ownUnitId }, limit: 1 }, admin)).data!.people.items[0].id;
    otherPersonId = (await t.gql(PeopleDocument, { filter: { unitId: otherUnitId }, limit: 1 }, admin)).data!.people.items[0].id;
  });
  afterEach(() => setToday(undefined));
  afterAll(async () => t?.close());

  const policyInput = (over: Partial<CreatePolicyInput> = {}): CreatePolicyInput => {
    seq += 1;
    return {
      title: `郏县财政惠民补贴发放管理办法（第${seq}版）`,
      documentNumber: `郏财〔2026〕${100 + seq}号`,
      issuedBy: '郏县财政局',
      level: 'COUNTY',
      issuedOn: '2026-01-05',
      effectiveFrom: '2026-02-01',
      ...over,
    };
  };
  const createPolicy = async (over: Partial<CreatePolicyInput> = {}, token = general) => {
    const r = await t.gql(CreatePolicyDocument, { input: policyInput(over) }, token);
    expect(r.errors).toBeUndefined();
    return r.data!.createPolicy;
  };
  const enact = async (id: string, day: string) => {
    setToday(day);
    const p = (await t.gql(PolicyDocument, { id }, admin)).data!.policy;
    const r = await t.gql(EnactPolicyDocument, { id, version: p.version }, general);
    expect(r.errors).toBeUndefined();
    return r.data!.enactPolicy;
  };
  const inForce = async (over: Partial<CreatePolicyInput> = {}) => {
    const p = await createPolicy(over);
    return enact(p.id, over.effectiveFrom ?? '2026-02-01');
  };
  const addTask = async (policyId: string, over: Partial<CreatePolicyTaskInput> = {}, token = general) => {
    const r = await t.gql(
      CreatePolicyTaskDocument,
      { input: { policyId, measure: '补贴资金通过“一卡通”发放到户', leadUnitId: ownUnitId, deadline: '2026-06-30', ...over } },
      token,
    );
    expect(r.errors).toBeUndefined();
    return r.data!.createPolicyTask;
  };
  const task = async (id: string) => (await t.gql(PolicyTaskDocument, { id }, admin)).data!.policyTask;

  it('registers a policy as a draft with 综合股 as the responsible section', async () => {
    const p = await createPolicy();
    expect(p).toMatchObject({ status: 'DRAFT', level: 'COUNTY', responsibleSection: { id: sectionId, name: '综合股' } });
    expect((await t.gql(CreatePolicyDocument, { input: policyInput() }, office)).errors).toBeUndefined();
    for (const token of [discipline, reporter, leader]) {
      expect(errorCode(await t.gql(CreatePolicyDocument, { input: policyInput() }, token))).toBe('FORBIDDEN');
    }
  });

  it('refuses a document number twice and dates that contradict each other', async () => {
    const p = await createPolicy();
    const dup = await t.gql(CreatePolicyDocument, { input: { ...policyInput(), documentNumber: p.documentNumber } }, general);
    expect(dup.errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'DOCUMENT_NUMBER_TAKEN', field: 'documentNumber' });
    const early = await t.gql(CreatePolicyDocument, { input: policyInput({ effectiveFrom: '2026-01-01' }) }, general);
    expect(early.errors![0].extensions).toMatchObject({ reason: 'EFFECTIVE_BEFORE_ISSUED', field: 'effectiveFrom' });
  });

  it('puts a policy in force only from its effective date, and not twice', async () => {
    const p = await createPolicy({ effectiveFrom: '2026-03-01' });
    setToday('2026-02-27');
    const early = await t.gql(EnactPolicyDocument, { id: p.id, version: p.version }, general);
    expect(early.errors![0].extensions).toMatchObject({ code: 'CONFLICT', reason: 'NOT_YET_EFFECTIVE' });
    expect((await t.gql(PolicyDocument, { id: p.id }, admin)).data!.policy).toMatchObject({ status: 'DRAFT', version: p.version });

    const enacted = await enact(p.id, '2026-03-02');
    expect(enacted).toMatchObject({ status: 'IN_FORCE', enactedOn: '2026-03-02' });
    const again = await t.gql(EnactPolicyDocument, { id: p.id, version: enacted.version }, general);
    expect(again.errors![0].extensions).toMatchObject({ code: 'CONFLICT', reason: 'ILLEGAL_TRANSITION' });
    const fixed = await t.gql(UpdatePolicyDocument, { id: p.id, input: { level: 'PROVINCIAL' }, version: enacted.version }, general);
    expect(fixed.errors![0].extensions).toMatchObject({ reason: 'FIXED_ONCE_IN_FORCE', field: 'level' });
    const stale = await t.gql(ExpirePolicyDocument, { id: p.id, reason: '上级政策调整', version: enacted.version - 1 }, general);
    expect(stale.errors![0].extensions).toMatchObject({ code: 'CONFLICT', reason: 'STALE_VERSION' });
    expect((await t.gql(PolicyDocument, { id: p.id }, admin)).data!.policy).toMatchObject({ status: 'IN_FORCE', version: enacted.version });
  });

  it('supersedes the old policy when the new one takes effect and carries its unfinished tasks over', async () => {
    const old = await inForce({ effectiveFrom: '2026-02-01' });
    const done = await addTask(old.id, { measure: '编制补贴发放操作规程' });
    const open = await addTask(old.id, { measure: '补贴对象信息与户籍信息比对', deadline: '2026-09-30' });
    setToday('2026-03-10');
    await t.gql(ReportPolicyTaskProgressDocument, { id: done.id, input: { note: '规程已印发', evidence: ['郏财〔2026〕9号'], completed: true }, version: done.version }, reporter);

    // Only an in-force policy can be replaced, and only once.
    const draft = await createPolicy();
    const onDraft = await t.gql(CreatePolicyDocument, { input: policyInput({ replacesId: draft.id }) }, general);
    expect(onDraft.errors![0].extensions).toMatchObject({ reason: 'REPLACED_NOT_IN_FORCE', field: 'replacesId' });
    const revision = await createPolicy({ replacesId: old.id, issuedOn: '2026-05-10', effectiveFrom: '2026-06-01' });
    const second = await t.gql(CreatePolicyDocument, { input: policyInput({ replacesId: old.id }) }, general);
    expect(second.errors![0].extensions).toMatchObject({ reason: 'ALREADY_REPLACED' });

    const enacted = await enact(revision.id, '2026-06-01');
    expect(enacted).toMatchObject({ status: 'IN_FORCE', replaces: { id: old.id, status: 'SUPERSEDED' } });
    const before = (await t.gql(PolicyDocument, { id: old.id }, admin)).data!.policy;
    expect(before).toMatchObject({ status: 'SUPERSEDED', effectiveTo: '2026-05-31', endedOn: '2026-06-01', supersededBy: { id: revision.id } });
    expect(before.tasks.map((x) => x.id)).toEqual([done.id]);

    const moved = await task(open.id);
    expect(moved).toMatchObject({ status: 'OPEN', policy: { id: revision.id }, carriedOverFrom: { id: old.id } });
    expect(moved.progressReports.at(-1)!.note).toContain('转入新政策');
    expect(moved.progressReports.at(-1)!.reportedByName).toBeNull();
    // A superseded policy takes no new tasks.
    const closed = await t.gql(CreatePolicyTaskDocument, { input: { policyId: old.id, measure: '补充措施', leadUnitId: ownUnitId, deadline: '2026-12-31' } }, general);
    expect(closed.errors![0].extensions).toMatchObject({ code: 'CONFLICT', reason: 'POLICY_CLOSED' });
  });

  it('moves a task from open to in progress to done with evidence, and back when reopened', async () => {
    const p = await inForce();
    const x = await addTask(p.id, { responsiblePersonId: ownPersonId });
    setToday('2026-03-02');
    const noEvidence = await t.gql(ReportPolicyTaskProgressDocument, { id: x.id, input: { note: '已完成', completed: true }, version: x.version }, reporter);
    expect(noEvidence.errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'EVIDENCE_REQUIRED', field: 'evidence' });
    expect((await task(x.id)).status).toBe('OPEN');

    const started = (await t.gql(ReportPolicyTaskProgressDocument, { id: x.id, input: { note: '已摸排补贴对象312户' }, version: x.version }, reporter)).data!.reportPolicyTaskProgress;
    expect(started).toMatchObject({ status: 'IN_PROGRESS', progressReports: [{ note: '已摸排补贴对象312户', completed: false }] });
    expect(started.progressReports[0].reportedByName).toContain('龙山街道财政所填报员');
    const finished = (await t.gql(ReportPolicyTaskProgressDocument, { id: x.id, input: { note: '全部发放到户', evidence: ['发放清单'], completed: true }, version: started.version }, reporter)).data!.reportPolicyTaskProgress;
    expect(finished).toMatchObject({ status: 'DONE', completedOn: '2026-03-02' });

    const late = await t.gql(ReportPolicyTaskProgressDocument, { id: x.id, input: { note: '补充说明' }, version: finished.version }, reporter);
    expect(late.errors![0].extensions).toMatchObject({ code: 'CONFLICT', reason: 'ILLEGAL_TRANSITION' });
    expect(errorCode(await t.gql(ReopenPolicyTaskDocument, { id: x.id, reason: '清单不完整', version: finished.version }, reporter))).toBe('FORBIDDEN');
    const reopened = (await t.gql(ReopenPolicyTaskDocument, { id: x.id, reason: '发放清单缺少签收', version: finished.version }, general)).data!.reopenPolicyTask;
    expect(reopened).toMatchObject({ status: 'IN_PROGRESS', completedOn: null });
    const twice = await t.gql(ReopenPolicyTaskDocument, { id: x.id, reason: '再次退回', version: reopened.version }, general);
    expect(twice.errors![0].extensions).toMatchObject({ reason: 'ILLEGAL_TRANSITION' });
  });

  it('takes no progress on a task of a draft policy', async () => {
    const p = await createPolicy();
    const x = await addTask(p.id);
    const r = await t.gql(ReportPolicyTaskProgressDocument, { id: x.id, input: { note: '提前推进' }, version: x.version }, reporter);
    expect(r.errors![0].extensions).toMatchObject({ code: 'CONFLICT', reason: 'POLICY_NOT_IN_FORCE' });
  });

  it('requires the responsible person to work in a responsible unit', async () => {
    const p = await createPolicy();
    const wrong = await t.gql(
      CreatePolicyTaskDocument,
      { input: { policyId: p.id, measure: '核对账户', leadUnitId: ownUnitId, responsiblePersonId: otherPersonId, deadline: '2026-06-30' } },
      general,
    );
    expect(wrong.errors![0].extensions).toMatchObject({ reason: 'PERSON_NOT_IN_UNIT', field: 'responsiblePersonId' });
    const shared = await addTask(p.id, { responsibleUnitIds: [otherUnitId], responsiblePersonId: otherPersonId });
    expect(shared.responsibleUnits.map((u) => u.id)).toEqual([otherUnitId]);
  });

  it('shows a unit reporter only the tasks its unit leads or shares, and lets it report on those only', async () => {
    const p = await inForce();
    const mine = await addTask(p.id, { measure: '本所牵头任务' });
    const shared = await addTask(p.id, { measure: '协同任务', leadUnitId: otherUnitId, responsibleUnitIds: [ownUnitId] });
    const theirs = await addTask(p.id, { measure: '他所任务', leadUnitId: otherUnitId });

    const list = (await t.gql(PolicyTasksDocument, { filter: { policyId: p.id } }, reporter)).data!.policyTasks;
    expect(list.items.map((x) => x.id).sort()).toEqual([mine.id, shared.id].sort());
    expect(list.total).toBe(2);
    expect((await t.gql(PolicyTasksDocument, { filter: { policyId: p.id } }, leader)).data!.policyTasks.total).toBe(3);
    const detail = (await t.gql(PolicyDocument, { id: p.id }, reporter)).data!.policy;
    expect(detail.tasks.map((x) => x.id).sort()).toEqual([mine.id, shared.id].sort());

    expect(errorCode(await t.gql(PolicyTaskDocument, { id: theirs.id }, reporter))).toBe('NOT_FOUND');
    setToday('2026-03-01');
    const foreign = await t.gql(ReportPolicyTaskProgressDocument, { id: theirs.id, input: { note: '越权填报' }, version: theirs.version }, reporter);
    expect(errorCode(foreign)).toBe('NOT_FOUND');
    expect((await task(theirs.id)).status).toBe('OPEN');
    const ok = await t.gql(ReportPolicyTaskProgressDocument, { id: shared.id, input: { note: '已配合完成数据核对' }, version: shared.version }, reporter);
    expect(ok.data!.reportPolicyTaskProgress.status).toBe('IN_PROGRESS');
    expect(errorCode(await t.gql(CreatePolicyTaskDocument, { input: { policyId: p.id, measure: '自设任务', leadUnitId: ownUnitId, deadline: '2026-06-30' } }, reporter))).toBe('FORBIDDEN');
  });

  it('warns yellow near the deadline, marks the task overdue once past it, and warns red until done', async () => {
    const p = await inForce();
    setToday('2026-02-01');
    const x = await addTask(p.id, { measure: '补贴发放情况在村务公开栏公示', deadline: '2026-02-11' });
    const board = async (token: string) =>
      (await t.gql(WarningsDocument, { kinds: ['POLICY_TASK'], limit: 100 }, token)).data!.warnings.items.find((w) => w.entityId === x.id);

    setToday('2026-02-09');
    expect(await board(admin)).toMatchObject({ level: 'YELLOW', responsibleUnit: { id: ownUnitId }, dueOn: '2026-02-11' });

    setToday('2026-02-12');
    expect(errorCode(await t.gql(RunPolicyDeadlinesDocument, {}, general))).toBe('FORBIDDEN');
    const run = (await t.gql(RunPolicyDeadlinesDocument, {}, admin)).data!.runPolicyDeadlines;
    expect(run.ran).toBe(true);
    expect(run.overdueTasks).toBeGreaterThanOrEqual(1);
    expect((await task(x.id)).status).toBe('OVERDUE');
    expect((await t.gql(RunPolicyDeadlinesDocument, {}, admin)).data!.runPolicyDeadlines.overdueTasks).toBe(0);
    expect(await board(reporter)).toMatchObject({ level: 'RED', kind: 'POLICY_TASK', daysLeft: -1 });

    // A later deadline (延期) lifts overdue; completing the task takes it off the board.
    const current = await task(x.id);
    const extended = (await t.gql(UpdatePolicyTaskDocument, { id: x.id, input: { deadline: '2026-03-31' }, version: current.version }, general)).data!.updatePolicyTask;
    expect(extended.status).toBe('OPEN');
    await t.gql(ReportPolicyTaskProgressDocument, { id: x.id, input: { note: '已公示', evidence: ['公示照片'], completed: true }, version: extended.version }, reporter);
    expect(await board(admin)).toBeUndefined();
  });

  it('expires a policy by hand with a reason or when its period has ended', async () => {
    const p = await inForce();
    const short = await t.gql(ExpirePolicyDocument, { id: p.id, reason: '废止', version: p.version }, general);
    expect(short.errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'reason' });
    setToday('2026-04-01');
    const ended = (await t.gql(ExpirePolicyDocument, { id: p.id, reason: '上级政策已废止', version: p.version }, office)).data!.expirePolicy;
    expect(ended).toMatchObject({ status: 'EXPIRED', endedOn: '2026-04-01', endReason: '上级政策已废止' });

    const draft = await createPolicy();
    const notInForce = await t.gql(ExpirePolicyDocument, { id: draft.id, reason: '不再执行', version: draft.version }, general);
    expect(notInForce.errors![0].extensions).toMatchObject({ code: 'CONFLICT', reason: 'ILLEGAL_TRANSITION' });

    const limited = await inForce({ effectiveTo: '2026-06-30' });
    setToday('2026-07-01');
    expect((await t.gql(RunPolicyDeadlinesDocument, {}, admin)).data!.runPolicyDeadlines.expiredPolicies).toBeGreaterThanOrEqual(1);
    expect((await t.gql(PolicyDocument, { id: limited.id }, admin)).data!.policy).toMatchObject({ status: 'EXPIRED', endedOn: '2026-07-01' });
    const expired = await t.gql(PoliciesDocument, { filter: { statuses: ['EXPIRED'] }, limit: 100 }, reporter);
    expect(expired.data!.policies.items.map((x) => x.id)).toEqual(expect.arrayContaining([p.id, limited.id]));
  });

  it('records an evaluation after implementation with the rating its score earns', async () => {
    const draft = await createPolicy();
    const tooEarly = await t.gql(EvaluatePolicyDocument, { policyId: draft.id, input: { evaluatedOn: '2026-01-20', score: 80, findings: '尚未实施' } }, general);
    expect(tooEarly.errors![0].extensions).toMatchObject({ code: 'CONFLICT', reason: 'POLICY_NOT_IN_FORCE' });

    const p = await inForce();
    setToday('2026-12-20');
    const input = { evaluatedOn: '2026-12-18', evaluator: '第三方评估机构', score: 86, findings: '补贴资金全部按时发放到户', adjustments: '建议将发放时限写入服务承诺' };
    expect(errorCode(await t.gql(EvaluatePolicyDocument, { policyId: p.id, input }, reporter))).toBe('FORBIDDEN');
    const e = (await t.gql(EvaluatePolicyDocument, { policyId: p.id, input }, general)).data!.evaluatePolicy;
    expect(e).toMatchObject({ score: 86, rating: 'GOOD' });
    expect((await t.gql(PolicyDocument, { id: p.id }, leader)).data!.policy.evaluations.map((x) => x.id)).toEqual([e.id]);
  });

  it('seeds a superseded policy with its revision and tasks in every state', async () => {
    const seeded = (await t.gql(PoliciesDocument, { filter: { q: '惠企政策兑现' } }, admin)).data!.policies.items;
    const revision = seeded.find((p) => p.status === 'IN_FORCE')!;
    expect(revision.replaces).toMatchObject({ status: 'SUPERSEDED' });
    const statuses = new Set((await t.gql(PolicyTasksDocument, { limit: 100 }, admin)).data!.policyTasks.items.map((x) => x.status));
    expect([...statuses].sort()).toEqual(['DONE', 'IN_PROGRESS', 'OPEN', 'OVERDUE']);
  });
});
