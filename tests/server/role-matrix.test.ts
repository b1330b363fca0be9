import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  AcceptComplaintDocument,
  CreateEnterpriseDocument,
  CreatePppProjectDocument,
  CreateProcurementProjectDocument,
  CreditCheckDocument,
  CreditChecksDocument,
  EnterprisesDocument,
  RecordContractAcceptanceDocument,
  RecordPppDefaultDocument,
  RegisterBidDocument,
  RunWarningScanDocument,
  WarningsDocument,
  AddLeadingGroupMemberDocument,
  AssignComplaintDocument,
  BulkAcceptComplaintsDocument,
  ComplaintReporterDocument,
  ComplaintsDocument,
  ConcludeComplaintDocument,
  CreateReplyTemplateDocument,
  RecordComplaintSatisfactionDocument,
  RegisterComplaintDocument,
  ApplyMeasureDocument,
  AwardEligibilityDocument,
  CommitmentsDocument,
  ConfirmDishonestyRecordDocument,
  CreateCommitmentDocument,
  CreateDishonestyRecordDocument,
  CreateRectificationDocument,
  DecideObjectionDocument,
  DishonestyRecordsDocument,
  FileObjectionDocument,
  FulfilCommitmentDocument,
  IntegrityFileDocument,
  RecordMeasureFeedbackDocument,
  RepairDishonestyRecordDocument,
  ReportRectificationProgressDocument,
  RunCreditDeadlinesDocument,
  SetCalendarDayDocument,
  UpdateCreditPolicyDocument,
  WaiveCommitmentDocument,
  AuditEventsDocument,
  AuditCheckpointsDocument,
  AuditCountsDocument,
  AuditPublicKeyDocument,
  CreateAuditCheckpointDocument,
  EntityHistoryDocument,
  FileViewersDocument,
  VerifyAuditChainDocument,
  CreatePersonDocument,
  CreateUnitDocument,
  CreateUserDocument,
  DeletePersonDocument,
  DeleteUnitDocument,
  LeadingGroupsDocument,
  MeDocument,
  PeopleDocument,
  UnitsDocument,
  UsersDocument,
} from '../generated/graphql';
import { errorCode, startTestApp, type TestApp } from '../helpers/test-app';

const NONE = '00000000-0000-4000-8000-000000000000';
const ROLES = ['admin', 'discipline', 'personnel', 'office', 'general', 'reporter', 'leader', 'analyst', 'custodian'] as const;
type Who = (typeof ROLES)[number];

