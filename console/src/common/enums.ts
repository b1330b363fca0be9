import type {
  AuditAction,
  CommitmentKind,
  CommitmentStatus,
  LeadershipRole,
  LeadingGroupRole,
  MeasureApplicationStatus,
  MeasureEffect,
  MeasureKind,
  Mitigation,
  ObjectionStatus,
  PersonStatus,
  PlanArea,
  RecordCategory,
  RecordSource,
  RecordStatus,
  RectificationStatus,
  Role,
  Severity,
  SubjectType,
  UnitKind,
} from '../generated/graphql';

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
  | 'EligibilityCode';

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
