/**
 * A growing delay after wrong secrets: 1 s after the first failure, doubling to at most
 * 60 s. Kept in memory only, because a wrong secret must write nothing.
 */
export class UnlockThrottle {
  private failures = 0;
  private nextAllowedAt = 0;

  constructor(private readonly now: () => number = Date.now) {}

  get failedAttempts(): number {
    return this.failures;
  }

  retryAfterMs(): number {
    return Math.max(0, this.nextAllowedAt - this.now());
  }

  recordFailure(): void {
    this.failures += 1;
    this.nextAllowedAt = this.now() + Math.min(60_000, 1000 * 2 ** (this.failures - 1));
  }

  recordSuccess(): void {
    this.failures = 0;
    this.nextAllowedAt = 0;
  }
}
