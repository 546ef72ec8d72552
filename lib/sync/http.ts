import { backoffDelay, isRetryableStatus, parseRetryAfter, type BackoffOptions } from "@/lib/sync/backoff";
import type { TokenBucket } from "@/lib/sync/rate-limiter";

/** A response that retrying will not fix (4xx other than 429/408), or retries exhausted. */
export class HttpError extends Error {
  constructor(readonly url: string, readonly status: number | null, message: string) {
    super(message);
    this.name = "HttpError";
  }
}

export type ApiClientOptions = {
  limiter: TokenBucket;
  timeoutMs?: number;
  /** Attempts after the first. */
  retries?: number;
  backoff?: BackoffOptions;
  /** Longest Retry-After honoured; a server asking for more fails the request instead of stalling the sync. */
  maxRetryAfterMs?: number;
  fetch?: typeof fetch;
  sleep?: (ms: number) => Promise<void>;
  onRetry?: (info: { url: string; attempt: number; reason: string; delayMs: number }) => void;
};

export type ApiStats = { requests: number; retries: number };

export class ApiClient {
  readonly stats: ApiStats = { requests: 0, retries: 0 };
  constructor(private readonly o: ApiClientOptions) {}

  /** GET a JSON document: rate-limited, with a timeout per attempt, retried with back-off. */
  async getJson(url: string): Promise<unknown> {
    const retries = this.o.retries ?? 6;
    const sleep = this.o.sleep ?? ((ms: number) => new Promise<void>((r) => setTimeout(r, ms)));
    for (let attempt = 0; ; attempt++) {
      let reason: string;
      let delay = backoffDelay(attempt, this.o.backoff);
      await this.o.limiter.acquire();
      this.stats.requests++;
      const abort = new AbortController();
      const timer = setTimeout(() => abort.abort(), this.o.timeoutMs ?? 30_000);
      try {
        const res = await (this.o.fetch ?? fetch)(url, { signal: abort.signal, headers: { accept: "application/json" } });
        if (res.ok) return await res.json();
        await res.body?.cancel().catch(() => undefined);
        if (!isRetryableStatus(res.status)) throw new HttpError(url, res.status, `HTTP ${res.status} for ${url}`);
        reason = `HTTP ${res.status}`;
        const after = parseRetryAfter(res.headers.get("retry-after"));
        if (after != null) {
          if (after > (this.o.maxRetryAfterMs ?? 120_000)) throw new HttpError(url, res.status, `HTTP ${res.status} for ${url}: Retry-After ${Math.round(after / 1000)} s is too long`);
          delay = Math.max(after, delay);
        }
      } catch (e) {
        if (e instanceof HttpError) throw e;
        reason = abort.signal.aborted ? `timed out after ${this.o.timeoutMs ?? 30_000} ms` : e instanceof SyntaxError ? "invalid JSON" : `network error (${describe(e)})`;
      } finally {
        clearTimeout(timer);
      }
      if (attempt >= retries) throw new HttpError(url, null, `${reason} for ${url}, gave up after ${attempt + 1} attempts`);
      this.stats.retries++;
      this.o.onRetry?.({ url, attempt: attempt + 1, reason, delayMs: delay });
      await sleep(delay);
    }
  }
}

function describe(e: unknown): string {
  const cause = e instanceof Error && e.cause instanceof Error ? e.cause : null;
  return (cause as NodeJS.ErrnoException | null)?.code ?? cause?.message ?? (e instanceof Error ? e.message : String(e));
}
