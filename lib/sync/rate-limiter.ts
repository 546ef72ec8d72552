/**
 * Token bucket: `ratePerSecond` tokens a second, at most `burst` saved up.
 * Waiters are served in order, so concurrent callers cannot jump the queue.
 */
export type Clock = { now(): number; sleep(ms: number): Promise<void> };
export const realClock: Clock = { now: () => performance.now(), sleep: (ms) => new Promise((r) => setTimeout(r, ms)) };

export class TokenBucket {
  private tokens: number;
  private last: number;
  private queue: Promise<void> = Promise.resolve();
  readonly burst: number;

  constructor(readonly ratePerSecond: number, burst?: number, private readonly clock: Clock = realClock) {
    if (!(ratePerSecond > 0) || !Number.isFinite(ratePerSecond)) throw new RangeError(`rate must be a positive number, got ${ratePerSecond}`);
    this.burst = Math.max(1, burst ?? Math.ceil(ratePerSecond));
    this.tokens = this.burst;
    this.last = clock.now();
  }

  /** Resolves when a request may be sent. */
  acquire(): Promise<void> {
    const turn = this.queue.then(() => this.take());
    this.queue = turn.catch(() => undefined);
    return turn;
  }

  private refill() {
    const now = this.clock.now();
    this.tokens = Math.min(this.burst, this.tokens + ((now - this.last) / 1000) * this.ratePerSecond);
    this.last = now;
  }

  private async take(): Promise<void> {
    this.refill();
    if (this.tokens < 1) {
      await this.clock.sleep(((1 - this.tokens) / this.ratePerSecond) * 1000);
      this.refill();
    }
    this.tokens = Math.max(0, this.tokens - 1);
  }
}
