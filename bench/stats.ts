/**
 * Latency statistics. Percentiles interpolate linearly between the two
 * nearest ranks (numpy's default), so p95 of a few samples is still defined.
 */
export function percentile(samples: readonly number[], p: number): number {
  if (!samples.length) return NaN;
  if (p < 0 || p > 100) throw new RangeError(`percentile must be within 0..100, got ${p}`);
  const sorted = [...samples].sort((a, b) => a - b);
  const rank = (p / 100) * (sorted.length - 1);
  const lo = Math.floor(rank);
  const hi = Math.ceil(rank);
  return sorted[lo]! + (sorted[hi]! - sorted[lo]!) * (rank - lo);
}

export type Summary = { n: number; p50: number; p95: number; p99: number; mean: number; max: number };

export function summarise(samples: readonly number[]): Summary {
  const n = samples.length;
  return {
    n,
    p50: percentile(samples, 50),
    p95: percentile(samples, 95),
    p99: percentile(samples, 99),
    mean: n ? samples.reduce((a, b) => a + b, 0) / n : NaN,
    max: n ? Math.max(...samples) : NaN,
  };
}

/** Milliseconds since `start` (a process.hrtime.bigint()). */
export const msSince = (start: bigint) => Number(process.hrtime.bigint() - start) / 1e6;

/** Runs fn and returns its result with the time it took in milliseconds. */
export async function timed<T>(fn: () => Promise<T> | T): Promise<{ ms: number; value: T }> {
  const start = process.hrtime.bigint();
  const value = await fn();
  return { ms: msSince(start), value };
}

/** Rounds for the report: 2 decimals below 10, 1 below 100, else whole. */
export function round(x: number): number {
  if (!Number.isFinite(x)) return x;
  const a = Math.abs(x);
  return a < 10 ? Math.round(x * 100) / 100 : a < 100 ? Math.round(x * 10) / 10 : Math.round(x);
}

/** 0, n/2, n/4, 3n/4, …: any prefix of this order is spread over the whole list. */
export function spreadOrder(n: number): number[] {
  const out: number[] = [];
  const seen = new Set<number>();
  for (let step = n; out.length < n; step = Math.max(1, Math.floor(step / 2))) {
    for (let i = 0; i < n; i += step) {
      if (!seen.has(i)) {
        seen.add(i);
        out.push(i);
      }
    }
    if (step === 1) break;
  }
  return out;
}
