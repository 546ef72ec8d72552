import { createHash } from "node:crypto";
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { defaultSourceDir, loadSourceProfile, type SourceProfile } from "@/bench/sources";
import { generateCorpus, inRecess, readManifest, writeCorpus, type ApiItem } from "@/bench/corpus";
import { looksTruncated, mapQuestion } from "@/lib/import/uk-parliament-api";

// The generator learns from the shared real data; without it there is nothing to check.
const source = defaultSourceDir();
const haveData = existsSync(path.join(source, "longform-texts.jsonl.gz"));

describe.skipIf(!haveData)("corpus generator", () => {
  let profile: SourceProfile;
  let items: ApiItem[];
  beforeAll(() => {
    profile = loadSourceProfile(source);
    // Ends in early January, so the Christmas recess falls inside it.
    items = [...generateCorpus(profile, { records: 4000, seed: 11, end: "2025-01-10", asOf: "2025-01-11" })];
  }, 60_000);

  const hash = (xs: ApiItem[]) => createHash("sha256").update(JSON.stringify(xs)).digest("hex");

  it("makes exactly the number of records asked for, the same for the same seed", () => {
    expect(items).toHaveLength(4000);
    expect(hash([...generateCorpus(profile, { records: 4000, seed: 11, end: "2025-01-10", asOf: "2025-01-11" })])).toBe(hash(items));
    expect(hash([...generateCorpus(profile, { records: 4000, seed: 12, end: "2025-01-10", asOf: "2025-01-11" })])).not.toBe(hash(items));
  });

  it("never repeats a UIN on a day, and groups point at questions of that day", () => {
    const keys = new Set<string>();
    const byDay = new Map<string, Set<string>>();
    for (const { value: v } of items) {
      const key = `${v.house}|${v.dateTabled}|${v.uin}`;
      expect(keys.has(key), key).toBe(false);
      keys.add(key);
      byDay.set(v.dateTabled, (byDay.get(v.dateTabled) ?? new Set()).add(v.uin));
    }
    const grouped = items.filter((i) => i.value.groupedQuestions.length);
    expect(grouped.length).toBeGreaterThan(0);
    for (const { value: v } of grouped) for (const u of v.groupedQuestions) expect(byDay.get(v.dateTabled)!.has(u)).toBe(true);
    expect(new Set(items.map((i) => i.value.id)).size).toBe(items.length);
  });

  it("uses real members and departments, as often as they ask and answer", () => {
    for (const { value: v } of items) {
      expect(profile.memberIds.has(v.askingMemberId), `member ${v.askingMemberId}`).toBe(true);
      if (v.answeringMemberId !== null) expect(profile.memberIds.has(v.answeringMemberId)).toBe(true);
      expect(profile.bodies.get(v.answeringBodyId)).toBe(v.answeringBodyName);
    }
    // Health and Social Care is the most asked department after 2024 in the real files.
    const counts = new Map<string, number>();
    for (const { value: v } of items) counts.set(v.answeringBodyName, (counts.get(v.answeringBodyName) ?? 0) + 1);
    const top = [...counts].sort((a, b) => b[1] - a[1])[0]![0];
    expect(top).toBe("Department of Health and Social Care");
    expect(new Set(items.map((i) => i.value.askingMemberId)).size).toBeGreaterThan(150);
  });

  it("tables on weekdays in date order, answers after tabling, nothing after the capture date", () => {
    let prev = "";
    for (const { value: v } of items) {
      const day = new Date(`${v.dateTabled}Z`).getUTCDay();
      expect(day >= 1 && day <= 5, v.dateTabled).toBe(true);
      expect(inRecess(Date.parse(`${v.dateTabled}Z`)), v.dateTabled).toBe(false);
      expect(v.dateTabled >= prev).toBe(true);
      prev = v.dateTabled;
      if (v.dateAnswered) expect(v.dateAnswered >= v.dateTabled).toBe(true);
      for (const d of [v.dateAnswered, v.dateHoldingAnswer, v.dateAnswerCorrected]) if (d) expect(d <= "2025-01-11T00:00:00").toBe(true);
    }
    const answered = items.filter((i) => i.value.dateAnswered && !i.value.answerIsHolding).length;
    expect(answered / items.length).toBeGreaterThan(0.3);
  });

  it("writes full texts the importer reads as whole, with a heading and a real opening", () => {
    for (const item of items) {
      const v = item.value;
      expect(v.questionText).toMatch(/^To ask /);
      expect(looksTruncated(v.questionText, "question")).toBe(false);
      expect(v.heading.length).toBeGreaterThan(0);
      expect(`${v.questionText} ${v.answerText ?? ""}`).not.toMatch(/lorem|ipsum/i);
      const q = mapQuestion(item, "test#0");
      expect(q.textTruncated).toBe(false);
      expect(q.answers.every((a) => !a.truncated || a.placeholder)).toBe(true);
      if (v.dateAnswered && !v.answerIsHolding) expect(q.answers.some((a) => a.kind === "SUBSTANTIVE")).toBe(true);
    }
  });

  it("varies the texts: far fewer exact repeats than records", () => {
    const distinct = new Set(items.map((i) => i.value.questionText)).size;
    expect(distinct / items.length).toBeGreaterThan(0.95);
  });

  it("writes chunk files and a manifest, with the members list for names", async () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), "bench-corpus-"));
    try {
      const m = await writeCorpus(dir, profile, { records: 2500, seed: 3 }, { membersFile: path.join(source, "members-and-answering-bodies.json"), chunkSize: 1000 });
      expect(m.files).toEqual([
        "00-members-and-answering-bodies.json",
        "commons-bench-0001.as-of-2025-12-10.json",
        "commons-bench-0002.as-of-2025-12-10.json",
        "commons-bench-0003.as-of-2025-12-10.json",
      ]);
      expect(readManifest(dir)?.records).toBe(2500);
      const chunk = JSON.parse(readFileSync(path.join(dir, m.files[3]!), "utf8")) as ApiItem[];
      expect(chunk).toHaveLength(500);
      expect(readdirSync(dir).filter((f) => !f.startsWith("."))).toHaveLength(4);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
