import type { AcceptanceResult, AuditAction, BidStatus, CheckDecision, CheckSubjectType, CommitmentKind, CommitmentStatus, ComplaintCategory, ComplaintChannel, ComplaintConclusion, ComplaintStatus, EnterpriseStatus, LeadershipRole, LeadingGroupRole, MeasureApplicationStatus, MeasureEffect, MeasureKind, Mitigation, ObjectionStatus, ObligationKind, ObligationStatus, PersonStatus, PlanArea, PppStageName, ProcurementMethod, ProcurementStatus, PurchaserConduct, RecordCategory, RecordSource, RecordStatus, RectificationStatus, Role, Satisfaction, Severity, SubjectType, UnitKind, AppearanceOutcome, AttendanceStatus, CalendarDayKind, CampaignStatus, EvaluationRating, FindingStatus, JudgmentStatus, JudicialSuggestionKind, JudicialSuggestionStatus, LawsuitStatus, PartyRole, PolicyLevel, PolicyStatus, PolicyTaskStatus, ProposalKind, ProposalStatus, SupervisionTaskStatus, TrainingKind, SchemeStatus, PeriodKind, CreditKind, RecordDateRule, Grade } from '../generated/graphql';
import type { WarningLevel } from '../generated/first-page';

// Each list is built from a record keyed by every member of the schema's enum,
// so a member added to the schema fails type-checking until the console lists it.
function members<T extends string>(all: Record<T, true>): T[] {
  return Object.keys(all) as T[];
}

export const UNIT_KINDS = members<UnitKind>({ BUREAU: true, SECTION: true, AFFILIATED_UNIT: true, TOWNSHIP_OFFICE: true });

export const PLAN_AREAS = members<PlanArea>({
  INTEGRITY_EDUCATION: true,
  DISHONESTY_RECORDS: true,
  INCENTIVES_AND_PUNISHMENTS: true,
  POLICY_IMPLEMENTATION: true,
  GOVERNMENT_PROCUREMENT: true,
  BIDDING_AND_PPP: true,
  STATUTORY_OBLIGATIONS: true,
  CREDIT_INFORMATION: true,
  RULES_AND_INSPECTION: true,
  LEVEL_SUPERVISION: true,
  HORIZONTAL_SUPERVISION: true,
  JUDICIAL_SUPERVISION: true,
  SOCIAL_SUPERVISION: true,
});

export const LEADERSHIP_ROLES = members<LeadershipRole>({
  DIRECTOR: true,
  DEPUTY_DIRECTOR: true,
  PARTY_GROUP_MEMBER: true,
  UNIT_HEAD: true,
  DEPUTY_UNIT_HEAD: true,
  NONE: true,
});

export const PERSON_STATUSES = members<PersonStatus>({ ACTIVE: true, ON_LEAVE: true, TRANSFERRED: true, RETIRED: true });

export const LEADING_GROUP_ROLES = members<LeadingGroupRole>({ LEADER: true, DEPUTY: true, MEMBER: true });

export const ROLES = members<Role>({
  ADMIN: true,
  DISCIPLINE: true,
  PERSONNEL: true,
  OFFICE: true,
  GENERAL_AFFAIRS: true,
  UNIT_REPORTER: true,
  LEADER: true,
  ANALYST: true,
  CUSTODIAN: true,
});

export const AUDIT_ACTIONS = members<AuditAction>({ CREATE: true, UPDATE: true, DELETE: true, READ: true });

export const SUBJECT_TYPES = members<SubjectType>({ UNIT: true, PERSON: true });

export const COMMITMENT_KINDS = members<CommitmentKind>({
  SERVICE_QUALITY: true,
  DEADLINE: true,
  GUARANTEE: true,
  TOLERANCE: true,
  PROACTIVE_DISCLOSURE: true,
  CREDIT_REPAIR: true,
});

export const COMMITMENT_STATUSES = members<CommitmentStatus>({ PENDING: true, FULFILLED: true, BROKEN: true, WAIVED: true });

