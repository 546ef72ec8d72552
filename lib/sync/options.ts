import { parseDay } from "@/lib/dates";

export const DEFAULT_BASE_URL = "https://questions-statements-api.parliament.uk";
export const LIST_PATH = "/api/writtenquestions/questions";

export class SyncUsageError extends Error {}

/**
 * Two passes cover a date window: questions tabled in it, and questions
 * answered in it (answers to questions tabled before `since` only arrive
 * through the second). Each pass pages and resumes on its own.
 */
export type Pass = "tabled" | "answered";

export type SyncQuery = {
  baseUrl: string;
  pass: Pass;
  since: string;
  until?: string | null;
  house?: "Commons" | "Lords" | null;
  memberId?: number | null;
};

/** Validated base URL without trailing slash; http(s) only, no query or fragment. */
export function normaliseBaseUrl(raw: string): string {
  let u: URL;
  try {
    u = new URL(raw.trim());
  } catch {
    throw new SyncUsageError(`Invalid base URL ${JSON.stringify(raw)} (expected e.g. ${DEFAULT_BASE_URL})`);
  }
  if (u.protocol !== "http:" && u.protocol !== "https:") throw new SyncUsageError(`Base URL must be http(s), got ${u.protocol}`);
  if (u.search || u.hash || u.username || u.password) throw new SyncUsageError("Base URL must not carry a query, fragment or credentials");
  return `${u.origin}${u.pathname.replace(/\/+$/, "")}`;
}

function queryParams(q: SyncQuery): URLSearchParams {
  const p = new URLSearchParams();
  const [from, to] = q.pass === "tabled" ? ["tabledWhenFrom", "tabledWhenTo"] : ["answeredWhenFrom", "answeredWhenTo"];
  p.set(from, q.since);
  if (q.until) p.set(to, q.until);
  if (q.house) p.set("house", q.house);
  if (q.memberId != null) p.set("askingMemberId", String(q.memberId));
  // Withdrawals must reach us too, and expanded members give names instead of "Member 1234".
  p.set("includeWithdrawn", "true");
  p.set("expandMember", "true");
  return p;
}

export function listUrl(q: SyncQuery, skip: number, take: number): string {
  const p = queryParams(q);
  p.set("skip", String(skip));
  p.set("take", String(take));
  return `${q.baseUrl}${LIST_PATH}?${p}`;
}

export function detailUrl(baseUrl: string, id: number): string {
  if (!Number.isInteger(id) || id <= 0) throw new RangeError(`invalid question id ${id}`);
  return `${baseUrl}${LIST_PATH}/${id}?expandMember=true`;
}

/** The state-file key: the query without paging, so a different --page-size still resumes. */
export function queryKey(q: SyncQuery): string {
  const p = queryParams(q);
  p.sort();
  return `${q.baseUrl}${LIST_PATH}?${p}`;
}

export type SyncCliOptions = {
  since: string;
  until: string | null;
  house: "Commons" | "Lords" | null;
  memberId: number | null;
  baseUrl: string;
  pageSize: number;
  ratePerSecond: number;
  stateFile: string;
  restart: boolean;
  passes: Pass[];
  analyse: boolean;
  timeoutMs: number;
  retries: number;
};

const day = (name: string, v: string) => {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(v) || !parseDay(v)) throw new SyncUsageError(`--${name} must be a date YYYY-MM-DD, got ${JSON.stringify(v)}`);
  return v;
};
const int = (name: string, v: string, min: number, max: number) => {
  const n = Number(v);
  if (!/^\d+$/.test(v.trim()) || n < min || n > max) throw new SyncUsageError(`--${name} must be a whole number from ${min} to ${max}, got ${JSON.stringify(v)}`);
  return n;
};

/** "5", "5/s", "0.5/s". */
export function parseRate(v: string): number {
  const m = /^\s*(\d+(?:\.\d+)?)\s*(?:\/\s*s)?\s*$/.exec(v);
  const n = m ? Number(m[1]) : NaN;
  if (!(n > 0) || n > 1000) throw new SyncUsageError(`--rate must be requests per second like 5 or 5/s (at most 1000), got ${JSON.stringify(v)}`);
  return n;
}

export type RawSyncArgs = Partial<Record<"since" | "until" | "house" | "member" | "base-url" | "page-size" | "rate" | "state" | "timeout" | "retries", string>> &
  Partial<Record<"restart" | "no-analyse" | "no-answered", boolean>>;

export function resolveSyncOptions(a: RawSyncArgs, env: Record<string, string | undefined> = process.env): SyncCliOptions {
  if (!a.since) throw new SyncUsageError("--since DATE is required");
  const since = day("since", a.since);
  const until = a.until ? day("until", a.until) : null;
  if (until && until < since) throw new SyncUsageError(`--until ${until} is before --since ${since}`);
  let house: SyncCliOptions["house"] = null;
  if (a.house) {
    const h = a.house.toLowerCase();
    if (h !== "commons" && h !== "lords") throw new SyncUsageError(`--house must be Commons or Lords, got ${JSON.stringify(a.house)}`);
    house = h === "commons" ? "Commons" : "Lords";
  }
  return {
    since,
    until,
    house,
    memberId: a.member ? int("member", a.member, 1, 10_000_000) : null,
    baseUrl: normaliseBaseUrl(a["base-url"] ?? env.ANSWERABLE_API_BASE_URL ?? DEFAULT_BASE_URL),
    pageSize: a["page-size"] ? int("page-size", a["page-size"], 1, 100) : 50,
    ratePerSecond: a.rate ? parseRate(a.rate) : 5,
    stateFile: a.state ?? "data/sync-state.json",
    restart: !!a.restart,
    passes: a["no-answered"] ? ["tabled"] : ["tabled", "answered"],
    analyse: !a["no-analyse"],
    timeoutMs: a.timeout ? int("timeout", a.timeout, 100, 600_000) : 30_000,
    retries: a.retries ? int("retries", a.retries, 0, 20) : 6,
  };
}
