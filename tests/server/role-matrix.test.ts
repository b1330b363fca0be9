import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  AcceptComplaintDocument,
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
  CampaignsDocument,
  CampaignZeroOutDocument,
  CreateCampaignDocument,
  CreatePolicyDocument,
  CreateTrainingSessionDocument,
  EnactPolicyDocument,
  EvaluatePolicyDocument,
  PoliciesDocument,
  PolicyTasksDocument,
  RecordTrainingAttendanceDocument,
  RegisterCampaignFindingDocument,
  ReportCampaignFindingRectifiedDocument,
  ReportPolicyTaskProgressDocument,
  RunCampaignDeadlinesDocument,
  RunPolicyDeadlinesDocument,
  TrainingHoursDocument,
  TrainingRemindersDocument,
  TrainingSessionsDocument,
  UpdateTrainingPolicyDocument,
  VerifyCampaignFindingDocument,
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
  policies: [...ROLES],
  policyTasks: [...ROLES],
  createPolicy: ['admin', 'general', 'office'],
  enactPolicy: ['admin', 'general', 'office'],
  reportPolicyTaskProgress: ['admin', 'general', 'office', 'discipline', 'personnel', 'reporter'],
  evaluatePolicy: ['admin', 'general', 'office'],
  runPolicyDeadlines: ['admin'],
  campaigns: [...ROLES],
  campaignZeroOut: [...ROLES],
  createCampaign: ['admin', 'discipline'],
  registerCampaignFinding: ['admin', 'discipline'],
  reportCampaignFindingRectified: ['admin', 'discipline', 'reporter'],
  verifyCampaignFinding: ['admin', 'discipline'],
  runCampaignDeadlines: ['admin'],
  trainingSessions: [...ROLES],
  trainingHours: [...ROLES],
  trainingReminders: [...ROLES],
  createTrainingSession: ['admin', 'personnel'],
  recordTrainingAttendance: ['admin', 'personnel', 'reporter'],
  updateTrainingPolicy: ['admin', 'personnel'],
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
    integrityFile: (tk) => t.gql(IntegrityFileDocument, { subjectType: 'UNIT', subjectId: NONE }, tk),
    awardEligibility: (tk) => t.gql(AwardEligibilityDocument, { subjectType: 'UNIT', subjectId: NONE, year: 2026 }, tk),
    updateCreditPolicy: (tk) => t.gql(UpdateCreditPolicyDocument, { input: {}, version: 0 }, tk),
    setCalendarDay: (tk) => t.gql(SetCalendarDayDocument, { input: { date: '2027-01-05', kind: 'MAKEUP_WORKDAY' } }, tk),
    runCreditDeadlines: (tk) => t.gql(RunCreditDeadlinesDocument, {}, tk),
    complaints: (tk) => t.gql(ComplaintsDocument, { limit: 1 }, tk),
    complaintReporter: (tk) => t.gql(ComplaintReporterDocument, { id: NONE }, tk),
    registerComplaint: (tk) =>
      t.gql(RegisterComplaintDocument, { input: { channel: 'HOTLINE', category: 'OTHER', title: 'x', content: 'x', anonymous: true } }, tk),
    acceptComplaint: (tk) => t.gql(AcceptComplaintDocument, { id: NONE, version: 1 }, tk),
    assignComplaint: (tk) => t.gql(AssignComplaintDocument, { id: NONE, input: { leadUnitId: NONE }, version: 1 }, tk),
    concludeComplaint: (tk) =>
      t.gql(ConcludeComplaintDocument, { id: NONE, input: { conclusion: 'UNSUBSTANTIATED', findings: '经核查不属实' }, version: 1 }, tk),
    recordComplaintSatisfaction: (tk) => t.gql(RecordComplaintSatisfactionDocument, { id: NONE, satisfaction: 'SATISFIED', version: 1 }, tk),
    bulkAcceptComplaints: (tk) => t.gql(BulkAcceptComplaintsDocument, { ids: [NONE] }, tk),
    createReplyTemplate: (tk) => t.gql(CreateReplyTemplateDocument, { input: { category: 'OTHER', title: 'x', body: 'x' } }, tk),
    policies: (tk) => t.gql(PoliciesDocument, { limit: 1 }, tk),
    policyTasks: (tk) => t.gql(PolicyTasksDocument, { limit: 1 }, tk),
    createPolicy: (tk) =>
      t.gql(CreatePolicyDocument, { input: { title: 'x', documentNumber: 'x', level: 'COUNTY', issuedOn: '2026-02-01', effectiveFrom: '2026-01-01' } }, tk),
    enactPolicy: (tk) => t.gql(EnactPolicyDocument, { id: NONE, version: 1 }, tk),
    reportPolicyTaskProgress: (tk) => t.gql(ReportPolicyTaskProgressDocument, { id: NONE, input: { note: '推进中' }, version: 1 }, tk),
    evaluatePolicy: (tk) => t.gql(EvaluatePolicyDocument, { policyId: NONE, input: { evaluatedOn: '2026-01-01', score: 80, findings: '总体落实' } }, tk),
    runPolicyDeadlines: (tk) => t.gql(RunPolicyDeadlinesDocument, {}, tk),
    campaigns: (tk) => t.gql(CampaignsDocument, { limit: 1 }, tk),
    campaignZeroOut: (tk) => t.gql(CampaignZeroOutDocument, { campaignId: NONE }, tk),
    createCampaign: (tk) => t.gql(CreateCampaignDocument, { input: { title: 'x', startsOn: '2026-02-01', endsOn: '2026-01-01' } }, tk),
    registerCampaignFinding: (tk) =>
      t.gql(RegisterCampaignFindingDocument, { input: { campaignId: NONE, responsibleUnitId: NONE, problem: '问题描述', severity: 'GENERAL' } }, tk),
    reportCampaignFindingRectified: (tk) =>
      t.gql(ReportCampaignFindingRectifiedDocument, { id: NONE, input: { rectification: '已整改到位', evidence: ['报告'] }, version: 1 }, tk),
    verifyCampaignFinding: (tk) => t.gql(VerifyCampaignFindingDocument, { id: NONE, accepted: true, version: 1 }, tk),
    runCampaignDeadlines: (tk) => t.gql(RunCampaignDeadlinesDocument, {}, tk),
    trainingSessions: (tk) => t.gql(TrainingSessionsDocument, { limit: 1 }, tk),
    trainingHours: (tk) => t.gql(TrainingHoursDocument, { year: 2026, limit: 1 }, tk),
    trainingReminders: (tk) => t.gql(TrainingRemindersDocument, { year: 2026 }, tk),
    createTrainingSession: (tk) => t.gql(CreateTrainingSessionDocument, { input: { topic: 'x', kind: 'LECTURE', heldOn: '2026-01-05', hours: 0 } }, tk),
    recordTrainingAttendance: (tk) =>
      t.gql(RecordTrainingAttendanceDocument, { input: { sessionId: NONE, entries: [{ personId: NONE, status: 'ATTENDED' }] } }, tk),
    updateTrainingPolicy: (tk) => t.gql(UpdateTrainingPolicyDocument, { input: { minimumHoursPerYear: 12 }, version: 0 }, tk),
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
