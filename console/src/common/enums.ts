import type {
  AuditAction,
  LeadershipRole,
  LeadingGroupRole,
  PersonStatus,
  PlanArea,
  Role,
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

export const AUDIT_ACTIONS = members<AuditAction>({ CREATE: true, UPDATE: true, DELETE: true });

/** The record types the audit trail names (the server's entity class names). */
export const AUDITED_ENTITIES = ['Unit', 'Person', 'LeadingGroup', 'LeadingGroupMember', 'User', 'Session'] as const;
export type AuditedEntity = (typeof AUDITED_ENTITIES)[number];

export type EnumName =
  | 'UnitKind'
  | 'PlanArea'
  | 'LeadershipRole'
  | 'PersonStatus'
  | 'LeadingGroupRole'
  | 'Role'
  | 'AuditAction'
  | 'EntityType';

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
