import { readFileSync } from "node:fs";
import { beforeEach, describe, expect, it } from "vitest";
import { forgetImportedQuestions } from "@/test/forget-imports";
import { db } from "@/lib/db";
import { seedFoundingCase } from "@/prisma/seed/founding-case";
import type { ImportQuestion, ParsedItem } from "@/lib/import/types";
import { parseUkParliamentApi } from "@/lib/import/uk-parliament-api";
import { ImportRecordError, upsertImportedQuestion, type UpsertResult } from "@/lib/import/upsert";

const load = (name: string) =>
  [...parseUkParliamentApi(readFileSync(`test/fixtures/import/${name}`, "utf8"), name)]
    .filter((i): i is Extract<ParsedItem, { ok: true }> => i.ok)
    .map((i) => i.record);
const one = (name: string, uin: string) => load(name).find((r) => r.uin === uin)!;
const upsert = (r: ImportQuestion, analyse = false) => db.$transaction((tx) => upsertImportedQuestion(tx, r, { analyse }));
const stored = (parliamentId: number) =>
  db.question.findUnique({
    where: { parliamentId },
    include: { answers: { include: { answer: true } }, askingMember: true, answeringBody: true },
  });
const allUnchanged = (r: UpsertResult) => r.question === "unchanged" && r.answers.created + r.answers.updated === 0;

