import { Role } from '../../app/roles';

/** Who may record commitments and draft records: the sections and unit reporters (in their scope). */
export const RECORDERS = [Role.ADMIN, Role.DISCIPLINE, Role.GENERAL_AFFAIRS, Role.OFFICE, Role.PERSONNEL, Role.UNIT_REPORTER];
/** Who decides: 纪检监察室 is the responsible section for C2/C3 (admins stand in). */
export const DECIDERS = [Role.ADMIN, Role.DISCIPLINE];
