/**
 * Exponential back-off with full jitter (delay drawn from [0, min(cap, base·2^attempt)]):
 * clients that failed together do not retry together.
 */
export type BackoffOptions = { baseMs?: number; maxMs?: number; random?: () => number };

export function backoffDelay(attempt: number, opts: BackoffOptions = {}): number {
  const base = opts.baseMs ?? 500;
  const max = opts.maxMs ?? 30_000;
  const ceiling = Math.min(max, base * 2 ** Math.max(0, attempt));
  return Math.round((opts.random ?? Math.random)() * ceiling);
}

/** Retry-After as seconds or an HTTP date; null when absent or unreadable. */
export function parseRetryAfter(value: string | null | undefined, now = Date.now()): number | null {
  if (!value?.trim()) return null;
  const v = value.trim();
  if (/^\d+(\.\d+)?$/.test(v)) return Math.round(Number(v) * 1000);
  const at = Date.parse(v);
  return Number.isNaN(at) ? null : Math.max(0, at - now);
}

/** 5xx and 429 are worth another try; other 4xx mean the request itself is wrong. */
export const isRetryableStatus = (status: number) => status >= 500 || status === 429 || status === 408;