// Expected outcome per operation: the roles allowed; everyone else gets FORBIDDEN.
// Written out by hand from the access design so a changed rule fails here.
const ALLOWED: Record<string, Who[]> = {
  me: [...ROLES],
  units: [...ROLES],
  people: [...ROLES],
  leadingGroups: ['admin', 'discipline', 'personnel', 'office', 'general', 'leader', 'analyst', 'custodian'],
  users: ['admin'],
  auditEvents: ['admin', 'analyst'],
  entityHistory: ['admin', 'analyst'],
  fileViewers: ['admin', 'analyst'],
  auditCounts: ['admin', 'analyst'],
  verifyAuditChain: ['admin', 'analyst'],
  auditCheckpoints: ['admin', 'analyst'],
  auditPublicKey: ['admin', 'analyst'],
  createAuditCheckpoint: ['admin'],
  createUnit: ['admin'],
  deleteUnit: ['admin'],
  createPerson: ['admin', 'personnel', 'reporter'],
  deletePerson: ['admin', 'personnel'],
  addLeadingGroupMember: ['admin', 'office'],
  createUser: ['admin'],
  commitments: [...ROLES],
  createCommitment: ['admin', 'discipline', 'general', 'office', 'personnel', 'reporter'],
  fulfilCommitment: ['admin', 'discipline'],
  waiveCommitment: ['admin', 'discipline', 'leader'],
  dishonestyRecords: [...ROLES],
  createDishonestyRecord: ['admin', 'discipline', 'general', 'office', 'personnel', 'reporter'],
  confirmDishonestyRecord: ['admin', 'discipline'],
  repairDishonestyRecord: ['admin', 'discipline'],
  fileObjection: ['admin', 'discipline', 'reporter'],
  decideObjection: ['admin', 'discipline'],
  createRectification: ['admin', 'discipline'],
  reportRectificationProgress: ['admin', 'discipline', 'reporter'],
  applyMeasure: ['admin', 'discipline'],
  recordMeasureFeedback: ['admin', 'discipline', 'reporter'],
  integrityFile: [...ROLES],
  awardEligibility: [...ROLES],
  updateCreditPolicy: ['admin'],
  setCalendarDay: ['admin'],
  runCreditDeadlines: ['admin'],
  complaints: [...ROLES],
  complaintReporter: ['custodian'],
  registerComplaint: ['admin', 'discipline', 'custodian', 'office'],
  acceptComplaint: ['admin', 'discipline'],
  assignComplaint: ['admin', 'discipline'],
  concludeComplaint: ['admin', 'discipline', 'reporter'],
  recordComplaintSatisfaction: ['admin', 'discipline', 'custodian'],
  bulkAcceptComplaints: ['admin', 'discipline'],
  createReplyTemplate: ['admin', 'discipline'],
  enterprises: [...ROLES],
  createEnterprise: ['admin', 'general', 'office', 'discipline'],
  creditCheck: [...ROLES],
  creditChecks: ['admin', 'discipline', 'general', 'analyst'],
  createProcurementProject: ['admin', 'discipline', 'office', 'reporter'],
  registerBid: ['admin', 'discipline', 'office', 'reporter'],
  recordContractAcceptance: ['admin', 'discipline'],
  createPppProject: ['admin', 'office'],
  recordPppDefault: ['admin', 'office', 'discipline'],
  warnings: [...ROLES],
  runWarningScan: ['admin'],
};

