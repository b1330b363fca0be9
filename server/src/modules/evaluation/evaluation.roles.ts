import { Role } from '../../app/roles';

/** Schemes are edited and published, and runs published, by administrators. */
export const SCHEME_EDITORS = [Role.ADMIN];
/** 纪检监察室 and 人事教育股 run evaluations and try draft schemes. */
export const EVALUATORS = [Role.ADMIN, Role.DISCIPLINE, Role.PERSONNEL];
/** Who reads results; a unit reporter sees its own unit's only. */
export const EVALUATION_READERS = [Role.ADMIN, Role.DISCIPLINE, Role.PERSONNEL, Role.LEADER, Role.ANALYST, Role.UNIT_REPORTER];
