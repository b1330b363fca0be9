import { Role } from '../../app/roles';

// 办公室 registers and assigns NPC suggestions and CPPCC proposals, records the
// deputies' satisfaction and closes them (admins stand in).
export const PROPOSAL_HANDLERS = [Role.ADMIN, Role.OFFICE];
/** The assigned unit's own steps: return a misrouted item, draft the reply, send it, give a co-handling opinion. */
export const PROPOSAL_UNIT_STEPS = [Role.ADMIN, Role.OFFICE, Role.UNIT_REPORTER];
/** Leadership review of replies before they go out. */
export const REPLY_REVIEWERS = [Role.ADMIN, Role.LEADER];

// Lawsuits, judgments and judicial or procuratorate suggestions: 办公室 as the
// bureau's legal-affairs desk and 纪检监察室, which turns unfulfilled judgments
// into dishonesty records.
export const JUDICIAL_HANDLERS = [Role.ADMIN, Role.OFFICE, Role.DISCIPLINE];
/** A party unit's own steps: schedule a hearing, record who appeared, report fulfilment, reply to a suggestion. */
export const JUDICIAL_UNIT_STEPS = [Role.ADMIN, Role.OFFICE, Role.DISCIPLINE, Role.UNIT_REPORTER];

// Supervision tasks come from the leading group: 办公室 (responsible for S1) and
// the group's office in 纪检监察室 issue, accept and score them.
export const TASK_ISSUERS = [Role.ADMIN, Role.OFFICE, Role.DISCIPLINE];
/** The assigned unit's own steps: report progress and submit the result. */
export const TASK_UNIT_STEPS = [Role.ADMIN, Role.OFFICE, Role.DISCIPLINE, Role.UNIT_REPORTER];
