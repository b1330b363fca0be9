import { hash, verify, Algorithm } from '@node-rs/argon2';

// OWASP's argon2id baseline: 19 MiB memory, 2 iterations, 1 lane.
const OPTIONS = { algorithm: Algorithm.Argon2id, memoryCost: 19456, timeCost: 2, parallelism: 1 };

export function hashPassword(password: string): Promise<string> {
  return hash(password, OPTIONS);
}

export async function verifyPassword(stored: string, password: string): Promise<boolean> {
  try {
    return await verify(stored, password);
  } catch {
    return false;
  }
}

let dummy: Promise<string> | undefined;
/** A hash to verify against when the user does not exist, so timing does not reveal user names. */
export function dummyHash(): Promise<string> {
  dummy ??= hashPassword('no-such-user-placeholder');
  return dummy;
}

/**
 * Password policy: 10 to 128 characters, at least three of lower case, upper
 * case, digits and symbols, and not containing the user name. Returns the
 * problem, or null when the password is acceptable.
 */
export function passwordProblem(password: string, username?: string): string | null {
  if (password.length < 10) return 'The password must have at least 10 characters';
  if (password.length > 128) return 'The password must have at most 128 characters';
  const classes = [/[a-z]/, /[A-Z]/, /[0-9]/, /[^A-Za-z0-9]/].filter((re) => re.test(password)).length;
  if (classes < 3) return 'The password must mix at least three of: lower case, upper case, digits, symbols';
  if (username && username.length >= 3 && password.toLowerCase().includes(username.toLowerCase())) {
    return 'The password must not contain the user name';
  }
  return null;
}
