import { Role } from '../../app/roles';

/** 纪检监察室 answers for statutory obligations and their campaigns (K4); admins stand in. */
export const CAMPAIGN_MANAGERS = [Role.ADMIN, Role.DISCIPLINE];
/** The responsible unit reports its rectification (unit reporters, in their scope). */
export const RECTIFICATION_REPORTERS = [Role.ADMIN, Role.DISCIPLINE, Role.UNIT_REPORTER];
