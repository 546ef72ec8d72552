import { readdir, readFile } from "node:fs/promises";
import os from "node:os";
import { beforeEach, describe, expect, it, vi } from "vitest";
import { POST } from "@/app/api/import/route";
import { getCaller } from "@/lib/actions/caller";
import { db } from "@/lib/db";
import { readImportStream, type ImportStreamLine } from "@/lib/import/progress-stream";
import type { ImportSummary } from "@/lib/import/run-import";
import { forgetImportedQuestions } from "@/test/forget-imports";

// The role comes from env, read once at import time: mock the one function that reads it.
vi.mock("@/lib/actions/caller", async (importOriginal) => ({
  ...(await importOriginal<typeof import("@/lib/actions/caller")>()),
  getCaller: vi.fn(async () => ({ role: "editor", name: "editor" })),
}));

const F = "test/fixtures/import";

async function fixture(name: string, as = name): Promise<File> {
  return new File([await readFile(`${F}/${name}`)], as);
}

function post(form: FormData, headers: Record<string, string> = {}) {
  return POST(new Request("http://test/api/import", { method: "POST", body: form, headers }));
}

async function run(form: FormData): Promise<{ lines: ImportStreamLine[]; summary: ImportSummary }> {
  const res = await post(form);
  expect(res.status).toBe(200);
  expect(res.headers.get("content-type")).toMatch(/application\/x-ndjson/);
  const lines = await readImportStream(res.body!);
  const last = lines.at(-1);
  if (last?.type !== "summary") throw new Error(`expected a summary last, got ${JSON.stringify(last)}`);
  return { lines, summary: last.summary };
}

const tempDirs = async () => (await readdir(os.tmpdir())).filter((n) => n.startsWith("answerable-import-")).sort();

describe("POST /api/import", () => {
  beforeEach(forgetImportedQuestions);

  it("imports an uploaded file, streams progress then the summary, and stores the records with their source", async () => {
    const before = await tempDirs();
    const form = new FormData();
    form.append("files", await fixture("snapshot-2025-12-10.json"));
    const { lines, summary } = await run(form);

    expect(lines[0]).toMatchObject({ type: "progress", file: "snapshot-2025-12-10.json", fileIndex: 1, fileCount: 1 });
    expect(lines.filter((l) => l.type === "summary")).toHaveLength(1);
    expect(summary.dryRun).toBe(false);
    expect(summary.files).toEqual([expect.objectContaining({ file: "snapshot-2025-12-10.json", format: "uk-parliament-api", records: 2, rejected: 0 })]);
    expect(summary.questions).toEqual({ created: 2, updated: 0, unchanged: 0, rejected: 0 });
    expect(summary.answers.created).toBeGreaterThan(0);
    expect(summary.rejections).toEqual([]);

    const q = await db.question.findUnique({ where: { parliamentId: 1859512 }, include: { answers: { include: { answer: true } } } });
    // The importer may append the capture date: "snapshot-2025-12-10.json#1 (as-of-…)".
    expect(q).toMatchObject({ uin: "96536", sourceFormat: "uk-parliament-api", sourceRef: expect.stringMatching(/^snapshot-2025-12-10\.json#1\b/) });
    expect(q!.importedAt).toBeInstanceOf(Date);
    expect(q!.answers.some((a) => a.answer.textTruncated)).toBe(true);
    // The uploads were written to a temp folder only for the import.
    expect(await tempDirs()).toEqual(before);

    const again = await run(form);
    expect(again.summary.questions).toEqual({ created: 0, updated: 0, unchanged: 2, rejected: 0 });
  });

  it("turns truncated and unrecognised files into rejections, never a 500, and imports the good file alongside", async () => {
    const form = new FormData();
    form.append("files", await fixture("malformed-truncated.json"));
    form.append("files", new File(["just some notes, not JSON or XML"], "notes.txt"));
    form.append("files", new File([""], "empty.json"));
    form.append("files", await fixture("snapshot-2025-12-03.json"));
    const { summary, lines } = await run(form);

    expect(summary.rejections.map((r) => r.sourceRef)).toEqual(["malformed-truncated.json", "notes.txt", "empty.json"]);
    expect(summary.rejections[0]!.reason).toMatch(/not valid JSON/);
    expect(summary.rejections[1]!.reason).toMatch(/not recognised/);
    expect(summary.questions.rejected).toBe(3);
    expect(summary.questions.created).toBe(2);
    expect(summary.files.map((f) => f.file)).toEqual(["malformed-truncated.json", "notes.txt", "empty.json", "snapshot-2025-12-03.json"]);
    expect(lines.some((l) => l.type === "progress" && l.fileCount === 4)).toBe(true);
    expect(await db.question.count({ where: { uin: { in: ["96467", "96536"] }, sourceRef: { startsWith: "snapshot-2025-12-03.json#" } } })).toBe(2);
  });

  it("a dry run reports what would change and leaves the database as it was", async () => {
    const before = await db.question.count();
    const form = new FormData();
    form.append("files", await fixture("snapshot-2025-12-10.json"));
    form.append("dryRun", "on");
    const { summary } = await run(form);
    expect(summary.dryRun).toBe(true);
    expect(summary.questions.created).toBe(2);
    expect(await db.question.count()).toBe(before);
  });

  it("answers 400 JSON without files, 413 over the size limit", async () => {
    const empty = await post(new FormData());
    expect(empty.status).toBe(400);
    expect(await empty.json()).toMatchObject({ field: "files", error: expect.stringMatching(/at least one file/) });

    const notForm = await POST(new Request("http://test/api/import", { method: "POST", body: "{}", headers: { "content-type": "application/json" } }));
    expect(notForm.status).toBe(400);

    const big = new FormData();
    big.append("files", new File(["[]"], "a.json"));
    const tooLarge = await post(big, { "content-length": String(101 * 1024 * 1024) });
    expect(tooLarge.status).toBe(413);
    expect(await tooLarge.json()).toMatchObject({ error: expect.stringMatching(/too large.*100 MB/) });
  });

  it("refuses a reader with 403 JSON and imports nothing", async () => {
    vi.mocked(getCaller).mockResolvedValueOnce({ role: "reader", name: "reader" });
    const before = await db.question.count();
    const form = new FormData();
    form.append("files", await fixture("snapshot-2025-12-10.json"));
    const res = await post(form);
    expect(res.status).toBe(403);
    expect(await res.json()).toMatchObject({ error: expect.stringMatching(/editor/) });
    expect(await db.question.count()).toBe(before);
  });
});
