import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MeDocument } from '../generated/graphql';
import { operationFor, rootFields, type Operation, type RootField } from '../helpers/schema-ops';
import { DEMO_PASSWORD, startTestApp, type TestApp } from '../helpers/test-app';

const ROLES = ['admin', 'discipline', 'personnel', 'office', 'general', 'reporter', 'leader', 'analyst', 'custodian'] as const;
type Who = (typeof ROLES)[number];
/** Every signed-in role. */
const ALL = [...ROLES];
/** Who reads evaluation results (a unit reporter: its own unit only). */
const EVALUATION_READERS: Who[] = ['admin', 'discipline', 'personnel', 'leader', 'analyst', 'reporter'];
/** Whoever may create one of the kinds a file imports (each kind then applies its create command's roles). */
const IMPORTERS: Who[] = ['admin', 'discipline', 'personnel', 'office', 'general', 'reporter'];
/** Anyone, also without signing in. */
const PUBLIC = 'PUBLIC';

/**
 * Who may call each query and mutation of the schema — one row each, written by
 * hand from the access design so that a changed rule fails here. Every other
 * signed-in role must get FORBIDDEN, and a caller without a token UNAUTHENTICATED
 * (unless PUBLIC). A new operation without a row fails the completeness test:
 * add a row, nothing else (the call is generated from the schema; give it
 * arguments in ARGS only if the generated ones cannot reach the access check).
 */
