import { Role } from '../../app/roles';

/** 综合股 answers for policy implementation (K1); 办公室 and admins manage policies with it. */
export const POLICY_MANAGERS = [Role.ADMIN, Role.GENERAL_AFFAIRS, Role.OFFICE];
/** Progress comes from the responsible units (unit reporters, in their scope) and the bureau's sections. */
export const POLICY_REPORTERS = [Role.ADMIN, Role.GENERAL_AFFAIRS, Role.OFFICE, Role.DISCIPLINE, Role.PERSONNEL, Role.UNIT_REPORTER];