describe("upsertImportedQuestion", () => {
  beforeEach(forgetImportedQuestions);

  it("12-03 then 12-10: the same question moves to answered / holding, no duplicate; re-import is unchanged", async () => {
    for (const r of load("snapshot-2025-12-03.json")) expect((await upsert(r)).question).not.toBe("updated");
    const [held, answered] = load("snapshot-2025-12-10.json");
    const before = await db.question.count();
    expect((await upsert(held!)).question).toBe("updated");
    const res = await upsert(answered!);
    expect(res).toMatchObject({ question: "updated", answers: { created: 1 } });
    expect(await db.question.count()).toBe(before);
    expect((await stored(held!.parliamentId!))?.status).toBe("HOLDING");
    const q = await stored(answered!.parliamentId!);
    expect(q?.status).toBe("ANSWERED");
    expect(q?.heading).toBe(answered!.heading);
    expect(answered!.heading).not.toBe("");
    expect(q?.answers[0]?.answer.textTruncated).toBe(true);
    expect(allUnchanged(await upsert(answered!))).toBe(true);
    expect(allUnchanged(await upsert(held!))).toBe(true);
  });

  it("a holding answer stays when the substantive answer arrives", async () => {
    const [held] = load("snapshot-2025-12-10.json");
    await upsert(held!);
    const later: ImportQuestion = {
      ...held!,
      answers: [
        { kind: "HOLDING", dateAnswered: held!.answers[0]!.dateAnswered, html: "A holding answer was given; its text is not in the source.", placeholder: true, truncated: true },
        { kind: "SUBSTANTIVE", dateAnswered: new Date(Date.UTC(2025, 11, 15)), html: "<p>The full answer.</p>" },
      ],
    };
    expect((await upsert(later)).answers).toEqual({ created: 1, updated: 0, unchanged: 1 });
    const q = await stored(held!.parliamentId!);
    expect(q?.status).toBe("ANSWERED");
    const holding = q!.answers.find((a) => a.answer.kind === "HOLDING")!.answer;
    expect(holding.text).toContain("not be possible to answer this question within the usual time period");
  });

  it("a correction keeps the original answer and links the correction to it", async () => {
    const r = one("wrapped-correction-grouped.json", "7024");
    await upsert(r);
    const q = await stored(r.parliamentId!);
    const kinds = q!.answers.map((a) => a.answer).sort((x, y) => x.dateAnswered.getTime() - y.dateAnswered.getTime());
    expect(kinds.map((a) => a.kind)).toEqual(["SUBSTANTIVE", "CORRECTION"]);
    expect(kinds[1]!.correctsAnswerId).toBe(kinds[0]!.id);
    expect(q!.status).toBe("CORRECTED");
    expect(allUnchanged(await upsert(r))).toBe(true);
  });

  it("grouped questions share one answer", async () => {
    const a = one("wrapped-correction-grouped.json", "6774");
    const b = one("wrapped-correction-grouped.json", "6773");
    await upsert(a);
    expect((await upsert(b)).answers).toEqual({ created: 0, updated: 1, unchanged: 0 });
    const [qa, qb] = [await stored(a.parliamentId!), await stored(b.parliamentId!)];
    expect(qb!.answers[0]!.answerId).toBe(qa!.answers[0]!.answerId);
    expect(allUnchanged(await upsert(b))).toBe(true);
  });

  it("the founding-case record after the seed: no duplicate Lowe / Home Office / 95752; the full answer is kept", async () => {
    await seedFoundingCase(db);
    const counts = async () => [await db.member.count({ where: { parliamentId: 5158 } }), await db.answeringBody.count({ where: { name: "Home Office" } }), await db.question.count({ where: { uin: "95752" } })];
    const r = one("founding-case-95752.json", "95752");
    const res = await upsert(r);
    expect(res.question).toBe("unchanged");
    expect(await counts()).toEqual([1, 1, 1]);
    const q = await stored(1858568);
    expect(q!.askingMember.name).toBe("Rupert Lowe");
    const full = q!.answers[0]!.answer;
    expect(full.text).toContain("c.65 staff currently dedicated to tracing activities");

    // The list endpoint's excerpt of the same answer must not replace the seeded full text.
    const excerpt = `${full.text.replace(/\s+/g, " ").slice(0, 255)}...`;
    const truncated: ImportQuestion = { ...r, answers: [{ kind: "SUBSTANTIVE", dateAnswered: full.dateAnswered, html: excerpt, truncated: true, answeringMember: { parliamentId: 4641, name: null, house: "COMMONS" } }] };
    expect((await upsert(truncated)).answers.created).toBe(0);
    const after = (await stored(1858568))!.answers[0]!.answer;
    expect(after.text).toBe(full.text);
    expect(after.textTruncated).toBe(false);
    expect(await counts()).toEqual([1, 1, 1]);
    expect((await db.member.findUnique({ where: { parliamentId: 4641 } }))!.name).toBe("Alex Norris");
  });

  it("an id-only member is created as 'Member <id>' and named later by richer data", async () => {
    const [r] = load("members-api-sample.json");
    const pid = 9_000_000 + Math.floor(Math.random() * 99_999);
    const idOnly: ImportQuestion = { ...r!, parliamentId: pid, uin: `T${pid}`, askingMember: { parliamentId: pid, name: null, house: "COMMONS" }, answers: [] };
    await upsert(idOnly);
    expect((await db.member.findUnique({ where: { parliamentId: pid } }))!.name).toBe(`Member ${pid}`);
    await upsert({ ...idOnly, askingMember: { parliamentId: pid, name: "Real Name", house: "COMMONS", party: "Labour" } });
    await upsert(idOnly);
    expect(await db.member.findUnique({ where: { parliamentId: pid } })).toMatchObject({ name: "Real Name", party: "Labour" });
  });

  it("rejects an invalid record and writes nothing", async () => {
    const r = one("snapshot-2025-12-03.json", "96536");
    const bad = { ...r, parliamentId: 9_999_001, uin: "", house: "SCOTTISH" as never };
    await expect(upsert(bad)).rejects.toBeInstanceOf(ImportRecordError);
    await expect(upsert({ ...r, parliamentId: 9_999_002, uin: "X1", dateTabled: new Date(NaN) })).rejects.toThrow(/dateTabled/);
    expect(await db.question.count({ where: { parliamentId: { in: [9_999_001, 9_999_002] } } })).toBe(0);
  });

  describe("re-import rules: the newest information wins, missing information never erases", () => {
    const pick = (name: string) => load(name)[0]!;

    it("an older snapshot never undoes a newer one (department transfer, reworded question), in either order", async () => {
      const older = pick("transfer.as-of-2025-12-03.json");
      const newer = pick("transfer.as-of-2025-12-10.json");
      expect(older.answeringBody.name).toBe("Ministry of Justice");
      expect(newer.answeringBody.name).toBe("Home Office");
      const check = async () => {
        const q = (await stored(newer.parliamentId!))!;
        expect(q.answeringBody.name).toBe("Home Office");
        expect(q.text).toBe(newer.text.trim());
        expect(q.status).toBe("ANSWERED");
        expect(q.sourceRef).toContain("as-of-2025-12-10");
      };
      await upsert(newer);
      const res = await upsert(older);
      expect(res.changedFields).toEqual([]);
      expect(res.question).toBe("unchanged");
      await check();

      await forgetImportedQuestions();
      await upsert(older);
      const moved = await upsert(newer);
      expect(moved.question).toBe("updated");
      expect(moved.changedFields).toEqual(expect.arrayContaining(["question.text", "question.answeringBodyId", "question.heading"]));
      await check();
      for (const r of [older, newer, older]) expect((await upsert(r)).changedFields).toEqual([]);
    });

    it("an older source fills an empty field but changes nothing that is stored", async () => {
      const newer = pick("transfer.as-of-2025-12-10.json");
      await upsert({ ...newer, heading: "", dateForAnswer: null });
      const older = { ...newer, capturedAt: new Date(Date.UTC(2025, 11, 1)), heading: "Older heading", text: "An older wording.", isNamedDay: !newer.isNamedDay, dateForAnswer: new Date(Date.UTC(2025, 11, 4)) };
      const res = await upsert(older);
      expect(res.changedFields.sort()).toEqual(["question.dateForAnswer", "question.heading"]);
      const q = (await stored(newer.parliamentId!))!;
      expect(q).toMatchObject({ heading: "Older heading", text: newer.text.trim(), isNamedDay: newer.isNamedDay });
      expect(q.sourceRef).toContain("as-of-2025-12-10");
      expect((await upsert(older)).changedFields).toEqual([]);
    });

    it("the Members API's stripped answer text never replaces the detail record's markup, in either order", async () => {
      const detail = pick("markup-detail.json");
      const membersApi = pick("markup-members-api.json");
      const html = async () => (await stored(detail.parliamentId!))!.answers.find((a) => a.answer.kind === "SUBSTANTIVE")!.answer.html;
      await upsert(detail);
      expect((await upsert(membersApi)).answers).toEqual({ created: 0, updated: 0, unchanged: 1 });
      expect(await html()).toContain("issues.</p><p>The Government");

      await forgetImportedQuestions();
      await upsert(membersApi);
      expect(await html()).toContain("issues.The Government");
      expect((await upsert(detail)).changedFields).toContain("answer.SUBSTANTIVE.html");
      expect(await html()).toContain("issues.</p><p>The Government");
      for (const r of [membersApi, detail]) expect((await upsert(r)).changedFields).toEqual([]);
    });
  });
});
