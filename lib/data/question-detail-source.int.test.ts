import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { getQuestion } from "@/lib/data/question-detail";
import { makeAnswer, makeQuestion } from "@/prisma/seed/factories";

describe("getQuestion provenance", () => {
  it("a question logged by hand says so, with no attachments and nothing truncated", async () => {
    const q = await makeQuestion({ heading: "Provenance by hand" });
    const d = await getQuestion({ id: q.id });
    expect(d.source).toEqual({ format: "form", ref: null, importedAt: null });
    expect(d.textTruncated).toBe(false);
    expect(d.attachments).toEqual([]);
  });

  it("returns the import source, truncation flags and attachments", async () => {
    const q = await makeQuestion({ heading: "Provenance imported" });
    const importedAt = new Date("2026-11-26T09:30:00.000Z");
    await db.question.update({
      where: { id: q.id },
      data: { sourceFormat: "uk-parliament-api", sourceRef: "commons-2025-12.json#135", importedAt, textTruncated: true },
    });
    const answer = await makeAnswer([q.id]);
    await db.answer.update({ where: { id: answer.id }, data: { textTruncated: true } });
    await db.attachment.createMany({
      data: [
        { questionId: q.id, title: "Table of figures", url: `https://example.test/${q.id}/a.xlsx`, fileType: "Excel", sizeBytes: 20480 },
        { questionId: q.id, title: "Letter", url: `https://example.test/${q.id}/b.pdf` },
      ],
    });

    const d = await getQuestion({ id: q.id });
    expect(d.source).toEqual({ format: "uk-parliament-api", ref: "commons-2025-12.json#135", importedAt: importedAt.toISOString() });
    expect(d.textTruncated).toBe(true);
    expect(d.answers.map((a) => a.textTruncated)).toEqual([true]);
    expect(d.attachments).toEqual([
      { id: expect.any(Number), title: "Table of figures", url: `https://example.test/${q.id}/a.xlsx`, fileType: "Excel", sizeBytes: 20480 },
      { id: expect.any(Number), title: "Letter", url: `https://example.test/${q.id}/b.pdf`, fileType: null, sizeBytes: null },
    ]);
  });
});
