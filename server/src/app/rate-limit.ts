import { AppError, ErrorCode } from './errors';

/**
 * A fixed-window counter per client and purpose, in this instance's memory.
 * Addresses are kept only as map keys until their window ends; nothing is
 * written anywhere.
 */
export class RateLimiter {
  private readonly hits = new Map<string, { count: number; resetAt: number }>();

  constructor(
    private readonly limit: number,
    private readonly windowMs: number,
  ) {}

  take(key: string | undefined, now = Date.now()): void {
    const k = key ?? 'unknown';
    const entry = this.hits.get(k);
    if (!entry || entry.resetAt <= now) {
      this.hits.set(k, { count: 1, resetAt: now + this.windowMs });
      if (this.hits.size > 10_000) this.sweep(now);
      return;
    }
    entry.count += 1;
    if (entry.count > this.limit) {
      const seconds = Math.ceil((entry.resetAt - now) / 1000);
      throw new AppError(ErrorCode.RATE_LIMITED, `Too many requests; try again in ${seconds} s`, 'RATE_LIMITED');
    }
  }

  reset(): void {
    this.hits.clear();
  }

  private sweep(now: number) {
    for (const [k, v] of this.hits) if (v.resetAt <= now) this.hits.delete(k);
  }
}
