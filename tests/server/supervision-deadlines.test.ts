import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { setToday } from '../../server/src/app/clock';
import { runJudgmentDeadlines } from '../../server/src/jobs/judgment-deadlines.job';
import { supervisionDeadlines } from '../../server/src/modules/supervision/supervision.deadlines';
import type { DeadlineItem } from '../../server/src/modules/warnings/deadline-item';
import {
  AppearanceRateDocument,
  AssignSupervisionProposalDocument,
  CreateJudgmentDocument,
  CreateJudicialSuggestionDocument,
  CreateLawsuitDocument,
  CreateSupervisionProposalDocument,
  CreateSupervisionTaskDocument,
  DishonestyRecordsDocument,
  JudgmentsDocument,
  JudicialSuggestionsDocument,
  LawsuitsDocument,
  MeDocument,
  PeopleDocument,
  ReplyJudicialSuggestionDocument,
  SubmitSupervisionTaskDocument,
  SupervisionProposalsDocument,
  SupervisionTasksDocument,
} from '../generated/graphql';
import { startTestApp, type TestApp } from '../helpers/test-app';

describe('supervision demo data and deadlines', () => {
  let t: TestApp;
  let admin: string;
  let office: string;
  let reporter: string;
  let ownUnitId: string;

  beforeAll(async () => {
    t = await startTestApp();
    [admin, office, reporter] = await Promise.all(['admin', 'office', 'reporter'].map((u) => t.login(u)));
    ownUnitId = (await t.gql(MeDocument, {}, reporter)).data!.me.unit!.id;
  });
  afterEach(() => setToday(undefined));
  afterAll(async () => t?.close());

  const deadlines = () => supervisionDeadlines(t.em());
  const of = (items: DeadlineItem[], entityId: string) => items.filter((d) => d.entityId === entityId).map((d) => d.kind).sort();

  describe('demo county', () => {
    it('has suggestions and proposals in every state, for the reporter’s unit too', async () => {
      for (const status of ['RECEIVED', 'ASSIGNED', 'RETURNED_MISROUTED', 'REPLY_DRAFTED', 'REPLY_APPROVED', 'REPLIED', 'EVALUATED', 'CLOSED'] as const) {
        const r = await t.gql(SupervisionProposalsDocument, { filter: { statuses: [status] }, limit: 1 }, admin);
        expect(r.data!.supervisionProposals.total, status).toBeGreaterThan(0);
      }
      for (const kind of ['NPC_SUGGESTION', 'CPPCC_PROPOSAL'] as const) {
        expect((await t.gql(SupervisionProposalsDocument, { filter: { kinds: [kind] } }, admin)).data!.supervisionProposals.total).toBeGreaterThan(2);
      }
      const withPromise = (await t.gql(SupervisionProposalsDocument, { filter: { statuses: ['REPLY_APPROVED'] } }, admin)).data!.supervisionProposals.items;
      expect(withPromise.some((p) => p.commitments.length > 0)).toBe(true);
      expect((await t.gql(SupervisionProposalsDocument, { filter: { overdue: true } }, admin)).data!.supervisionProposals.total).toBeGreaterThan(0);
      expect((await t.gql(SupervisionProposalsDocument, {}, reporter)).data!.supervisionProposals.total).toBeGreaterThan(0);
    });

    it('has lawsuits with delegated appearances, judgments pending, fulfilled and overdue, suggestions and tasks in every state', async () => {
      for (const status of ['OPEN', 'DECIDED', 'CLOSED'] as const) {
        expect((await t.gql(LawsuitsDocument, { filter: { statuses: [status] } }, admin)).data!.lawsuits.total, status).toBeGreaterThan(0);
      }
      const lawsuits = (await t.gql(LawsuitsDocument, { limit: 100 }, admin)).data!.lawsuits.items;
      const outcomes = new Set(lawsuits.flatMap((l) => l.appearances.map((a) => a.outcome)));
      expect([...outcomes]).toEqual(expect.arrayContaining(['HEAD_APPEARED', 'DELEGATED', 'ABSENT', null]));
      for (const status of ['PENDING', 'FULFILLED', 'OVERDUE'] as const) {
        expect((await t.gql(JudgmentsDocument, { filter: { statuses: [status] } }, admin)).data!.judgments.total, status).toBeGreaterThan(0);
      }
      const overdue = (await t.gql(JudgmentsDocument, { filter: { statuses: ['OVERDUE'] } }, admin)).data!.judgments.items;
      expect(overdue.some((j) => j.record?.category === 'JUDICIAL_JUDGMENT')).toBe(true);
      expect(overdue.some((j) => j.record === null)).toBe(true);
      for (const status of ['PENDING', 'REPLIED'] as const) {
        expect((await t.gql(JudicialSuggestionsDocument, { filter: { statuses: [status] } }, admin)).data!.judicialSuggestions.total, status).toBeGreaterThan(0);
      }
      for (const status of ['ASSIGNED', 'IN_PROGRESS', 'SUBMITTED', 'ACCEPTED', 'RETURNED'] as const) {
        expect((await t.gql(SupervisionTasksDocument, { filter: { statuses: [status] } }, admin)).data!.supervisionTasks.total, status).toBeGreaterThan(0);
      }
      const year = Number(new Date().toISOString().slice(0, 4));
      const rates = (await t.gql(AppearanceRateDocument, { year }, admin)).data!.appearanceRate;
      expect(rates.length + (await t.gql(AppearanceRateDocument, { year: year - 1 }, admin)).data!.appearanceRate.length).toBeGreaterThan(0);
    });

    it('reads pages of items with their units, hearings and commitments in a constant number of statements', async () => {
      // The smaller pages already hold items with every kind of relation (the newest proposals are unassigned).
      const pairs = [
        [() => t.gql(SupervisionProposalsDocument, { limit: 8 }, admin), () => t.gql(SupervisionProposalsDocument, { limit: 100 }, admin)],
        [() => t.gql(LawsuitsDocument, { limit: 2 }, admin), () => t.gql(LawsuitsDocument, { limit: 100 }, admin)],
        [() => t.gql(JudgmentsDocument, { limit: 2 }, admin), () => t.gql(JudgmentsDocument, { limit: 100 }, admin)],
        [() => t.gql(SupervisionTasksDocument, { limit: 2 }, admin), () => t.gql(SupervisionTasksDocument, { limit: 100 }, admin)],
      ] as const;
      // A small page may lack a kind of relation the large one has (one more batched query);
      // a query per row would add dozens.
      for (const [few, many] of pairs) {
        const small = await t.countQueries(few);
        const large = await t.countQueries(many);
        expect(large).toBeLessThanOrEqual(small + 2);
        expect(large).toBeLessThanOrEqual(12);
      }
    });

    it('leaves the seeded state untouched when the judgment job runs on the day of seeding', async () => {
      const before = (await t.gql(DishonestyRecordsDocument, { filter: { sourceType: 'JUDGMENT' } }, admin)).data!.dishonestyRecords.total;
      const report = await runJudgmentDeadlines(t.orm);
      expect(report).toMatchObject({ ran: true, warnedJudgments: 0, recordedJudgments: 0 });
      expect((await t.gql(DishonestyRecordsDocument, { filter: { sourceType: 'JUDGMENT' } }, admin)).data!.dishonestyRecords.total).toBe(before);
    });

    it('lists every seeded open item with a time limit in the unit’s charge', async () => {
      const items = await deadlines();
      expect(new Set(items.map((d) => d.kind))).toEqual(
        new Set(['PROPOSAL_REPLY', 'PROPOSAL_MISROUTE_WINDOW', 'JUDGMENT_FULFILMENT', 'JUDGMENT_GRACE', 'JUDICIAL_SUGGESTION_REPLY', 'SUPERVISION_TASK']),
      );
      for (const d of items) {
        expect(d.startedOn).toMatch(/^\d{4}-\d{2}-\d{2}$/);
        expect(d.dueOn).toMatch(/^\d{4}-\d{2}-\d{2}$/);
        expect(d.dueOn >= d.startedOn, `${d.kind} ${d.title}`).toBe(true);
        expect(d.responsibleUnitId).toMatch(/^[0-9a-f-]{36}$/);
        expect(d.title.length).toBeGreaterThan(0);
      }
      expect(items.map((d) => d.dueOn)).toEqual([...items.map((d) => d.dueOn)].sort());
    });
  });

  describe('deadlines for the early-warning board', () => {
    it('lists a proposal’s reply and, while it is open, its misroute window', async () => {
      setToday('2026-07-01');
      const p = (await t.gql(CreateSupervisionProposalDocument, {
        input: { kind: 'CPPCC_PROPOSAL', number: '期限测试1号', title: '关于期限测试的提案', content: '提案内容', proposers: ['某委员'], receivedOn: '2026-06-20' },
      }, office)).data!.createSupervisionProposal;
      expect(of(await deadlines(), p.id)).toEqual([]);
      await t.gql(AssignSupervisionProposalDocument, { id: p.id, input: { leadUnitId: ownUnitId }, version: p.version }, office);
      const items = await deadlines();
      expect(items.filter((d) => d.entityId === p.id)).toEqual([
        { kind: 'PROPOSAL_MISROUTE_WINDOW', entityType: 'SupervisionProposal', entityId: p.id, title: '政协委员提案期限测试1号：关于期限测试的提案', startedOn: '2026-07-01', dueOn: '2026-07-06', responsibleUnitId: ownUnitId },
        { kind: 'PROPOSAL_REPLY', entityType: 'SupervisionProposal', entityId: p.id, title: '政协委员提案期限测试1号：关于期限测试的提案', startedOn: '2026-07-01', dueOn: '2026-10-08', responsibleUnitId: ownUnitId },
      ]);
      setToday('2026-07-07');
      expect(of(await deadlines(), p.id)).toEqual(['PROPOSAL_REPLY']);
    });

    it('lists a judgment to fulfil, then its grace period once warned', async () => {
      setToday('2025-06-30');
      const l = (await t.gql(CreateLawsuitDocument, {
        input: { caseNumber: '（2025）豫0425民初999号', court: '郏县人民法院', cause: '合同纠纷', unitId: ownUnitId, partyRole: 'DEFENDANT', filedOn: '2025-03-03' },
      }, office)).data!.createLawsuit;
      const j = (await t.gql(CreateJudgmentDocument, { input: { lawsuitId: l.id, obligation: '支付货款', effectiveOn: '2025-06-20', fulfilBy: '2025-07-10' } }, office)).data!
        .createJudgment;
      expect((await deadlines()).find((d) => d.entityId === j.id)).toMatchObject({ kind: 'JUDGMENT_FULFILMENT', entityType: 'Judgment', startedOn: '2025-06-20', dueOn: '2025-07-10', responsibleUnitId: ownUnitId });
      setToday('2025-07-11');
      await runJudgmentDeadlines(t.orm);
      expect((await deadlines()).find((d) => d.entityId === j.id)).toMatchObject({ kind: 'JUDGMENT_GRACE', startedOn: '2025-07-11', dueOn: '2025-07-25' });
    });

    it('lists a suggestion until it is answered and a task until it is submitted, with the responsible person', async () => {
      setToday('2025-06-30');
      const s = (await t.gql(CreateJudicialSuggestionDocument, {
        input: { kind: 'JUDICIAL_SUGGESTION', issuingOrgan: '郏县人民法院', documentNumber: '司建9号', content: '建议规范程序。', unitId: ownUnitId, receivedOn: '2025-06-30' },
      }, office)).data!.createJudicialSuggestion;
      const personId = (await t.gql(PeopleDocument, { filter: { unitId: ownUnitId }, limit: 1 }, admin)).data!.people.items[0].id;
      const task = (await t.gql(CreateSupervisionTaskDocument, {
        input: { title: '期限测试任务', requirement: '按期报送', assignedUnitId: ownUnitId, responsiblePersonId: personId, dueOn: '2025-07-15' },
      }, office)).data!.createSupervisionTask;
      let items = await deadlines();
      // 30 August 2025 is a Saturday: the reply is due on Monday 1 September.
      expect(items.find((d) => d.entityId === s.id)).toMatchObject({ kind: 'JUDICIAL_SUGGESTION_REPLY', dueOn: '2025-09-01', title: '郏县人民法院司建9号' });
      expect(items.find((d) => d.entityId === task.id)).toEqual({
        kind: 'SUPERVISION_TASK', entityType: 'SupervisionTask', entityId: task.id, title: '期限测试任务', startedOn: '2025-06-30', dueOn: '2025-07-15', responsibleUnitId: ownUnitId, responsiblePersonId: personId,
      });
      await t.gql(ReplyJudicialSuggestionDocument, { id: s.id, input: { reply: '已按建议完成整改并函复。' }, version: s.version }, reporter);
      await t.gql(SubmitSupervisionTaskDocument, { id: task.id, input: { result: '已按期报送' }, version: task.version }, reporter);
      items = await deadlines();
      expect(of(items, s.id)).toEqual([]);
      expect(of(items, task.id)).toEqual([]);
    });
  });
});
