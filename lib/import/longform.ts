import { createReadStream } from "node:fs";
import { createInterface } from "node:readline";
import { createGunzip } from "node:zlib";
import type { ImportQuestion } from "@/lib/import/types";

/**
 * Full texts for list-endpoint records (`longform-texts.jsonl.gz`: one
 * `{id, month, question_text, answer_text}` per line, keyed by API id).
 */
export type LongformText = { questionText: string | null; answerText: string | null };
export type LongformIndex = Map<number, LongformText>;

/** Reads the gzipped JSONL, keeping only the ids asked for (when given) so memory stays bounded. */
export async function loadLongform(file: string, wanted?: ReadonlySet<number>): Promise<LongformIndex> {
  const index: LongformIndex = new Map();
  const input = file.endsWith(".gz") ? createReadStream(file).pipe(createGunzip()) : createReadStream(file);
  const lines = createInterface({ input, crlfDelay: Infinity });
  for await (const line of lines) {
    if (!line.trim()) continue;
    let row: unknown;
    try {
      row = JSON.parse(line);
    } catch {
      continue; // a damaged line only costs that record its full text
    }
    if (typeof row !== "object" || row === null) continue;
    const r = row as Record<string, unknown>;
    const id = typeof r.id === "number" ? r.id : typeof r.id === "string" ? Number(r.id) : NaN;
    if (!Number.isInteger(id) || (wanted && !wanted.has(id))) continue;
    index.set(id, {
      questionText: typeof r.question_text === "string" && r.question_text.trim() ? r.question_text : null,
      answerText: typeof r.answer_text === "string" && r.answer_text.trim() ? r.answer_text : null,
    });
  }
  return index;
}

/**
 * Replaces truncated texts with the full ones. The answer text belongs to the
 * latest answer the list showed (substantive, correction or holding); only a
 * truncated, non-placeholder answer is completed.
 */
export function completeFromLongform(record: ImportQuestion, index: LongformIndex): ImportQuestion {
  if (record.parliamentId == null) return record;
  const full = index.get(record.parliamentId);
  if (!full) return record;
  let out = record;
  if (record.textTruncated && full.questionText) out = { ...out, text: full.questionText, textTruncated: false };
  const last = [...out.answers].reverse().findIndex((a) => !a.placeholder);
  if (last >= 0 && full.answerText) {
    const i = out.answers.length - 1 - last;
    const a = out.answers[i]!;
    if (a.truncated) out = { ...out, answers: out.answers.map((x, j) => (j === i ? { ...x, html: full.answerText!, truncated: false } : x)) };
  }
  return out;
}