export const RECORD_CATEGORIES = members<RecordCategory>({
  JUDICIAL_JUDGMENT: true,
  ADMIN_PENALTY: true,
  DISCIPLINARY_SANCTION: true,
  ACCOUNTABILITY: true,
  BROKEN_COMMITMENT: true,
  ONLINE_APPROVAL_SUBSTANDARD: true,
  PROCUREMENT_VIOLATION: true,
  CONTRACT_DEFAULT: true,
  RECTIFICATION_OVERDUE: true,
  COMPLAINT_SUBSTANTIATED: true,
  OTHER: true,
});

export const SEVERITIES = members<Severity>({ GENERAL: true, SERIOUS: true, GRAVE: true });

export const RECORD_STATUSES = members<RecordStatus>({
  DRAFT: true,
  SUBMITTED: true,
  RETURNED: true,
  CONFIRMED: true,
  REVOKED: true,
});

export const RECORD_SOURCES = members<RecordSource>({
  MANUAL: true,
  COMMITMENT: true,
  COMPLAINT: true,
  JUDGMENT: true,
  CAMPAIGN: true,
  PROJECT: true,
  RECTIFICATION: true,
});

export const MITIGATIONS = members<Mitigation>({ NONE: true, MITIGATED: true, WAIVED: true });

export const OBJECTION_STATUSES = members<ObjectionStatus>({ PENDING: true, UPHELD: true, CORRECTED: true, REVOKED: true });

/** What a decision on an objection may say (every status but "pending"). */
export const OBJECTION_OUTCOMES = OBJECTION_STATUSES.filter((s) => s !== 'PENDING');

export const RECTIFICATION_STATUSES = members<RectificationStatus>({
  OPEN: true,
  COMPLETED: true,
  VERIFIED: true,
  OVERDUE: true,
});

export const MEASURE_KINDS = members<MeasureKind>({ PUNISHMENT: true, INCENTIVE: true });

export const MEASURE_EFFECTS = members<MeasureEffect>({
  NONE: true,
  RESTRICT_AWARDS: true,
  RESTRICT_PROMOTION: true,
  PRIORITY_IN_AWARDS: true,
});

export const MEASURE_APPLICATION_STATUSES = members<MeasureApplicationStatus>({
  TRIGGERED: true,
  EXECUTED: true,
  FEEDBACK_RECORDED: true,
  CANCELLED: true,
});

/** 投诉举报 channels, in the order the plan lists them. */
export const COMPLAINT_CHANNELS = members<ComplaintChannel>({
  EFFICIENCY_MONITORING: true,
  REPORT_BOX: true,
  EMAIL: true,
  HOTLINE: true,
  PRESS: true,
  BROADCAST: true,
  TELEVISION: true,
  INTERNET: true,
  ONLINE_FORM: true,
  LETTER: true,
  VISIT: true,
});

/** The channels staff register a report through (网上投诉 is the public form's own). */
export const STAFF_CHANNELS = COMPLAINT_CHANNELS.filter((c) => c !== 'ONLINE_FORM');

export const COMPLAINT_CATEGORIES = members<ComplaintCategory>({
  SERVICE_ATTITUDE: true,
  DELAY: true,
  ILLEGAL_CHARGE: true,
  FUNDS: true,
  BROKEN_COMMITMENT: true,
  PROCUREMENT: true,
  DISCIPLINE: true,
  OTHER: true,
});

/** In workflow order. */
export const COMPLAINT_STATUSES = members<ComplaintStatus>({
  RECEIVED: true,
  NOT_ACCEPTED: true,
  ACCEPTED: true,
  ASSIGNED: true,
  INVESTIGATING: true,
  CONCLUDED: true,
  REPLIED: true,
  CLOSED: true,
});

export const COMPLAINT_CONCLUSIONS = members<ComplaintConclusion>({
  SUBSTANTIATED: true,
  PARTLY_SUBSTANTIATED: true,
  UNSUBSTANTIATED: true,
});

export const SATISFACTIONS = members<Satisfaction>({ SATISFIED: true, BASICALLY_SATISFIED: true, DISSATISFIED: true });

export const WARNING_LEVELS = members<WarningLevel>({ RED: true, YELLOW: true });

