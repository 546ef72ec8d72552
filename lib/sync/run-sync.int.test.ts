import { mkdtempSync, readFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { ApiClient, HttpError } from "@/lib/sync/http";
import { TokenBucket } from "@/lib/sync/rate-limiter";
import { runSync, type RunSyncOptions } from "@/lib/sync/run-sync";
import { forgetImportedQuestions } from "@/test/forget-imports";
import { startSyncServer, type SyncServer } from "@/test/sync-server";

// Member 4813: 81 questions tabled 1–9 Dec 2025 in the shared snapshot, about half with cut-off text.
const MEMBER = 4813;
const SINCE = "2025-12-01";
let server: SyncServer;
let dir: string;
let n = 0;
const stateFile = () => path.join(dir, `state-${++n}.json`);
const base = (): RunSyncOptions => ({
  baseUrl: server.url, since: SINCE, memberId: MEMBER, pageSize: 20, ratePerSecond: 500, stateFile: stateFile(),
  analyse: false, timeoutMs: 2000, backoff: { baseMs: 5, maxMs: 50 },
});
const listRequests = () => server.requests.filter((r) => r.path === "/api/writtenquestions/questions");

/** What the server holds for the query: both passes (tabled since, answered since). */
const expectedIds = () => {
  const q = { askingMemberId: String(MEMBER), includeWithdrawn: "true" };
  return new Set([...server.matching({ ...q, tabledWhenFrom: SINCE }), ...server.matching({ ...q, answeredWhenFrom: SINCE })].map((v) => v.id));
};

/** The member's stored questions without ids or timestamps, for comparing two runs. */
async function snapshot() {
  const rows = await db.question.findMany({
    where: { askingMember: { parliamentId: MEMBER } },
    orderBy: { parliamentId: "asc" },
    select: {
      parliamentId: true, house: true, uin: true, dateTabled: true, heading: true, text: true, textTruncated: true, status: true, withdrawn: true,
      answeringBody: { select: { name: true } },
      answers: { select: { answer: { select: { kind: true, dateAnswered: true, text: true, textTruncated: true } } } },
    },
  });
  return rows.map((r) => ({ ...r, answers: r.answers.map((a) => a.answer).sort((x, y) => x.dateAnswered.getTime() - y.dateAnswered.getTime() || x.kind.localeCompare(y.kind)) }));
}

beforeAll(async () => {
  server = await startSyncServer();
  dir = mkdtempSync(path.join(os.tmpdir(), "sync-int-"));
}, 60_000);
afterAll(() => server?.close());
beforeEach(async () => {
  server.reset();
  await forgetImportedQuestions();
});

describe("runSync against the local API", () => {
  it("imports exactly what the server holds for the query, once each", async () => {
    const want = expectedIds();
    expect(want.size).toBeGreaterThan(40);
    const s = await runSync(base());
    expect(s.rejections).toEqual([]);
    expect(s.interrupted).toBe(false);
    const rows = await db.question.findMany({ where: { askingMember: { parliamentId: MEMBER } }, select: { parliamentId: true } });
    expect(new Set(rows.map((r) => r.parliamentId))).toEqual(want);
    expect(rows).toHaveLength(want.size);
    expect(s.questions.created).toBe(want.size);
    expect(s.retries).toBe(0);
    expect(s.requests).toBe(server.requests.length);
    // A second run changes nothing.
    const again = await runSync(base());
    expect(again.questions.created + again.questions.updated).toBe(0);
    expect(again.questions.unchanged).toBe(s.records);
    // Full texts already stored are not fetched again; only records still held as excerpts are.
    expect(again.details + again.detailsSkipped).toBe(s.details + s.detailsSkipped);
    expect(again.detailsSkipped).toBeGreaterThan(10);
    expect(again.details).toBeLessThan(s.details / 2);
    const refetched = server.requests.filter((r) => /\/questions\/\d+$/.test(r.path)).slice(-again.details).map((r) => Number(r.path.split("/").at(-1)));
    for (const id of refetched) {
      const q = await db.question.findUnique({ where: { parliamentId: id }, select: { textTruncated: true, answers: { select: { answer: { select: { textTruncated: true } } } } } });
      expect(q!.textTruncated || q!.answers.some((a) => a.answer.textTruncated), `question ${id}`).toBe(true);
    }
  });

  it("completes truncated items from the detail endpoint", async () => {
    const s = await runSync({ ...base(), passes: ["tabled"] });
    const details = server.requests.filter((r) => /\/questions\/\d+$/.test(r.path));
    expect(s.details).toBe(details.length);
    expect(details.length).toBeGreaterThan(10);
    const completed = [...server.fullTexts].filter(([id, t]) => t.questionText && server.matching({ askingMemberId: String(MEMBER), tabledWhenFrom: SINCE }).some((v) => v.id === id && String(v.questionText).length < t.questionText!.length));
    expect(completed.length).toBeGreaterThan(0);
    for (const [id, full] of completed) {
      const q = await db.question.findUnique({ where: { parliamentId: id }, include: { answers: { include: { answer: true } } } });
      expect(q?.text).toBe(full.questionText!.trim());
      expect(q?.textTruncated).toBe(false);
    }
    const longAnswers = await db.answer.count({ where: { textTruncated: false, questions: { some: { question: { askingMember: { parliamentId: MEMBER } } } } } });
    expect(longAnswers).toBeGreaterThan(0);
  });

  it("retries a 500, a slow response and a 429 with Retry-After, and completes", async () => {
    server.faults.set(2, { kind: "500" });
    server.faults.set(5, { kind: "slow", delayMs: 1500 });
    server.faults.set(8, { kind: "429", retryAfter: "1" });
    server.faults.set(11, { kind: "reset" });
    const started = performance.now();
    const s = await runSync({ ...base(), timeoutMs: 400 });
    expect(s.retries).toBe(4);
    expect(s.rejections).toEqual([]);
    expect(server.requests.filter((r) => r.status === 500)).toHaveLength(1);
    // Detail fetches run in parallel, so the 429's retry is the next request for the same URL, not request 9.
    const limited = server.requests.find((r) => r.n === 8)!;
    const same = (r: (typeof server.requests)[number]) => r.path === limited.path && String(r.query) === String(limited.query);
    const retry = server.requests.find((r) => r.n > 8 && same(r))!;
    expect(retry.at - limited.at).toBeGreaterThanOrEqual(950);
    expect(performance.now() - started).toBeGreaterThan(1300);
    const rows = await db.question.count({ where: { askingMember: { parliamentId: MEMBER } } });
    expect(rows).toBe(expectedIds().size);
  });

  it("a crash after page 2 resumes from the state file and ends with the same database as an uninterrupted run", async () => {
    const opts = { ...base(), stateFile: stateFile() };
    await expect(
      runSync({ ...opts, onPage: (p) => { if (p.pass === "tabled" && p.page === 2) throw new Error("simulated crash"); } }),
    ).rejects.toThrow("simulated crash");
    const saved = JSON.parse(readFileSync(opts.stateFile, "utf8")) as { queries: Record<string, { nextSkip: number; complete: boolean }> };
    expect(Object.values(saved.queries)).toEqual([expect.objectContaining({ nextSkip: 40, complete: false })]);
    const afterCrash = await db.question.count({ where: { askingMember: { parliamentId: MEMBER } } });
    expect(afterCrash).toBe(40);

    server.reset();
    const resumed = await runSync(opts);
    expect(resumed.resumed).toEqual([{ pass: "tabled", skip: 40 }]);
    expect(listRequests()[0]!.query.get("skip")).toBe("40");
    expect(listRequests().filter((r) => r.query.has("tabledWhenFrom")).map((r) => r.query.get("skip"))).not.toContain("0");
    const interrupted = await snapshot();

    await forgetImportedQuestions();
    await runSync({ ...base(), restart: true });
    const clean = await snapshot();
    expect(interrupted).toEqual(clean);
    expect(new Set(interrupted.map((q) => q.parliamentId)).size).toBe(interrupted.length);
    expect(interrupted).toHaveLength(expectedIds().size);

    // A finished query starts from the top next time.
    const finished = JSON.parse(readFileSync(opts.stateFile, "utf8")) as typeof saved;
    expect(Object.values(finished.queries).every((q) => q.complete && q.nextSkip === 0)).toBe(true);
  });

  it("a request that keeps failing stops the sync, keeping committed pages; the next run resumes", async () => {
    const opts = { ...base(), stateFile: stateFile(), retries: 1, passes: ["tabled" as const], pageSize: 40, ratePerSecond: 1000 };
    // Request 1 is page 1; then its details; fail the page-2 request twice (all retries).
    await runSync({ ...opts, onPage: () => { const next = server.requests.length + 1; server.faults.set(next, { kind: "500" }); server.faults.set(next + 1, { kind: "500" }); } })
      .then(() => expect.unreachable("should have failed"))
      .catch((e) => expect(e).toBeInstanceOf(HttpError));
    expect(await db.question.count({ where: { askingMember: { parliamentId: MEMBER } } })).toBe(40);
    server.reset();
    const s = await runSync(opts);
    expect(s.resumed).toEqual([{ pass: "tabled", skip: 40 }]);
    expect(await db.question.count({ where: { askingMember: { parliamentId: MEMBER } } })).toBe(server.matching({ askingMemberId: String(MEMBER), tabledWhenFrom: SINCE }).length);
  });

  it("respects the rate limit (counted on the server)", async () => {
    const rate = 20;
    await runSync({ ...base(), ratePerSecond: rate, burst: 1, passes: ["tabled"], pageSize: 40 });
    const at = server.requests.map((r) => r.at);
    expect(at.length).toBeGreaterThan(15);
    let worst = 0;
    for (let i = 0; i < at.length; i++) worst = Math.max(worst, at.filter((t) => t >= at[i]! && t < at[i]! + 1000).length);
    expect(worst).toBeLessThanOrEqual(rate + 1);
    expect(at.at(-1)! - at[0]!).toBeGreaterThanOrEqual(((at.length - 1) / rate) * 1000 * 0.9);
  }, 30_000);
});

describe("ApiClient against the local API", () => {
  it("does not retry a 404", async () => {
    const api = new ApiClient({ limiter: new TokenBucket(100), backoff: { baseMs: 1 } });
    await expect(api.getJson(`${server.url}/api/writtenquestions/questions/1`)).rejects.toMatchObject({ status: 404 });
    expect(api.stats).toEqual({ requests: 1, retries: 0 });
    expect(server.requests).toHaveLength(1);
  });
  it("gives up after the allowed retries", async () => {
    for (let i = 1; i <= 3; i++) server.faults.set(i, { kind: "500" });
    const api = new ApiClient({ limiter: new TokenBucket(100), retries: 2, backoff: { baseMs: 1 } });
    await expect(api.getJson(`${server.url}/api/writtenquestions/questions?skip=0&take=1`)).rejects.toThrow(/gave up after 3 attempts/);
    expect(server.requests).toHaveLength(3);
  });
});
