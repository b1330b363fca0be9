import { AppError, ErrorCode } from '../../app/errors';
import { AuthErrorReason as R } from './auth.errors';

export interface LoginThrottleOptions {
  /** Failed sign-ins in a row that lock an account. */
  maxFailures: number;
  /** Failed sign-ins from one address within the lock time that lock the address. */
  maxFailuresPerAddress: number;
  lockMs: number;
}

export function loginThrottleOptions(env: NodeJS.ProcessEnv = process.env): LoginThrottleOptions {
  const num = (v: string | undefined, d: number) => (v && Number(v) > 0 ? Number(v) : d);
  return {
    maxFailures: num(env.LOGIN_MAX_FAILURES, 5),
    maxFailuresPerAddress: num(env.LOGIN_MAX_FAILURES_PER_ADDRESS, 20),
    lockMs: num(env.LOGIN_LOCK_MINUTES, 15) * 60_000,
  };
}

interface Entry {
  failures: number;
  /** When the failures start counting from zero again (the last failure plus the lock time). */
  forgetAt: number;
  lockedUntil?: number;
}

/**
 * Sign-in throttling in this instance's memory: an account (known or not, so
 * the answer reveals nothing) is locked after `maxFailures` failures in a row,
 * an address after `maxFailuresPerAddress` failures, each for `lockMs`. A
 * locked account or address is refused before the password is checked.
 */
export class LoginThrottle {
  private readonly accounts = new Map<string, Entry>();
  private readonly addresses = new Map<string, Entry>();
  /** The clock; tests move it forward. */
  now: () => number = () => Date.now();

  constructor(private readonly options: () => LoginThrottleOptions = () => loginThrottleOptions()) {}

  /** Throws RATE_LIMITED while the account or the address is locked. */
  check(username: string, address: string | undefined): void {
    const now = this.now();
    for (const [map, key, reason] of [
      [this.accounts, username, R.ACCOUNT_LOCKED],
      [this.addresses, address ?? 'unknown', R.ADDRESS_LOCKED],
    ] as const) {
      const e = map.get(key);
      if (e?.lockedUntil && e.lockedUntil > now) {
        const minutes = Math.ceil((e.lockedUntil - now) / 60_000);
        throw new AppError(ErrorCode.RATE_LIMITED, `Too many failed sign-ins; try again in ${minutes} min`, reason, undefined, undefined, {
          retryAfterSeconds: Math.ceil((e.lockedUntil - now) / 1000),
        });
      }
    }
  }

  failed(username: string, address: string | undefined): void {
    const o = this.options();
    this.count(this.accounts, username, o.maxFailures, o.lockMs);
    this.count(this.addresses, address ?? 'unknown', o.maxFailuresPerAddress, o.lockMs);
  }

  succeeded(username: string): void {
    this.accounts.delete(username);
  }

  reset(): void {
    this.accounts.clear();
    this.addresses.clear();
  }

  private count(map: Map<string, Entry>, key: string, max: number, lockMs: number) {
    const now = this.now();
    let e = map.get(key);
    if (!e || e.forgetAt <= now) {
      e = { failures: 0, forgetAt: 0 };
      map.set(key, e);
    }
    e.failures += 1;
    e.forgetAt = now + lockMs;
    if (e.failures >= max) {
      e.lockedUntil = now + lockMs;
      e.failures = 0;
    }
    if (map.size > 50_000) for (const [k, v] of map) if (v.forgetAt <= now && (v.lockedUntil ?? 0) <= now) map.delete(k);
  }
}

export const loginThrottle = new LoginThrottle();