/** What a warning is about (a plain string in the schema: the server's WarningKind and the supervision kinds). */
export const WARNING_KINDS = [
  'COMMITMENT',
  'RECTIFICATION',
  'OBJECTION_DECISION',
  'COMPLAINT_ACCEPTANCE',
  'COMPLAINT_HANDLING',
  'SUPERVISION',
  'PROCUREMENT_ACCEPTANCE',
  'PPP_OBLIGATION',
  // Supervision items (S1–S3) report kinds of their own.
  'PROPOSAL_REPLY',
  'PROPOSAL_MISROUTE_WINDOW',
  'JUDGMENT_FULFILMENT',
  'JUDGMENT_GRACE',
  'JUDICIAL_SUGGESTION_REPLY',
  'SUPERVISION_TASK',
] as const;
export type WarningKind = (typeof WARNING_KINDS)[number];

export const ENTERPRISE_STATUSES = members<EnterpriseStatus>({ ACTIVE: true, SUSPENDED: true, DEREGISTERED: true });

export const CHECK_SUBJECT_TYPES = members<CheckSubjectType>({ ENTERPRISE: true, UNIT: true, PERSON: true });

export const CHECK_DECISIONS = members<CheckDecision>({ PASS: true, WARN: true, REFUSE: true });

/** The codes of credit-check reasons (a plain JSON field in the schema). */
export const CHECK_REASON_CODES = [
  'ON_DISHONESTY_LIST',
  'NOT_ACTIVE',
  'WEAK_RATING',
  'RECENTLY_LISTED',
  'GRAVE_RECORD',
  'RECORD',
  'RESTRICTING_MEASURE',
] as const;
export type CheckReasonCode = (typeof CHECK_REASON_CODES)[number];

export const PROCUREMENT_METHODS = members<ProcurementMethod>({
  PUBLIC_TENDER: true,
  INVITED_TENDER: true,
  COMPETITIVE_NEGOTIATION: true,
  COMPETITIVE_CONSULTATION: true,
  INQUIRY: true,
  SINGLE_SOURCE: true,
  FRAMEWORK_AGREEMENT: true,
});

export const PROCUREMENT_STATUSES = members<ProcurementStatus>({
  PLANNED: true,
  BIDDING: true,
  AWARDED: true,
  ACCEPTED: true,
  CANCELLED: true,
});

export const BID_STATUSES = members<BidStatus>({ REGISTERED: true, WON: true, LOST: true });

export const ACCEPTANCE_RESULTS = members<AcceptanceResult>({ PASSED: true, PARTLY_PASSED: true, FAILED: true });

export const PURCHASER_CONDUCTS = members<PurchaserConduct>({ COMPLIANT: true, VIOLATION: true });

/** In the order a project passes through them. */
export const PPP_STAGES = members<PppStageName>({
  PREPARATION: true,
  BIDDING: true,
  PROCUREMENT: true,
  FINANCING: true,
  IMPLEMENTATION: true,
  HANDOVER: true,
});

export const OBLIGATION_KINDS = members<ObligationKind>({ PAYMENT: true, MILESTONE: true });

export const OBLIGATION_STATUSES = members<ObligationStatus>({ PENDING: true, FULFILLED: true, DEFAULTED: true });

// Supervision (S1–S3), policy implementation (K1), campaigns (K4) and integrity education (C1).
export const SUPERVISION_TASK_STATUSES = members<SupervisionTaskStatus>({
  ASSIGNED: true,
  IN_PROGRESS: true,
  SUBMITTED: true,
  RETURNED: true,
  ACCEPTED: true,
});

export const PROPOSAL_KINDS = members<ProposalKind>({ NPC_SUGGESTION: true, CPPCC_PROPOSAL: true });

export const PROPOSAL_STATUSES = members<ProposalStatus>({
  RECEIVED: true,
  ASSIGNED: true,
  RETURNED_MISROUTED: true,
  REPLY_DRAFTED: true,
  REPLY_APPROVED: true,
  REPLIED: true,
  EVALUATED: true,
  CLOSED: true,
});

export const PARTY_ROLES = members<PartyRole>({ DEFENDANT: true, PLAINTIFF: true, THIRD_PARTY: true });

