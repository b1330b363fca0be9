import { registerEnumType } from 'type-graphql';

/** What a signed-in user may do; a user can hold several roles. */
export enum Role {
  ADMIN = 'ADMIN',
  /** 纪检监察室: dishonesty records, incentives and punishments. */
  DISCIPLINE = 'DISCIPLINE',
  /** 人事教育股: staff, integrity education. */
  PERSONNEL = 'PERSONNEL',
  /** 办公室: leading group, bidding and PPP. */
  OFFICE = 'OFFICE',
  /** 综合股: credit information management. */
  GENERAL_AFFAIRS = 'GENERAL_AFFAIRS',
  /** Reports for one unit (a township finance office, an affiliated unit); sees only that unit. */
  UNIT_REPORTER = 'UNIT_REPORTER',
  /** 局领导: reads everything. */
  LEADER = 'LEADER',
  /** Reads, runs queries, reads the audit trail. */
  ANALYST = 'ANALYST',
  /** 信访保密员: the only role that sees who filed a complaint. */
  CUSTODIAN = 'CUSTODIAN',
}

registerEnumType(Role, { name: 'Role', description: 'Roles of console users' });

export const ALL_ROLES = Object.values(Role);

/** Bureau staff who read across all units (everyone but unit reporters). */
export const BUREAU_READERS = ALL_ROLES.filter((r) => r !== Role.UNIT_REPORTER);
