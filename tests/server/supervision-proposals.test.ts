import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { setToday } from '../../server/src/app/clock';
import {
  ApproveProposalReplyDocument,
  AssignSupervisionProposalDocument,
  CloseSupervisionProposalDocument,
  CommitmentsDocument,
  CreateSupervisionProposalDocument,
  DraftProposalReplyDocument,
  GiveCoHandlingOpinionDocument,
  MarkProposalRepliedDocument,
  MeDocument,
  RecordProposalSatisfactionDocument,
  RehandleSupervisionProposalDocument,
  ReturnMisroutedProposalDocument,
  SendBackProposalReplyDocument,
  SupervisionProposalDocument,
  SupervisionProposalsDocument,
  UnitsDocument,
  UpdateSupervisionProposalDocument,
  type CreateSupervisionProposalInput,
  type ProposalFieldsFragment,
} from '../generated/graphql';
import { errorCode, startTestApp, type TestApp } from '../helpers/test-app';

describe('NPC suggestions and CPPCC proposals (S2)', () => {
  let t: TestApp;
  let admin: string;
  let office: string;
  let leader: string;
  let reporter: string;
  let discipline: string;
  let ownUnitId: string;
  let budgetId: string;
  let agricultureId: string;
  let seq = 0;

  beforeAll(async () => {
    t = await startTestApp();
    [admin, office, leader, reporter, discipline] = await Promise.all(
      ['admin', 'office', 'leader', 'reporter', 'discipline'].map((u) => t.login(u)),
    );
    ownUnitId = (await t.gql(MeDocument, {}, reporter)).data!.me.unit!.id;
    const unitId = async (name: string) => (await t.gql(UnitsDocument, { filter: { q: name } }, admin)).data!.units.items[0].id;
    budgetId = await unitId('预算股');
    agricultureId = await unitId('农业股');
  });
  afterEach(() => setToday(undefined));
  afterAll(async () => t?.close());

  const create = async (over: Partial<CreateSupervisionProposalInput> = {}) => {
    seq += 1;
    const r = await t.gql(
      CreateSupervisionProposalDocument,
      {
        input: {
          kind: 'NPC_SUGGESTION',
          number: `测试第${seq}号`,
          title: '关于加快拨付乡村道路养护资金的建议',
          content: '乡村道路养护资金拨付慢，建议简化流程、限时拨付。',
          proposers: ['王建国', '李秀英'],
          delegation: '长桥镇代表团',
          receivedOn: '2026-06-20',
          ...over,
        },
      },
      office,
    );
    expect(r.errors).toBeUndefined();
    return r.data!.createSupervisionProposal;
  };
  const assign = async (p: { id: string; version: number }, leadUnitId = ownUnitId, coUnitIds: string[] = [budgetId]) => {
    const r = await t.gql(AssignSupervisionProposalDocument, { id: p.id, input: { leadUnitId, coUnitIds }, version: p.version }, office);
    expect(r.errors).toBeUndefined();
    return r.data!.assignSupervisionProposal;
  };
  const read = async (id: string, token = admin) => (await t.gql(SupervisionProposalDocument, { id }, token)).data!.supervisionProposal;
  /** Assigned, drafted by the reporter, approved by the leader and sent out. */
  const replied = async (over: Partial<CreateSupervisionProposalInput> = {}): Promise<ProposalFieldsFragment> => {
    setToday('2026-07-01');
    const p = await assign(await create(over));
    const drafted = (await t.gql(DraftProposalReplyDocument, { id: p.id, content: '经研究，拟于年内完成道路养护资金拨付流程优化。', version: p.version }, reporter)).data!
      .draftProposalReply;
    const approved = (await t.gql(ApproveProposalReplyDocument, { id: p.id, input: {}, version: drafted.version }, leader)).data!.approveProposalReply;
    setToday('2026-08-10');
    const r = await t.gql(MarkProposalRepliedDocument, { id: p.id, version: approved.version }, reporter);
    expect(r.errors).toBeUndefined();
    return r.data!.markProposalReplied;
  };

  it('sets the reply due date three months after assignment, moved past the National Day holiday, and the misroute window in working days', async () => {
    setToday('2026-07-01');
    const p = await assign(await create());
    // 2026-10-01 falls in the 1–7 October holiday: the period ends on the next working day.
    expect(p).toMatchObject({ status: 'ASSIGNED', assignedOn: '2026-07-01', replyDueOn: '2026-10-08', misrouteReturnDueOn: '2026-07-06' });
    expect(p.leadUnit!.id).toBe(ownUnitId);
    expect(p.coUnits.map((c) => c.unit.id)).toEqual([budgetId]);
  });

  it('lets the lead unit return a misrouted item within three working days, then 办公室 reassigns it', async () => {
    setToday('2026-07-01');
    const p = await assign(await create());
    // Wednesday 1 July + 3 working days = Monday 6 July, the last day of the window.
    setToday('2026-07-06');
    const back = await t.gql(ReturnMisroutedProposalDocument, { id: p.id, reason: '该事项属农业股职责', version: p.version }, reporter);
    expect(back.errors).toBeUndefined();
    expect(back.data!.returnMisroutedProposal).toMatchObject({ status: 'RETURNED_MISROUTED', misrouteReturns: 1, misrouteReason: '该事项属农业股职责' });
    const again = await assign(back.data!.returnMisroutedProposal, agricultureId, []);
    expect(again).toMatchObject({ status: 'ASSIGNED', assignedOn: '2026-07-06', replyDueOn: '2026-10-08', misrouteReturnDueOn: '2026-07-09' });
    expect(again.coUnits).toEqual([]);
    // The unit that returned it no longer sees it.
    expect(errorCode(await t.gql(SupervisionProposalDocument, { id: p.id }, reporter))).toBe('NOT_FOUND');
  });

  it('refuses a misrouted return after the window and changes nothing', async () => {
    setToday('2026-07-01');
    const p = await assign(await create());
    setToday('2026-07-07');
    const late = await t.gql(ReturnMisroutedProposalDocument, { id: p.id, reason: '该事项属农业股职责', version: p.version }, reporter);
    expect(late.errors![0].extensions).toMatchObject({ code: 'CONFLICT', reason: 'MISROUTE_WINDOW_CLOSED' });
    expect(await read(p.id)).toMatchObject({ status: 'ASSIGNED', version: p.version, misrouteReturns: 0 });
  });

  it('lets only the lead unit draft; a co-handling unit reads the item and gives its opinion', async () => {
    setToday('2026-07-01');
    const p = await assign(await create(), budgetId, [ownUnitId]);
    const seen = await read(p.id, reporter);
    expect(seen.leadUnit!.id).toBe(budgetId);
    const draft = await t.gql(DraftProposalReplyDocument, { id: p.id, content: '我所认为应由预算股统筹答复。', version: p.version }, reporter);
    expect(draft.errors![0].extensions).toMatchObject({ code: 'FORBIDDEN', reason: 'NOT_LEAD_UNIT' });
    const back = await t.gql(ReturnMisroutedProposalDocument, { id: p.id, reason: '不属于本所职责', version: p.version }, reporter);
    expect(back.errors![0].extensions).toMatchObject({ code: 'FORBIDDEN', reason: 'NOT_LEAD_UNIT' });
    const link = seen.coUnits[0];
    const opinion = await t.gql(GiveCoHandlingOpinionDocument, { coUnitId: link.id, opinion: '同意主办单位意见，配合做好资金拨付', version: link.version }, reporter);
    expect(opinion.data!.giveCoHandlingOpinion).toMatchObject({ opinion: '同意主办单位意见，配合做好资金拨付', unit: { id: ownUnitId } });
    expect((await read(p.id)).status).toBe('ASSIGNED');
  });

  it('refuses illegal transitions with a typed error and leaves the item as it was', async () => {
    setToday('2026-07-01');
    const fresh = await create();
    const early = await t.gql(ApproveProposalReplyDocument, { id: fresh.id, input: {}, version: fresh.version }, leader);
    expect(early.errors![0].extensions).toMatchObject({ code: 'CONFLICT', reason: 'ILLEGAL_TRANSITION' });
    const notAssigned = await t.gql(DraftProposalReplyDocument, { id: fresh.id, content: '答复内容答复内容答复内容', version: fresh.version }, office);
    expect(notAssigned.errors![0].extensions).toMatchObject({ code: 'CONFLICT', reason: 'ILLEGAL_TRANSITION' });
    const p = await assign(fresh);
    const twice = await t.gql(AssignSupervisionProposalDocument, { id: p.id, input: { leadUnitId: budgetId }, version: p.version }, office);
    expect(twice.errors![0].extensions).toMatchObject({ code: 'CONFLICT', reason: 'ILLEGAL_TRANSITION' });
    const close = await t.gql(CloseSupervisionProposalDocument, { id: p.id, version: p.version }, office);
    expect(close.errors![0].extensions).toMatchObject({ code: 'CONFLICT', reason: 'ILLEGAL_TRANSITION' });
    const stale = await t.gql(DraftProposalReplyDocument, { id: p.id, content: '答复内容答复内容答复内容', version: p.version - 1 }, reporter);
    expect(stale.errors![0].extensions).toMatchObject({ code: 'CONFLICT', reason: 'STALE_VERSION' });
    const after = await read(p.id);
    expect(after).toMatchObject({ status: 'ASSIGNED', version: p.version, leadUnit: { id: ownUnitId }, replyContent: null });
  });

  it('refuses the lead unit as its own co-handler and a duplicate number', async () => {
    const p = await create();
    const self = await t.gql(AssignSupervisionProposalDocument, { id: p.id, input: { leadUnitId: ownUnitId, coUnitIds: [ownUnitId] }, version: p.version }, office);
    expect(self.errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'coUnitIds', reason: 'LEAD_UNIT_AS_CO_UNIT' });
    const dup = await t.gql(CreateSupervisionProposalDocument, {
      input: { kind: 'NPC_SUGGESTION', number: p.number, title: '重复案号', content: '重复案号的建议内容', proposers: ['某代表'], receivedOn: '2026-06-20' },
    }, office);
    expect(dup.errors![0].extensions).toMatchObject({ code: 'CONFLICT', reason: 'PROPOSAL_NUMBER_TAKEN', field: 'number' });
    // The same number is free for the other kind.
    const cppcc = await t.gql(CreateSupervisionProposalDocument, {
      input: { kind: 'CPPCC_PROPOSAL', number: p.number, title: '政协提案同号', content: '政协提案内容', proposers: ['某委员'], receivedOn: '2026-06-20' },
    }, office);
    expect(cppcc.errors).toBeUndefined();
  });

  it('goes through leadership review: sent back, redrafted, not approved by its drafter, approved by a leader', async () => {
    setToday('2026-07-01');
    const p = await assign(await create());
    const d1 = (await t.gql(DraftProposalReplyDocument, { id: p.id, content: '我所将认真研究代表建议。', version: p.version }, reporter)).data!.draftProposalReply;
    expect(d1).toMatchObject({ status: 'REPLY_DRAFTED' });
    expect(d1.replyDraftedByName).toContain('龙山街道财政所');
    expect(errorCode(await t.gql(ApproveProposalReplyDocument, { id: p.id, input: {}, version: d1.version }, office))).toBe('FORBIDDEN');
    const back = await t.gql(SendBackProposalReplyDocument, { id: p.id, reason: '答复过于原则，请补充具体措施和时限', version: d1.version }, leader);
    expect(back.data!.sendBackProposalReply).toMatchObject({ status: 'ASSIGNED', reviewNote: '答复过于原则，请补充具体措施和时限', replyDueOn: '2026-10-08' });
    expect(back.data!.sendBackProposalReply.reviewedByName).toContain('局领导');
    const d2 = (await t.gql(DraftProposalReplyDocument, { id: p.id, content: '我局将于9月底前完成道路养护资金拨付。', version: back.data!.sendBackProposalReply.version }, admin)).data!
      .draftProposalReply;
    const own = await t.gql(ApproveProposalReplyDocument, { id: p.id, input: {}, version: d2.version }, admin);
    expect(own.errors![0].extensions).toMatchObject({ code: 'CONFLICT', reason: 'OWN_REPLY' });
    const ok = await t.gql(ApproveProposalReplyDocument, { id: p.id, input: { note: '同意' }, version: d2.version }, leader);
    expect(ok.data!.approveProposalReply).toMatchObject({ status: 'REPLY_APPROVED', reviewNote: '同意', commitments: [] });
  });

  it('turns the promises of an approved reply into deadline commitments of the lead unit', async () => {
    setToday('2026-07-01');
    const p = await assign(await create({ proposers: ['赵红梅'] }));
    const d = (await t.gql(DraftProposalReplyDocument, { id: p.id, content: '我所承诺9月底前完成惠民资金公示栏建设。', version: p.version }, reporter)).data!.draftProposalReply;
    const past = await t.gql(ApproveProposalReplyDocument, {
      id: p.id,
      input: { promises: [{ content: '9月底前建成惠民资金公示栏', dueOn: '2026-09-30' }, { content: '补发历史欠款', dueOn: '2026-06-30' }] },
      version: d.version,
    }, leader);
    expect(past.errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'promises.1.dueOn', reason: 'PROMISE_DUE_IN_PAST' });
    const before = (await t.gql(CommitmentsDocument, { filter: { subjectId: ownUnitId, kinds: ['DEADLINE'] }, limit: 100 }, admin)).data!.commitments.total;
    expect((await read(p.id)).status).toBe('REPLY_DRAFTED');

    const ok = await t.gql(ApproveProposalReplyDocument, {
      id: p.id,
      input: { promises: [{ content: '9月底前建成惠民资金公示栏', dueOn: '2026-09-30' }, { content: '年底前完成补贴资金发放自查', dueOn: '2026-12-31' }] },
      version: d.version,
    }, leader);
    expect(ok.errors).toBeUndefined();
    const commitments = ok.data!.approveProposalReply.commitments;
    expect(commitments.map((c) => [c.kind, c.content, c.dueOn, c.madeOn, c.status, c.subjectUnit?.id])).toEqual([
      ['DEADLINE', '9月底前建成惠民资金公示栏', '2026-09-30', '2026-07-01', 'PENDING', ownUnitId],
      ['DEADLINE', '年底前完成补贴资金发放自查', '2026-12-31', '2026-07-01', 'PENDING', ownUnitId],
    ]);
    expect(commitments[0].beneficiary).toContain('赵红梅');
    // The credit module sees them like any commitment, and the unit's reporter sees them in scope.
    const after = await t.gql(CommitmentsDocument, { filter: { subjectId: ownUnitId, kinds: ['DEADLINE'] }, limit: 100 }, reporter);
    expect(after.data!.commitments.total).toBe(before + 2);
  });

  it('re-handles an unsatisfactory answer once, with a new due date, then only closes', async () => {
    const p = await replied();
    expect(p).toMatchObject({ status: 'REPLIED', repliedOn: '2026-08-10', repliedOnTime: true });
    const rated = (await t.gql(RecordProposalSatisfactionDocument, { id: p.id, input: { satisfaction: 'DISSATISFIED', note: '缺少时间表' }, version: p.version }, office)).data!
      .recordProposalSatisfaction;
    expect(rated).toMatchObject({ status: 'EVALUATED', satisfaction: 'DISSATISFIED', firstSatisfaction: 'DISSATISFIED' });
    expect(errorCode(await t.gql(RehandleSupervisionProposalDocument, { id: p.id, version: rated.version }, reporter))).toBe('FORBIDDEN');
    setToday('2026-08-31');
    const again = (await t.gql(RehandleSupervisionProposalDocument, { id: p.id, version: rated.version }, office)).data!.rehandleSupervisionProposal;
    // One month from Monday 31 August is 30 September, a working day.
    expect(again).toMatchObject({ status: 'ASSIGNED', rehandleCount: 1, rehandledOn: '2026-08-31', replyDueOn: '2026-09-30', misrouteReturnDueOn: null });
    // Re-handled items are not returned as misrouted.
    const back = await t.gql(ReturnMisroutedProposalDocument, { id: p.id, reason: '不属于本所职责', version: again.version }, reporter);
    expect(back.errors![0].extensions).toMatchObject({ reason: 'MISROUTE_WINDOW_CLOSED' });

    const d = (await t.gql(DraftProposalReplyDocument, { id: p.id, content: '补充答复：9月20日前完成全部拨付。', version: again.version }, reporter)).data!.draftProposalReply;
    const a = (await t.gql(ApproveProposalReplyDocument, { id: p.id, input: {}, version: d.version }, leader)).data!.approveProposalReply;
    const r = (await t.gql(MarkProposalRepliedDocument, { id: p.id, version: a.version }, reporter)).data!.markProposalReplied;
    const rated2 = (await t.gql(RecordProposalSatisfactionDocument, { id: p.id, input: { satisfaction: 'DISSATISFIED' }, version: r.version }, office)).data!
      .recordProposalSatisfaction;
    const twice = await t.gql(RehandleSupervisionProposalDocument, { id: p.id, version: rated2.version }, office);
    expect(twice.errors![0].extensions).toMatchObject({ code: 'CONFLICT', reason: 'ALREADY_REHANDLED' });
    const closed = await t.gql(CloseSupervisionProposalDocument, { id: p.id, version: rated2.version }, office);
    expect(closed.data!.closeSupervisionProposal).toMatchObject({ status: 'CLOSED', closedOn: '2026-08-31', firstSatisfaction: 'DISSATISFIED', satisfaction: 'DISSATISFIED' });
    const edit = await t.gql(UpdateSupervisionProposalDocument, { id: p.id, input: { title: '改标题' }, version: closed.data!.closeSupervisionProposal.version }, office);
    expect(edit.errors![0].extensions).toMatchObject({ code: 'CONFLICT', reason: 'ILLEGAL_TRANSITION' });
  });

  it('does not re-handle a satisfactory answer', async () => {
    const p = await replied();
    const rated = (await t.gql(RecordProposalSatisfactionDocument, { id: p.id, input: { satisfaction: 'BASICALLY_SATISFIED' }, version: p.version }, admin)).data!
      .recordProposalSatisfaction;
    const r = await t.gql(RehandleSupervisionProposalDocument, { id: p.id, version: rated.version }, office);
    expect(r.errors![0].extensions).toMatchObject({ code: 'CONFLICT', reason: 'REHANDLE_NOT_ALLOWED' });
    expect(await read(p.id)).toMatchObject({ status: 'EVALUATED', rehandleCount: 0, version: rated.version });
  });

  it('marks an unanswered item overdue after its due date and lists it with the overdue filter', async () => {
    setToday('2026-07-01');
    const p = await assign(await create({ proposers: ['逾期测试代表'] }));
    setToday('2026-10-09');
    expect((await read(p.id)).overdue).toBe(true);
    const list = await t.gql(SupervisionProposalsDocument, { filter: { overdue: true, q: '逾期测试代表' } }, office);
    expect(list.data!.supervisionProposals.items.map((x) => x.id)).toEqual([p.id]);
    setToday('2026-10-08');
    expect((await read(p.id)).overdue).toBe(false);
  });

  it('shows a unit reporter only the items its unit leads or co-handles, and lets every bureau role read', async () => {
    setToday('2026-07-01');
    const mine = await assign(await create());
    const co = await assign(await create(), budgetId, [ownUnitId]);
    const other = await assign(await create(), agricultureId, [budgetId]);
    const unassigned = await create();
    const seen = (await t.gql(SupervisionProposalsDocument, { limit: 100 }, reporter)).data!.supervisionProposals;
    const ids = seen.items.map((x) => x.id);
    expect(ids).toEqual(expect.arrayContaining([mine.id, co.id]));
    expect(ids).not.toContain(other.id);
    expect(ids).not.toContain(unassigned.id);
    expect(seen.items.every((x) => x.leadUnit?.id === ownUnitId || x.coUnits.some((c) => c.unit.id === ownUnitId))).toBe(true);
    expect(errorCode(await t.gql(SupervisionProposalDocument, { id: other.id }, reporter))).toBe('NOT_FOUND');
    const byUnit = (await t.gql(SupervisionProposalsDocument, { filter: { unitId: ownUnitId }, limit: 100 }, discipline)).data!.supervisionProposals;
    expect(byUnit.items.map((x) => x.id)).toEqual(expect.arrayContaining([mine.id, co.id]));
    expect(byUnit.items.map((x) => x.id)).not.toContain(other.id);
    for (const token of [leader, discipline, office]) {
      expect((await t.gql(SupervisionProposalDocument, { id: other.id }, token)).data!.supervisionProposal.id).toBe(other.id);
    }
    expect(errorCode(await t.gql(CreateSupervisionProposalDocument, {
      input: { kind: 'NPC_SUGGESTION', number: 'x', title: '单位自报', content: '单位自报内容', proposers: ['某'], receivedOn: '2026-06-20' },
    }, reporter))).toBe('FORBIDDEN');
  });
});