export const LAWSUIT_STATUSES = members<LawsuitStatus>({ OPEN: true, DECIDED: true, CLOSED: true });

export const APPEARANCE_OUTCOMES = members<AppearanceOutcome>({ HEAD_APPEARED: true, DELEGATED: true, ABSENT: true });

export const JUDGMENT_STATUSES = members<JudgmentStatus>({ PENDING: true, OVERDUE: true, FULFILLED: true });

export const JUDICIAL_SUGGESTION_KINDS = members<JudicialSuggestionKind>({ JUDICIAL_SUGGESTION: true, PROCURATORATE_SUGGESTION: true });

export const JUDICIAL_SUGGESTION_STATUSES = members<JudicialSuggestionStatus>({ PENDING: true, REPLIED: true });

export const POLICY_LEVELS = members<PolicyLevel>({ NATIONAL: true, PROVINCIAL: true, MUNICIPAL: true, COUNTY: true });

export const POLICY_STATUSES = members<PolicyStatus>({ DRAFT: true, IN_FORCE: true, SUPERSEDED: true, EXPIRED: true });

export const POLICY_TASK_STATUSES = members<PolicyTaskStatus>({ OPEN: true, IN_PROGRESS: true, OVERDUE: true, DONE: true });

export const EVALUATION_RATINGS = members<EvaluationRating>({ EXCELLENT: true, GOOD: true, FAIR: true, POOR: true });

export const CAMPAIGN_STATUSES = members<CampaignStatus>({ PLANNED: true, ACTIVE: true, CLOSED: true });

export const FINDING_STATUSES = members<FindingStatus>({ OPEN: true, OVERDUE: true, RECTIFIED: true, VERIFIED: true });

export const TRAINING_KINDS = members<TrainingKind>({ COURSE: true, LECTURE: true, LEADERS_STUDY: true, ONLINE: true });

export const CALENDAR_DAY_KINDS = members<CalendarDayKind>({ HOLIDAY: true, MAKEUP_WORKDAY: true });

export const ATTENDANCE_STATUSES = members<AttendanceStatus>({ ATTENDED: true, EXCUSED: true, ABSENT: true });

/** The codes of award-eligibility reasons (a plain string in the schema). */
export const ELIGIBILITY_CODES = ['RECORD_IN_YEAR', 'RESTRICTING_MEASURE', 'DISPUTED_RECORD', 'MINOR_RECORD'] as const;
export type EligibilityCode = (typeof ELIGIBILITY_CODES)[number];

/** The record types the audit trail names (the server's entity class names). */
export const AUDITED_ENTITIES = [
  'Unit',
  'Person',
  'LeadingGroup',
  'LeadingGroupMember',
  'User',
  'Session',
  'Commitment',
  'DishonestyRecord',
  'Objection',
  'Rectification',
  'Measure',
  'MeasureApplication',
  'CreditPolicy',
  'CalendarDay',
  'Complaint',
  'ReplyTemplate',
  'Enterprise',
  'DishonestyListing',
  'ThirdPartyCreditReport',
  'CreditCheck',
  'ProcurementProject',
  'ProcurementBid',
  'PppProject',
  'PppStage',
  'PppObligation',
] as const;
export type AuditedEntity = (typeof AUDITED_ENTITIES)[number];

