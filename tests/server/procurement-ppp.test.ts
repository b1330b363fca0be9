import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { setToday } from '../../server/src/app/clock';
import {
  AddDishonestyListingDocument,
  AddPppObligationDocument,
  AdvancePppStageDocument,
  AwardProcurementContractDocument,
  CreateEnterpriseDocument,
  CreatePppProjectDocument,
  CreateProcurementProjectDocument,
  DishonestyRecordDocument,
  FulfilPppObligationDocument,
  MeDocument,
  OpenProcurementBiddingDocument,
  PeopleDocument,
  PppArrearsDocument,
  PppProjectsDocument,
  ProcurementProjectsDocument,
  RecordContractAcceptanceDocument,
  RecordPppDefaultDocument,
  RegisterBidDocument,
  SetPppPartnerDocument,
  UnitByCodeDocument,
  VerifyCreditCheckDocument,
  WarningsDocument,
} from '../generated/graphql';
import { withCheckCharacter } from '../helpers/credit-code';
import { errorCode, startTestApp, type TestApp } from '../helpers/test-app';

describe('procurement (K2) and bidding/PPP (K3)', () => {
  let t: TestApp;
  let admin: string;
  let discipline: string;
  let office: string;
  let reporter: string;
  let general: string;
  let unitId: string;
  let personId: string;
  let goodId: string;
  let badId: string;

  beforeAll(async () => {
    t = await startTestApp();
    [admin, discipline, office, reporter, general] = await Promise.all(
      ['admin', 'discipline', 'office', 'reporter', 'general'].map((u) => t.login(u)),
    );
    unitId = (await t.gql(MeDocument, {}, reporter)).data!.me.unit!.id;
    personId = (await t.gql(PeopleDocument, { filter: { unitId }, limit: 1 }, admin)).data!.people.items[0].id;
    goodId = (await t.gql(CreateEnterpriseDocument, { input: { name: '郏县守信办公家具有限公司', creditCode: withCheckCharacter('91410425MA4ABC001') } }, general)).data!
      .createEnterprise.id;
    badId = (await t.gql(CreateEnterpriseDocument, { input: { name: '某失信工程有限公司', creditCode: withCheckCharacter('91410425MA4ABC002') } }, general)).data!
      .createEnterprise.id;
    await t.gql(AddDishonestyListingDocument, {
      input: { enterpriseId: badId, listName: '政府采购严重违法失信行为记录名单', source: '河南省财政厅', listedFrom: '2025-06-01', listedTo: '2028-05-31' },
    }, general);
  });
  afterEach(() => setToday(undefined));
  afterAll(async () => t?.close());

  async function openProject(code: string) {
    const p = (await t.gql(CreateProcurementProjectDocument, {
      input: { code, name: '财政所办公家具采购', purchaserUnitId: unitId, budget: 186000, method: 'INQUIRY' },
    }, reporter)).data!.createProcurementProject;
    return (await t.gql(OpenProcurementBiddingDocument, { id: p.id, version: p.version }, reporter)).data!.openProcurementBidding;
  }

  it('refuses to register a bid from an enterprise on a dishonesty list, with the reasons and a verifiable check', async () => {
    const p = await openProject('CG-2026-001');
    const refused = await t.gql(RegisterBidDocument, { input: { projectId: p.id, enterpriseId: badId, amount: 150000 } }, reporter);
    expect(errorCode(refused)).toBe('CONFLICT');
    expect(refused.errors![0].extensions).toMatchObject({ reason: 'CREDIT_CHECK_REFUSED', field: 'enterpriseId' });
    expect(refused.errors![0].message).toContain('政府采购严重违法失信行为记录名单');
    const code = /核查码 (CC[-0-9A-Z]+)/.exec(refused.errors![0].message)![1];
    const v = (await t.gql(VerifyCreditCheckDocument, { verificationCode: code })).data!.verifyCreditCheck;
    expect(v).toMatchObject({ valid: true, decision: 'REFUSE' });
    const after = (await t.gql(ProcurementProjectsDocument, { filter: { q: 'CG-2026-001' } }, admin)).data!.procurementProjects.items[0];
    expect(after.bids).toHaveLength(0);
    const ok = await t.gql(RegisterBidDocument, { input: { projectId: p.id, enterpriseId: goodId, amount: 158000 } }, reporter);
    expect(ok.data!.registerBid).toMatchObject({ status: 'REGISTERED', creditCheck: { decision: 'PASS' } });
  });

  it('awards the contract after a fresh check, then records acceptance; a purchaser violation drafts a record', async () => {
    const p = await openProject('CG-2026-002');
    const bid = (await t.gql(RegisterBidDocument, { input: { projectId: p.id, enterpriseId: goodId, amount: 160000 } }, reporter)).data!.registerBid;
    const awarded = await t.gql(AwardProcurementContractDocument, {
      id: p.id,
      input: { bidId: bid.id, contractNumber: 'JXCG-HT-2026-017', amount: 159800, signedOn: '2026-05-06', acceptanceDueOn: '2026-06-30' },
      version: p.version,
    }, reporter);
    expect(awarded.data!.awardProcurementContract).toMatchObject({ status: 'AWARDED', supplier: { id: goodId }, contractAmount: 159800, awardCheck: { decision: 'PASS' } });
    const a = awarded.data!.awardProcurementContract;
    expect(errorCode(await t.gql(RecordContractAcceptanceDocument, {
      id: p.id,
      input: { acceptedOn: '2026-06-20', result: 'PASSED', findings: '货物数量、质量符合合同约定', purchaserConduct: 'COMPLIANT' },
      version: a.version,
    }, reporter))).toBe('FORBIDDEN');
    const noDescription = await t.gql(RecordContractAcceptanceDocument, {
      id: p.id,
      input: { acceptedOn: '2026-06-20', result: 'PARTLY_PASSED', findings: '部分货物规格不符', purchaserConduct: 'VIOLATION' },
      version: a.version,
    }, discipline);
    expect(noDescription.errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'violationDescription' });
    const accepted = await t.gql(RecordContractAcceptanceDocument, {
      id: p.id,
      input: {
        acceptedOn: '2026-06-20',
        result: 'PARTLY_PASSED',
        findings: '部分货物规格不符',
        purchaserConduct: 'VIOLATION',
        violationDescription: '采购人未组织验收小组即出具验收合格意见',
        responsiblePersonId: personId,
      },
      version: a.version,
    }, discipline);
    const done = accepted.data!.recordContractAcceptance;
    expect(done).toMatchObject({ status: 'ACCEPTED', acceptanceResult: 'PARTLY_PASSED', purchaserConduct: 'VIOLATION' });
    const record = (await t.gql(DishonestyRecordDocument, { id: done.recordId! }, admin)).data!.dishonestyRecord;
    expect(record).toMatchObject({ category: 'PROCUREMENT_VIOLATION', status: 'DRAFT', sourceType: 'PROJECT', subjectPerson: { id: personId } });
  });

  it('warns when contract acceptance nears its due date', async () => {
    const p = await openProject('CG-2026-003');
    const bid = (await t.gql(RegisterBidDocument, { input: { projectId: p.id, enterpriseId: goodId } }, reporter)).data!.registerBid;
    await t.gql(AwardProcurementContractDocument, {
      id: p.id,
      input: { bidId: bid.id, contractNumber: 'JXCG-HT-2026-018', amount: 90000, signedOn: '2026-07-01', acceptanceDueOn: '2026-07-11' },
      version: p.version,
    }, reporter);
    setToday('2026-07-12');
    const w = (await t.gql(WarningsDocument, { kinds: ['PROCUREMENT_ACCEPTANCE'] }, reporter)).data!.warnings.items.find((x) => x.entityId === p.id);
    expect(w).toMatchObject({ level: 'RED', dueOn: '2026-07-11' });
  });

  it('runs a PPP project stage by stage with a responsible person each, refusing to go back', async () => {
    const people = (await t.gql(PeopleDocument, { filter: { leadershipRoles: ['DEPUTY_DIRECTOR'] } }, admin)).data!.people.items;
    const implementing = (await t.gql(UnitByCodeDocument, { code: 'JXCZ-S13' }, admin)).data!.unitByCode.id;
    const created = await t.gql(CreatePppProjectDocument, {
      input: {
        code: 'PPP-T-01',
        name: '县城污水处理厂提标改造PPP项目',
        implementingUnitId: implementing,
        totalInvestment: 86000000,
        responsiblePersonId: people[0].id,
        duties: '编制实施方案，开展物有所值评价和财政承受能力论证',
        startedOn: '2026-01-10',
      },
    }, office);
    const p = created.data!.createPppProject;
    expect(p.stages).toHaveLength(1);
    const refused = await t.gql(SetPppPartnerDocument, { id: p.id, enterpriseId: badId, version: p.version }, office);
    expect(refused.errors![0].extensions).toMatchObject({ code: 'CONFLICT', reason: 'CREDIT_CHECK_REFUSED' });
    const partnered = (await t.gql(SetPppPartnerDocument, { id: p.id, enterpriseId: goodId, version: p.version }, office)).data!.setPppPartner;
    const advanced = (await t.gql(AdvancePppStageDocument, {
      id: p.id,
      input: { stage: 'BIDDING', responsiblePersonId: people[1].id, duties: '依法公开招标，公平对待各投标人', startedOn: '2026-03-01' },
      version: partnered.version,
    }, office)).data!.advancePppStage;
    expect(advanced.stages.map((s) => [s.stage, s.responsiblePerson.id, s.endedOn])).toEqual([
      ['PREPARATION', people[0].id, '2026-03-01'],
      ['BIDDING', people[1].id, null],
    ]);
    const back = await t.gql(AdvancePppStageDocument, {
      id: p.id,
      input: { stage: 'PREPARATION', responsiblePersonId: people[0].id, duties: '返回', startedOn: '2026-04-01' },
      version: advanced.version,
    }, office);
    expect(errorCode(back)).toBe('CONFLICT');
    expect(errorCode(await t.gql(AdvancePppStageDocument, {
      id: p.id,
      input: { stage: 'FINANCING', responsiblePersonId: people[0].id, duties: '融资', startedOn: '2026-04-01' },
      version: advanced.version,
    }, reporter))).toBe('FORBIDDEN');
  });

  it('keeps an arrears ledger of the government side’s payments, warns, and turns a default into a record', async () => {
    const project = (await t.gql(PppProjectsDocument, {}, office)).data!.pppProjects.items.find((x) => x.code === 'PPP-T-01')!;
    const pay = (await t.gql(AddPppObligationDocument, {
      input: { projectId: project.id, kind: 'PAYMENT', description: '2026年度可用性服务费', amount: 4200000, startedOn: '2026-06-01', dueOn: '2026-06-30' },
    }, office)).data!.addPppObligation;
    const noAmount = await t.gql(AddPppObligationDocument, {
      input: { projectId: project.id, kind: 'PAYMENT', description: '运维绩效服务费', startedOn: '2026-06-01', dueOn: '2026-06-30' },
    }, office);
    expect(noAmount.errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'amount' });
    setToday('2026-07-10');
    const part = (await t.gql(FulfilPppObligationDocument, { id: pay.id, paid: 1200000, on: '2026-07-05', version: pay.version }, office)).data!.fulfilPppObligation;
    expect(part).toMatchObject({ status: 'PENDING', paidAmount: 1200000 });
    const ledger = (await t.gql(PppArrearsDocument, { projectId: project.id }, admin)).data!.pppArrears;
    expect(ledger).toEqual([{ outstanding: 3000000, daysOverdue: 10, obligation: { id: pay.id, description: '2026年度可用性服务费', dueOn: '2026-06-30' } }]);
    const w = (await t.gql(WarningsDocument, { kinds: ['PPP_OBLIGATION'] }, admin)).data!.warnings.items.find((x) => x.entityId === pay.id);
    expect(w).toMatchObject({ level: 'RED' });
    const people = (await t.gql(PeopleDocument, { filter: { leadershipRoles: ['DEPUTY_DIRECTOR'] } }, admin)).data!.people.items;
    const defaulted = (await t.gql(RecordPppDefaultDocument, {
      id: pay.id,
      input: { description: '预算未安排，逾期未足额支付可用性服务费', responsiblePersonId: people[0].id },
      version: part.version,
    }, discipline)).data!.recordPppDefault;
    expect(defaulted.status).toBe('DEFAULTED');
    const record = (await t.gql(DishonestyRecordDocument, { id: defaulted.recordId! }, admin)).data!.dishonestyRecord;
    expect(record).toMatchObject({ category: 'CONTRACT_DEFAULT', status: 'DRAFT', subjectPerson: { id: people[0].id } });
    expect(record.facts).toContain('可用性服务费');
  });
});

describe('demo key projects', () => {
  it('have enterprises on and off dishonesty lists, procurement in each state and a PPP ledger with arrears', async () => {
    const t = await startTestApp();
    try {
      const admin = await t.login('admin');
      const { EnterprisesDocument } = await import('../generated/graphql');
      expect((await t.gql(EnterprisesDocument, { filter: { listed: true } }, admin)).data!.enterprises.total).toBe(2);
      const projects = (await t.gql(ProcurementProjectsDocument, {}, admin)).data!.procurementProjects.items;
      expect(new Set(projects.map((p) => p.status))).toEqual(new Set(['PLANNED', 'BIDDING', 'AWARDED', 'ACCEPTED']));
      expect((await t.gql(PppArrearsDocument, {}, admin)).data!.pppArrears.length).toBeGreaterThan(0);
      const warnings = (await t.gql(WarningsDocument, { kinds: ['PPP_OBLIGATION', 'PROCUREMENT_ACCEPTANCE'] }, admin)).data!.warnings;
      expect(warnings.total).toBeGreaterThan(0);
    } finally {
      await t.close();
    }
  });
});