describe('role matrix', () => {
  let t: TestApp;
  const tokens = {} as Record<Who, string>;
  let ownUnitId: string;

  beforeAll(async () => {
    t = await startTestApp();
    for (const who of ROLES) tokens[who] = await t.login(who);
    const me = await t.gql(MeDocument, {}, tokens.reporter);
    ownUnitId = me.data!.me.unit!.id;
  });
  afterAll(async () => t?.close());

  // Each call is shaped so that an allowed role gets past the access check and
  // fails (if at all) on the data, never with FORBIDDEN.
  const calls: Record<string, (token?: string) => Promise<{ errors?: readonly any[] }>> = {
    me: (tk) => t.gql(MeDocument, {}, tk),
    units: (tk) => t.gql(UnitsDocument, { limit: 1 }, tk),
    people: (tk) => t.gql(PeopleDocument, { limit: 1 }, tk),
    leadingGroups: (tk) => t.gql(LeadingGroupsDocument, {}, tk),
    users: (tk) => t.gql(UsersDocument, { limit: 1 }, tk),
    auditEvents: (tk) => t.gql(AuditEventsDocument, { limit: 1 }, tk),
    entityHistory: (tk) => t.gql(EntityHistoryDocument, { entityType: 'Unit', entityId: NONE, limit: 1 }, tk),
    fileViewers: (tk) => t.gql(FileViewersDocument, { subjectType: 'PERSON', subjectId: NONE }, tk),
    auditCounts: (tk) => t.gql(AuditCountsDocument, { from: '2026-01-01', to: '2026-01-02' }, tk),
    verifyAuditChain: (tk) => t.gql(VerifyAuditChainDocument, { from: 1, to: 5 }, tk),
    auditCheckpoints: (tk) => t.gql(AuditCheckpointsDocument, { limit: 1 }, tk),
    auditPublicKey: (tk) => t.gql(AuditPublicKeyDocument, {}, tk),
    createAuditCheckpoint: (tk) => t.gql(CreateAuditCheckpointDocument, {}, tk),
    createUnit: (tk) => t.gql(CreateUnitDocument, { input: { code: 'x', name: 'x', kind: 'SECTION' } }, tk),
    deleteUnit: (tk) => t.gql(DeleteUnitDocument, { id: '00000000-0000-4000-8000-000000000000' }, tk),
    createPerson: (tk) =>
      t.gql(CreatePersonDocument, { input: { name: '测', staffNumber: '!', unitId: ownUnitId } }, tk),
    deletePerson: (tk) => t.gql(DeletePersonDocument, { id: '00000000-0000-4000-8000-000000000000' }, tk),
    addLeadingGroupMember: (tk) =>
      t.gql(
        AddLeadingGroupMemberDocument,
        {
          input: {
            groupId: '00000000-0000-4000-8000-000000000000',
            personId: '00000000-0000-4000-8000-000000000000',
            role: 'MEMBER',
            termStart: '2026-01-01',
          },
        },
        tk,
      ),
    createUser: (tk) =>
      t.gql(CreateUserDocument, { input: { username: 'x', displayName: 'x', password: 'x', roles: [] } }, tk),
    commitments: (tk) => t.gql(CommitmentsDocument, { limit: 1 }, tk),
    createCommitment: (tk) =>
      t.gql(CreateCommitmentDocument, { input: { subjectType: 'UNIT', subjectId: NONE, kind: 'DEADLINE', content: 'x', madeOn: '2026-01-01', dueOn: '2026-01-02' } }, tk),
    fulfilCommitment: (tk) => t.gql(FulfilCommitmentDocument, { id: NONE, input: { note: '已履行' }, version: 1 }, tk),
    waiveCommitment: (tk) => t.gql(WaiveCommitmentDocument, { id: NONE, reason: '政策调整', version: 1 }, tk),
    dishonestyRecords: (tk) => t.gql(DishonestyRecordsDocument, { limit: 1 }, tk),
    createDishonestyRecord: (tk) =>
      t.gql(CreateDishonestyRecordDocument, { input: { subjectType: 'UNIT', subjectId: NONE, category: 'OTHER', severity: 'GENERAL', facts: 'x' } }, tk),
    confirmDishonestyRecord: (tk) => t.gql(ConfirmDishonestyRecordDocument, { id: NONE, version: 1 }, tk),
    repairDishonestyRecord: (tk) => t.gql(RepairDishonestyRecordDocument, { id: NONE, reason: '整改到位', version: 1 }, tk),
    fileObjection: (tk) => t.gql(FileObjectionDocument, { input: { recordId: NONE, grounds: '事实有误' } }, tk),
    decideObjection: (tk) => t.gql(DecideObjectionDocument, { id: NONE, input: { outcome: 'UPHELD', reason: '维持原记录' }, version: 1 }, tk),
    createRectification: (tk) => t.gql(CreateRectificationDocument, { input: { recordId: NONE, requiredActions: '完善制度', workingDays: 5 } }, tk),
    reportRectificationProgress: (tk) => t.gql(ReportRectificationProgressDocument, { id: NONE, input: { progress: '进行中' }, version: 1 }, tk),
    applyMeasure: (tk) => t.gql(ApplyMeasureDocument, { input: { measureId: NONE, subjectType: 'UNIT', subjectId: NONE } }, tk),
    recordMeasureFeedback: (tk) => t.gql(RecordMeasureFeedbackDocument, { id: NONE, feedback: '已反馈', version: 1 }, tk),
    integrityFile: (tk) => t.gql(IntegrityFileDocument, { subjectType: 'UNIT', subjectId: NONE, purpose: '核查' }, tk),
    awardEligibility: (tk) => t.gql(AwardEligibilityDocument, { subjectType: 'UNIT', subjectId: NONE, year: 2026 }, tk),
    updateCreditPolicy: (tk) => t.gql(UpdateCreditPolicyDocument, { input: {}, version: 0 }, tk),
    setCalendarDay: (tk) => t.gql(SetCalendarDayDocument, { input: { date: '2027-01-05', kind: 'MAKEUP_WORKDAY' } }, tk),
    runCreditDeadlines: (tk) => t.gql(RunCreditDeadlinesDocument, {}, tk),
    complaints: (tk) => t.gql(ComplaintsDocument, { limit: 1 }, tk),
    complaintReporter: (tk) => t.gql(ComplaintReporterDocument, { id: NONE, purpose: '核查' }, tk),
    registerComplaint: (tk) =>
      t.gql(RegisterComplaintDocument, { input: { channel: 'HOTLINE', category: 'OTHER', title: 'x', content: 'x', anonymous: true } }, tk),
    acceptComplaint: (tk) => t.gql(AcceptComplaintDocument, { id: NONE, version: 1 }, tk),
    assignComplaint: (tk) => t.gql(AssignComplaintDocument, { id: NONE, input: { leadUnitId: NONE }, version: 1 }, tk),
    concludeComplaint: (tk) =>
      t.gql(ConcludeComplaintDocument, { id: NONE, input: { conclusion: 'UNSUBSTANTIATED', findings: '经核查不属实' }, version: 1 }, tk),
    recordComplaintSatisfaction: (tk) => t.gql(RecordComplaintSatisfactionDocument, { id: NONE, satisfaction: 'SATISFIED', version: 1 }, tk),
    bulkAcceptComplaints: (tk) => t.gql(BulkAcceptComplaintsDocument, { ids: [NONE] }, tk),
    createReplyTemplate: (tk) => t.gql(CreateReplyTemplateDocument, { input: { category: 'OTHER', title: 'x', body: 'x' } }, tk),
    enterprises: (tk) => t.gql(EnterprisesDocument, {}, tk),
    createEnterprise: (tk) => t.gql(CreateEnterpriseDocument, { input: { name: 'x', creditCode: 'x' } }, tk),
    creditCheck: (tk) => t.gql(CreditCheckDocument, { input: { subjectType: 'ENTERPRISE', subjectId: NONE, purpose: '核查' } }, tk),
    creditChecks: (tk) => t.gql(CreditChecksDocument, { subjectId: NONE }, tk),
    createProcurementProject: (tk) =>
      t.gql(CreateProcurementProjectDocument, { input: { code: 'X', name: 'x', purchaserUnitId: NONE, budget: 1, method: 'INQUIRY' } }, tk),
    registerBid: (tk) => t.gql(RegisterBidDocument, { input: { projectId: NONE, enterpriseId: NONE } }, tk),
    recordContractAcceptance: (tk) =>
      t.gql(RecordContractAcceptanceDocument, {
        id: NONE,
        input: { acceptedOn: '2026-01-01', result: 'PASSED', findings: '合格合格', purchaserConduct: 'COMPLIANT' },
        version: 1,
      }, tk),
    createPppProject: (tk) =>
      t.gql(CreatePppProjectDocument, {
        input: { code: 'X', name: 'x', implementingUnitId: NONE, totalInvestment: 1, responsiblePersonId: NONE, duties: 'x', startedOn: '2026-01-01' },
      }, tk),
    recordPppDefault: (tk) => t.gql(RecordPppDefaultDocument, { id: NONE, input: { description: '逾期未付' }, version: 1 }, tk),
    warnings: (tk) => t.gql(WarningsDocument, { limit: 1 }, tk),
    runWarningScan: (tk) => t.gql(RunWarningScanDocument, {}, tk),
  };

  it('answers UNAUTHENTICATED to every operation without a token', async () => {
    for (const [name, call] of Object.entries(calls)) {
      expect(errorCode(await call()), name).toBe('UNAUTHENTICATED');
    }
  });

  it('answers FORBIDDEN exactly to the roles an operation does not allow', async () => {
    const mismatches: string[] = [];
    for (const [name, call] of Object.entries(calls)) {
      for (const who of ROLES) {
        const code = errorCode(await call(tokens[who]));
        const allowed = ALLOWED[name].includes(who);
        if (allowed === (code === 'FORBIDDEN')) mismatches.push(`${name} as ${who}: ${code ?? 'ok'}`);
      }
    }
    expect(mismatches).toEqual([]);
  });

  it('answers UNAUTHENTICATED to a forged or revoked token', async () => {
    expect(errorCode(await t.gql(MeDocument, {}, 'forged-token'))).toBe('UNAUTHENTICATED');
  });
});
