import { Role } from '../../app/roles';

/** 人事教育股 answers for integrity education (C1); admins stand in. */
export const TRAINING_MANAGERS = [Role.ADMIN, Role.PERSONNEL];
/** Attendance is also recorded by a unit's reporter, for its own staff. */
export const ATTENDANCE_RECORDERS = [Role.ADMIN, Role.PERSONNEL, Role.UNIT_REPORTER];
