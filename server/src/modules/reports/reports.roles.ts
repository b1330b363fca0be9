import { Role } from '../../app/roles';

/** Who issues credit reports: credit-information keepers, 纪检监察室, 人事教育股 and a unit reporter (its own unit). */
export const REPORT_ISSUERS = [Role.ADMIN, Role.DISCIPLINE, Role.GENERAL_AFFAIRS, Role.PERSONNEL, Role.UNIT_REPORTER];
/** Who reads issued reports and annual reports; a unit reporter sees its own unit's only. */
export const REPORT_READERS = [...REPORT_ISSUERS, Role.LEADER, Role.ANALYST];