const EXPECTED: Record<string, readonly Who[] | typeof PUBLIC> = {
  // Query
  annualIntegrityReport: ['admin', 'discipline', 'personnel', 'general', 'reporter', 'leader', 'analyst'],
  appearanceRate: ALL,
  auditCheckpoints: ['admin', 'analyst'],
  auditCounts: ['admin', 'analyst'],
  auditEvent: ['admin', 'analyst'],
  auditEvents: ['admin', 'analyst'],
  auditPublicKey: ['admin', 'analyst'],
  awardEligibility: ALL,
  calendarDays: ALL,
  campaign: ALL,
  campaignFinding: ALL,
  campaignFindings: ALL,
  campaignZeroOut: ALL,
  campaigns: ALL,
  commitment: ALL,
  commitments: ALL,
  complaint: ALL,
  complaintByReceipt: PUBLIC,
  complaintReporter: ['custodian'],
  complaints: ALL,
  creditChecks: ['admin', 'discipline', 'general', 'analyst'],
  creditPolicy: ALL,
  creditReport: ['admin', 'discipline', 'personnel', 'general', 'reporter', 'leader', 'analyst'],
  creditReports: ['admin', 'discipline', 'personnel', 'general', 'reporter', 'leader', 'analyst'],
  dishonestyRecord: ALL,
  dishonestyRecords: ALL,
  enterprise: ALL,
  enterpriseByCreditCode: ALL,
  enterprises: ALL,
  entityHistory: ['admin', 'analyst'],
  evaluationChanges: EVALUATION_READERS,
  evaluationDistribution: EVALUATION_READERS,
  evaluationResult: EVALUATION_READERS,
  evaluationResults: EVALUATION_READERS,
  evaluationRuns: EVALUATION_READERS,
  evaluationScheme: EVALUATION_READERS,
  evaluationSchemes: EVALUATION_READERS,
  evaluationTrend: EVALUATION_READERS,
  evaluationWhatIf: ['admin', 'discipline', 'personnel'],
  fileViewers: ['admin', 'analyst'],
  importJob: IMPORTERS,
  importJobs: IMPORTERS,
  importTemplate: IMPORTERS,
  integrityFile: ALL,
  judgment: ALL,
  judgments: ALL,
  judicialSuggestion: ALL,
  judicialSuggestions: ALL,
  lawsuit: ALL,
  lawsuits: ALL,
  leadingGroup: ['admin', 'discipline', 'personnel', 'office', 'general', 'leader', 'analyst', 'custodian'],
  leadingGroups: ['admin', 'discipline', 'personnel', 'office', 'general', 'leader', 'analyst', 'custodian'],
  me: ALL,
  measure: ALL,
  measureApplication: ALL,
  measureApplications: ALL,
  measures: ALL,
  myNotifications: ALL,
  objections: ALL,
  people: ALL,
  performanceAssessmentExport: EVALUATION_READERS,
  person: ALL,
  personByNationalId: ['admin', 'discipline', 'personnel'],
  policies: ALL,
  policy: ALL,
  policyTask: ALL,
  policyTasks: ALL,
  pppArrears: ALL,
  pppProject: ALL,
  pppProjects: ALL,
  procurementProject: ALL,
  procurementProjects: ALL,
  recordStatistics: ALL,
  publicDisclosureRules: PUBLIC,
  publicHonourRoll: PUBLIC,
  publicRecords: PUBLIC,
  publicUnits: PUBLIC,
  rectifications: ALL,
  replyTemplates: ALL,
  savedQueries: ['admin', 'analyst'],
  savedQuery: ['admin', 'analyst'],
  supervisionPolicy: ALL,
  supervisionProposal: ALL,
  supervisionProposals: ALL,
  supervisionTask: ALL,
  supervisionTaskResults: ALL,
  supervisionTasks: ALL,
  trainingAttendances: ALL,
  trainingHours: ALL,
  trainingPolicy: ALL,
  trainingReminders: ALL,
  trainingSession: ALL,
  trainingSessions: ALL,
  unit: ALL,
  unitByCode: ALL,
  units: ALL,
  user: ['admin'],
  users: ['admin'],
  verifyAuditChain: ['admin', 'analyst'],
  verifyCreditCheck: PUBLIC,
  verifyCreditReport: PUBLIC,
  warnings: ALL,
  workingDayDeadline: ALL,
  // Mutation
  acceptComplaint: ['admin', 'discipline'],
  acceptSupervisionTask: ['admin', 'discipline', 'office'],
  addDishonestyListing: ['admin', 'discipline', 'office', 'general'],
  addLeadingGroupMember: ['admin', 'office'],
  addPppObligation: ['admin', 'office'],
  addThirdPartyCreditReport: ['admin', 'discipline', 'office', 'general'],
  advancePppStage: ['admin', 'office'],
  applyMeasure: ['admin', 'discipline'],
  approveProposalReply: ['admin', 'leader'],
  assignComplaint: ['admin', 'discipline'],
  assignSupervisionProposal: ['admin', 'office'],
  awardProcurementContract: ['admin', 'discipline', 'office', 'reporter'],
  breakCommitment: ['admin', 'discipline'],
  bulkAcceptComplaints: ['admin', 'discipline'],
  bulkAssignComplaints: ['admin', 'discipline'],
  cancelMeasureApplication: ['admin', 'discipline'],
  cancelProcurementProject: ['admin', 'discipline', 'office', 'reporter'],
  changeMyPassword: ALL,
  closeCampaign: ['admin', 'discipline'],
  closeComplaint: ['admin', 'discipline'],
  closeLawsuit: ['admin', 'discipline', 'office'],
  closeSupervisionProposal: ['admin', 'office'],
  concludeComplaint: ['admin', 'discipline', 'reporter'],
  confirmDishonestyRecord: ['admin', 'discipline'],
  createAuditCheckpoint: ['admin'],
  createCampaign: ['admin', 'discipline'],
  appendImportChunk: IMPORTERS,
  createImportJob: IMPORTERS,
  runImport: IMPORTERS,
  createCommitment: ['admin', 'discipline', 'personnel', 'office', 'general', 'reporter'],
  createDishonestyRecord: ['admin', 'discipline', 'personnel', 'office', 'general', 'reporter'],
  createEvaluationScheme: ['admin'],
  createEnterprise: ['admin', 'discipline', 'office', 'general'],
  createJudgment: ['admin', 'discipline', 'office'],
  createJudicialSuggestion: ['admin', 'discipline', 'office'],
  createLawsuit: ['admin', 'discipline', 'office'],
  createLeadingGroup: ['admin', 'office'],
  createMeasure: ['admin', 'discipline'],
  createPerson: ['admin', 'personnel', 'reporter'],
  createPolicy: ['admin', 'office', 'general'],
  createPolicyTask: ['admin', 'office', 'general'],
  createPppProject: ['admin', 'office'],
  createProcurementProject: ['admin', 'discipline', 'office', 'reporter'],
  createRectification: ['admin', 'discipline'],
  createReplyTemplate: ['admin', 'discipline'],
  createSavedQuery: ['admin', 'analyst'],
  createSupervisionProposal: ['admin', 'office'],
  createSupervisionTask: ['admin', 'discipline', 'office'],
  createTrainingSession: ['admin', 'personnel'],
  createUnit: ['admin'],
  createUser: ['admin'],
  creditCheck: ALL,
  decideObjection: ['admin', 'discipline'],
  deletePerson: ['admin', 'personnel'],
  deleteSavedQuery: ['admin', 'analyst'],
  deleteUnit: ['admin'],
  draftProposalReply: ['admin', 'office', 'reporter'],
  enactPolicy: ['admin', 'office', 'general'],
  evaluate: ['admin', 'discipline', 'personnel'],
  evaluatePolicy: ['admin', 'office', 'general'],
  executeMeasureApplication: ['admin', 'discipline'],
  expirePolicy: ['admin', 'office', 'general'],
  fileObjection: ['admin', 'discipline', 'reporter'],
  fulfilCommitment: ['admin', 'discipline'],
  fulfilJudgment: ['admin', 'discipline', 'office', 'reporter'],
  fulfilPppObligation: ['admin', 'office'],
  giveCoHandlingOpinion: ['admin', 'office', 'reporter'],
  issueCreditReport: ['admin', 'discipline', 'personnel', 'general', 'reporter'],
  login: PUBLIC,
  logout: ALL,
  markNotificationsRead: ALL,
  markProposalReplied: ['admin', 'office', 'reporter'],
  openProcurementBidding: ['admin', 'discipline', 'office', 'reporter'],
  publishEvaluationRun: ['admin'],
  publishEvaluationScheme: ['admin'],
  rateComplaint: PUBLIC,
  recordComplaintSatisfaction: ['admin', 'discipline', 'custodian'],
  recordContractAcceptance: ['admin', 'discipline'],
  recordCourtAppearance: ['admin', 'discipline', 'office', 'reporter'],
  recordMeasureFeedback: ['admin', 'discipline', 'reporter'],
  recordPppDefault: ['admin', 'discipline', 'office'],
  recordProposalSatisfaction: ['admin', 'office'],
  recordTrainingAttendance: ['admin', 'personnel', 'reporter'],
  registerBid: ['admin', 'discipline', 'office', 'reporter'],
  registerCampaignFinding: ['admin', 'discipline'],
  registerComplaint: ['admin', 'discipline', 'office', 'custodian'],
  rehandleComplaint: ['admin', 'discipline'],
  rehandleSupervisionProposal: ['admin', 'office'],
  rejectComplaint: ['admin', 'discipline'],
  removeCalendarDay: ['admin'],
  removeDishonestyListing: ['admin', 'discipline', 'office', 'general'],
  removeLeadingGroupMember: ['admin', 'office'],
  reopenPolicyTask: ['admin', 'office', 'general'],
  repairDishonestyRecord: ['admin', 'discipline'],
  replyJudicialSuggestion: ['admin', 'discipline', 'office', 'reporter'],
  replyToComplaint: ['admin', 'discipline'],
  reportCampaignFindingRectified: ['admin', 'discipline', 'reporter'],
  reportPolicyTaskProgress: ['admin', 'discipline', 'personnel', 'office', 'general', 'reporter'],
  reportRectificationProgress: ['admin', 'discipline', 'reporter'],
  reportSupervisionTaskProgress: ['admin', 'discipline', 'office', 'reporter'],
  resetUserPassword: ['admin'],
  returnDishonestyRecord: ['admin', 'discipline'],
  returnMisroutedProposal: ['admin', 'office', 'reporter'],
  returnSupervisionTask: ['admin', 'discipline', 'office'],
  revokeDishonestyRecord: ['admin', 'discipline'],
  runCampaignDeadlines: ['admin'],
  runCreditDeadlines: ['admin'],
  runJudgmentDeadlines: ['admin'],
  runPolicyDeadlines: ['admin'],
  runWarningScan: ['admin'],
  scheduleHearing: ['admin', 'discipline', 'office', 'reporter'],
  sendBackProposalReply: ['admin', 'leader'],
  setCalendarDay: ['admin'],
  setPppPartner: ['admin', 'office'],
  startCampaign: ['admin', 'discipline'],
  startComplaintInvestigation: ['admin', 'discipline', 'reporter'],
  submitDishonestyRecord: ['admin', 'discipline', 'personnel', 'office', 'general', 'reporter'],
  submitPublicComplaint: PUBLIC,
  submitSupervisionTask: ['admin', 'discipline', 'office', 'reporter'],
  transferComplaint: ['admin', 'discipline'],
  updateCampaign: ['admin', 'discipline'],
  updateCommitment: ['admin', 'discipline', 'personnel', 'office', 'general', 'reporter'],
  updateCreditPolicy: ['admin'],
  updateDishonestyRecord: ['admin', 'discipline', 'personnel', 'office', 'general', 'reporter'],
  updateEnterprise: ['admin', 'discipline', 'office', 'general'],
  updateEvaluationScheme: ['admin'],
  updateLawsuit: ['admin', 'discipline', 'office'],
  updateLeadingGroup: ['admin', 'office'],
  updateLeadingGroupMember: ['admin', 'office'],
  updateMeasure: ['admin', 'discipline'],
  updatePerson: ['admin', 'personnel', 'reporter'],
  updatePolicy: ['admin', 'office', 'general'],
  updatePolicyTask: ['admin', 'office', 'general'],
  updateReplyTemplate: ['admin', 'discipline'],
  updateSavedQuery: ['admin', 'analyst'],
  updateSupervisionPolicy: ['admin'],
  updateSupervisionProposal: ['admin', 'office'],
  updateSupervisionTask: ['admin', 'discipline', 'office'],
  updateTrainingAttendance: ['admin', 'personnel', 'reporter'],
  updateTrainingPolicy: ['admin', 'personnel'],
  updateTrainingSession: ['admin', 'personnel'],
  updateUnit: ['admin'],
  updateUser: ['admin'],
  verifyCampaignFinding: ['admin', 'discipline'],
  verifyRectification: ['admin', 'discipline'],
  waiveCommitment: ['admin', 'discipline', 'leader'],
};

