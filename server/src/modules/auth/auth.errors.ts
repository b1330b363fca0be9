/** Domain reasons of the sign-in and account module (`extensions.reason`). */
export enum AuthErrorReason {
  INVALID_CREDENTIALS = 'INVALID_CREDENTIALS',
  /** Too many failed sign-ins for this user name (RATE_LIMITED). */
  ACCOUNT_LOCKED = 'ACCOUNT_LOCKED',
  /** Too many failed sign-ins from this address (RATE_LIMITED). */
  ADDRESS_LOCKED = 'ADDRESS_LOCKED',
  WEAK_PASSWORD = 'WEAK_PASSWORD',
  WRONG_CURRENT_PASSWORD = 'WRONG_CURRENT_PASSWORD',
  USERNAME_TAKEN = 'USERNAME_TAKEN',
  REPORTER_NEEDS_UNIT = 'REPORTER_NEEDS_UNIT',
  NO_ROLES = 'NO_ROLES',
  CANNOT_LOCK_OUT_SELF = 'CANNOT_LOCK_OUT_SELF',
  REFERENCE_NOT_FOUND = 'REFERENCE_NOT_FOUND',
}
