import { spawnSync } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";

const dir = mkdtempSync(path.join(os.tmpdir(), "analyze-cli-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function run(args: string[], input?: string) {
  const result = spawnSync("npx", ["tsx", "scripts/analyze.ts", ...args], { cwd: process.cwd(), input, encoding: "utf8", timeout: 60_000 });
  const lines = (s: string) => s.split("\n").filter(Boolean);
  return { code: result.status, out: lines(result.stdout), err: lines(result.stderr) };
}

const good = (id: number | string, answer: string) => JSON.stringify({ id, question_text: "To ask the Secretary of State for the Home Department, how many staff.", answer_text: answer });

describe("npm run analyze", { timeout: 120_000 }, () => {
  it("prints one line per valid input, reports malformed lines by number and exits 1", () => {
    const file = path.join(dir, "mixed.jsonl");
    writeFileSync(file, [
      good(1, "<p>There are c.65 staff.</p><p>Any general estimate would be unreliable.</p>"),
      "",
      "{not json",
      JSON.stringify({ id: 4, question_text: "q" }),
      good("five", "I refer the hon. Member to the answer I gave on 3 December 2025 to Question 95752."),
    ].join("\n") + "\n");
    const { code, out, err } = run([file]);
    expect(code).toBe(1);
    expect(out.map((l) => JSON.parse(l))).toEqual([
      {
        id: 1,
        nonAnswers: [{ kind: "estimate_unreliable", quote: "Any general estimate would be unreliable." }],
        figures: [{ value: 65, unit: "staff", subject: "staff", approximate: true, quote: "There are c.65 staff." }],
        references: [],
      },
      {
        id: "five",
        nonAnswers: [{ kind: "referral", quote: "I refer the hon. Member to the answer I gave on 3 December 2025 to Question 95752." }],
        figures: [],
        references: [{ uin: "95752", date: "2025-12-03" }],
      },
    ]);
    expect(err).toHaveLength(2);
    expect(err[0]).toMatch(/^line 3: invalid JSON/);
    expect(err[1]).toBe('line 4: missing field "answer_text"');
  });

  it("exits 0 when every line is valid, reading stdin for '-'", () => {
    const { code, out, err } = run(["-"], `${good(7, "The requested information is not held.")}\n`);
    expect(code).toBe(0);
    expect(err).toEqual([]);
    expect(JSON.parse(out[0] ?? "null")).toMatchObject({ id: 7, nonAnswers: [{ kind: "not_held" }] });
  });

  it("exits 2 without a FILE or with an unreadable one", () => {
    const none = run([]);
    expect(none.code).toBe(2);
    expect(none.err[0]).toMatch(/^usage:/);
    const missing = run([path.join(dir, "does-not-exist.jsonl")]);
    expect(missing.code).toBe(2);
    expect(missing.err[0]).toMatch(/cannot read/);
    expect(missing.out).toEqual([]);
  });
});