/** Argument values for operations whose generated arguments would not do. */
const ARGS: Record<string, Record<string, unknown>> = {
  login: { username: 'analyst', password: DEMO_PASSWORD },
};

/** Operations that end the caller's session: they get a token of their own. */
const ENDS_SESSION = new Set(['logout']);

interface Outcome {
  code?: string;
  reason?: string;
  status: number;
}

// About 2,000 requests: minutes on a loaded 2-core machine.
const SLOW = 600_000;

describe('role matrix (every query and mutation)', () => {
  let t: TestApp;
  const tokens = {} as Record<Who, string>;
  const fields = rootFields();

  beforeAll(async () => {
    t = await startTestApp();
    for (const who of ROLES) tokens[who] = await t.login(who);
  });
  afterAll(async () => t?.close());

  const operation = (rf: RootField): Operation => operationFor(rf, { args: ARGS[rf.name] });

  async function call(rf: RootField, who?: Who): Promise<Outcome> {
    const token = who && (ENDS_SESSION.has(rf.name) ? await t.login(who) : tokens[who]);
    const { status, json } = await t.post(operation(rf), token ? { authorization: `Bearer ${token}` } : {});
    const error = json.errors?.[0];
    return { status, code: error?.extensions?.code, reason: error?.extensions?.reason };
  }

  /** Runs the calls a few at a time: one server, many requests. */
  async function inParallel<T>(jobs: (() => Promise<T>)[], width = 4): Promise<T[]> {
    const results: T[] = new Array(jobs.length);
    let next = 0;
    await Promise.all(
      Array.from({ length: width }, async () => {
        while (next < jobs.length) {
          const i = next++;
          results[i] = await jobs[i]();
        }
      }),
    );
    return results;
  }

  it('has a row for every query and mutation of the schema, and no row for anything else', () => {
    const names = fields.map((f) => f.name);
    expect(names.filter((n) => !(n in EXPECTED)), 'operations without a row').toEqual([]);
    expect(Object.keys(EXPECTED).filter((n) => !names.includes(n)), 'rows naming no operation').toEqual([]);
    expect(names.length).toBeGreaterThan(200);
  });

  it('answers UNAUTHENTICATED to every non-public operation without a token, and lets anyone call the public ones', async () => {
    const outcomes = await inParallel(fields.map((rf) => () => call(rf)));
    const mismatches = fields.flatMap((rf, i) => {
      const { code, status } = outcomes[i];
      const expected = EXPECTED[rf.name] === PUBLIC;
      const refused = code === 'UNAUTHENTICATED' || code === 'FORBIDDEN';
      return status >= 500 || expected === refused ? [`${rf.name}: ${code ?? 'ok'} (${status})`] : [];
    });
    expect(mismatches).toEqual([]);
  }, SLOW);

  it('answers FORBIDDEN for the role exactly to the roles an operation does not allow', async () => {
    const cases = fields.flatMap((rf) => ROLES.map((who) => ({ rf, who })));
    const started = Date.now();
    const outcomes = await inParallel(cases.map(({ rf, who }) => () => call(rf, who)));
    const mismatches = cases.flatMap(({ rf, who }, i) => {
      const { code, reason, status } = outcomes[i];
      const rule = EXPECTED[rf.name];
      const allowed = rule === PUBLIC || rule.includes(who);
      // Only the role check says ROLE_NOT_ALLOWED; a data-scope refusal of an allowed role is not a role refusal.
      const refused = code === 'FORBIDDEN' && reason === 'ROLE_NOT_ALLOWED';
      if (status >= 500 || code === 'UNAUTHENTICATED' || allowed === refused) return [`${rf.name} as ${who}: ${code ?? 'ok'} ${reason ?? ''} (${status})`];
      return [];
    });
    console.info(`role matrix: ${cases.length} calls (${fields.length} operations × ${ROLES.length} roles) in ${Date.now() - started} ms`);
    expect(mismatches).toEqual([]);
  }, SLOW);

  it('answers UNAUTHENTICATED to a forged token', async () => {
    const forged = await t.post({ query: '{ me { id } }' }, { authorization: 'Bearer forged-token' });
    expect(forged.json.errors[0].extensions.code).toBe('UNAUTHENTICATED');
    expect((await t.gql(MeDocument, {}, tokens.admin)).data?.me).toBeTruthy();
  });
});