export type EnumName =
  | 'UnitKind'
  | 'PlanArea'
  | 'LeadershipRole'
  | 'PersonStatus'
  | 'LeadingGroupRole'
  | 'Role'
  | 'AuditAction'
  | 'EntityType'
  | 'SubjectType'
  | 'CommitmentKind'
  | 'CommitmentStatus'
  | 'RecordCategory'
  | 'Severity'
  | 'RecordStatus'
  | 'RecordSource'
  | 'Mitigation'
  | 'ObjectionStatus'
  | 'RectificationStatus'
  | 'MeasureKind'
  | 'MeasureEffect'
  | 'MeasureApplicationStatus'
  | 'EligibilityCode'
  | 'ComplaintChannel'
  | 'ComplaintCategory'
  | 'ComplaintStatus'
  | 'ComplaintConclusion'
  | 'Satisfaction'
  | 'WarningLevel'
  | 'WarningKind'
  | 'EnterpriseStatus'
  | 'CheckSubjectType'
  | 'CheckDecision'
  | 'CheckReasonCode'
  | 'ProcurementMethod'
  | 'ProcurementStatus'
  | 'BidStatus'
  | 'AcceptanceResult'
  | 'PurchaserConduct'
  | 'PppStageName'
  | 'ObligationKind'
  | 'ObligationStatus'
  | 'SupervisionTaskStatus'
  | 'ProposalKind'
  | 'ProposalStatus'
  | 'PartyRole'
  | 'LawsuitStatus'
  | 'AppearanceOutcome'
  | 'JudgmentStatus'
  | 'JudicialSuggestionKind'
  | 'JudicialSuggestionStatus'
  | 'PolicyLevel'
  | 'PolicyStatus'
  | 'PolicyTaskStatus'
  | 'EvaluationRating'
  | 'CampaignStatus'
  | 'FindingStatus'
  | 'TrainingKind'
  | 'AttendanceStatus'
  | 'CalendarDayKind'
  | 'SchemeStatus'
  | 'PeriodKind'
  | 'CreditKind'
  | 'RecordDateRule'
  | 'Grade';

/** Choices for react-admin inputs and fields; names are translation keys. */
export function choices(name: EnumName, values: readonly string[]) {
  return values.map((id) => ({ id, name: `app.enums.${name}.${id}` }));
}

export const unitKindChoices = choices('UnitKind', UNIT_KINDS);
export const planAreaChoices = choices('PlanArea', PLAN_AREAS);
export const leadershipRoleChoices = choices('LeadershipRole', LEADERSHIP_ROLES);
export const personStatusChoices = choices('PersonStatus', PERSON_STATUSES);
export const leadingGroupRoleChoices = choices('LeadingGroupRole', LEADING_GROUP_ROLES);
export const roleChoices = choices('Role', ROLES);
export const auditActionChoices = choices('AuditAction', AUDIT_ACTIONS);
export const entityTypeChoices = choices('EntityType', AUDITED_ENTITIES);
export const subjectTypeChoices = choices('SubjectType', SUBJECT_TYPES);
export const commitmentKindChoices = choices('CommitmentKind', COMMITMENT_KINDS);
export const commitmentStatusChoices = choices('CommitmentStatus', COMMITMENT_STATUSES);
export const recordCategoryChoices = choices('RecordCategory', RECORD_CATEGORIES);
export const severityChoices = choices('Severity', SEVERITIES);
export const recordStatusChoices = choices('RecordStatus', RECORD_STATUSES);
export const recordSourceChoices = choices('RecordSource', RECORD_SOURCES);
export const mitigationChoices = choices('Mitigation', MITIGATIONS);
export const objectionStatusChoices = choices('ObjectionStatus', OBJECTION_STATUSES);
export const objectionOutcomeChoices = choices('ObjectionStatus', OBJECTION_OUTCOMES);
export const rectificationStatusChoices = choices('RectificationStatus', RECTIFICATION_STATUSES);
export const measureKindChoices = choices('MeasureKind', MEASURE_KINDS);
export const measureEffectChoices = choices('MeasureEffect', MEASURE_EFFECTS);
export const measureApplicationStatusChoices = choices('MeasureApplicationStatus', MEASURE_APPLICATION_STATUSES);
export const complaintChannelChoices = choices('ComplaintChannel', COMPLAINT_CHANNELS);
export const staffChannelChoices = choices('ComplaintChannel', STAFF_CHANNELS);
export const complaintCategoryChoices = choices('ComplaintCategory', COMPLAINT_CATEGORIES);
export const complaintStatusChoices = choices('ComplaintStatus', COMPLAINT_STATUSES);
export const complaintConclusionChoices = choices('ComplaintConclusion', COMPLAINT_CONCLUSIONS);
export const satisfactionChoices = choices('Satisfaction', SATISFACTIONS);
export const warningLevelChoices = choices('WarningLevel', WARNING_LEVELS);
export const warningKindChoices = choices('WarningKind', WARNING_KINDS);
export const enterpriseStatusChoices = choices('EnterpriseStatus', ENTERPRISE_STATUSES);
export const checkSubjectTypeChoices = choices('CheckSubjectType', CHECK_SUBJECT_TYPES);
export const procurementMethodChoices = choices('ProcurementMethod', PROCUREMENT_METHODS);
export const procurementStatusChoices = choices('ProcurementStatus', PROCUREMENT_STATUSES);
export const bidStatusChoices = choices('BidStatus', BID_STATUSES);
export const acceptanceResultChoices = choices('AcceptanceResult', ACCEPTANCE_RESULTS);
export const purchaserConductChoices = choices('PurchaserConduct', PURCHASER_CONDUCTS);
export const pppStageChoices = choices('PppStageName', PPP_STAGES);
export const obligationKindChoices = choices('ObligationKind', OBLIGATION_KINDS);
export const obligationStatusChoices = choices('ObligationStatus', OBLIGATION_STATUSES);
export const supervisionTaskStatusChoices = choices('SupervisionTaskStatus', SUPERVISION_TASK_STATUSES);
export const proposalKindChoices = choices('ProposalKind', PROPOSAL_KINDS);
export const proposalStatusChoices = choices('ProposalStatus', PROPOSAL_STATUSES);
export const partyRoleChoices = choices('PartyRole', PARTY_ROLES);
export const lawsuitStatusChoices = choices('LawsuitStatus', LAWSUIT_STATUSES);
export const appearanceOutcomeChoices = choices('AppearanceOutcome', APPEARANCE_OUTCOMES);
export const judgmentStatusChoices = choices('JudgmentStatus', JUDGMENT_STATUSES);
export const judicialSuggestionKindChoices = choices('JudicialSuggestionKind', JUDICIAL_SUGGESTION_KINDS);
export const judicialSuggestionStatusChoices = choices('JudicialSuggestionStatus', JUDICIAL_SUGGESTION_STATUSES);
export const policyLevelChoices = choices('PolicyLevel', POLICY_LEVELS);
export const policyStatusChoices = choices('PolicyStatus', POLICY_STATUSES);
export const policyTaskStatusChoices = choices('PolicyTaskStatus', POLICY_TASK_STATUSES);
export const evaluationRatingChoices = choices('EvaluationRating', EVALUATION_RATINGS);
export const campaignStatusChoices = choices('CampaignStatus', CAMPAIGN_STATUSES);
export const findingStatusChoices = choices('FindingStatus', FINDING_STATUSES);
export const trainingKindChoices = choices('TrainingKind', TRAINING_KINDS);
export const attendanceStatusChoices = choices('AttendanceStatus', ATTENDANCE_STATUSES);
export const calendarDayKindChoices = choices('CalendarDayKind', CALENDAR_DAY_KINDS);

// Evaluation schemes (考核方案).
export const SCHEME_STATUSES = members<SchemeStatus>({ DRAFT: true, PUBLISHED: true, RETIRED: true });
export const PERIOD_KINDS = members<PeriodKind>({ YEAR: true, QUARTER: true });
export const CREDIT_KINDS = members<CreditKind>({
  COMMITMENT_ON_TIME: true,
  TRAINING_HOURS: true,
  SUPERVISION_ON_TIME: true,
  COMPLAINT_ON_TIME: true,
  SATISFACTION: true,
  COURT_APPEARANCE_RATE: true,
});
export const RECORD_DATE_RULES = members<RecordDateRule>({ DECISION_DATE: true, CONFIRMATION_DATE: true });
export const GRADES = members<Grade>({ A: true, B: true, C: true, D: true });
export const schemeStatusChoices = choices('SchemeStatus', SCHEME_STATUSES);
export const periodKindChoices = choices('PeriodKind', PERIOD_KINDS);
export const creditKindChoices = choices('CreditKind', CREDIT_KINDS);
export const recordDateRuleChoices = choices('RecordDateRule', RECORD_DATE_RULES);
export const gradeChoices = choices('Grade', GRADES);
