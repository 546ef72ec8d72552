import { analyzePlainAnswer } from "@/lib/analysis/analyze";
import type { AnswerAnalysis } from "@/lib/analysis/types";
import { htmlToPlainText, sanitizeAnswerHtml } from "@/lib/html/sanitize";
import type { ImportQuestion } from "@/lib/import/types";

/** What an imported answer needs before it is stored: safe HTML, its plain text, and (optionally) its analysis. */
export type AnswerPrepInput = { questionText: string; html: string; analyse: boolean };
export type PreparedAnswer = { html: string; text: string; analysis: AnswerAnalysis | null };

/** Pure and CPU-bound (sanitising and analysis are most of an import's work), so it can run in worker threads. */
export function prepareAnswer(input: AnswerPrepInput): PreparedAnswer {
  const html = sanitizeAnswerHtml(input.html);
  const text = htmlToPlainText(html);
  return { html, text, analysis: input.analyse && text ? analyzePlainAnswer({ questionText: input.questionText, text }) : null };
}

export type AnswerPrepPool = { prepare(items: AnswerPrepInput[]): Promise<PreparedAnswer[]>; close(): Promise<void> };

export const inThreadPrep: AnswerPrepPool = { prepare: async (items) => items.map(prepareAnswer), close: async () => {} };

/** Answers per message to the workers: small, so the first results come back soon and the last ones leave little tail. */
const PREP_CHUNK = 125;

/**
 * Queues every record's answers with the pool at once (in order, in chunks),
 * so the workers keep going while this thread resolves people and writes the
 * chunks already prepared. `of` gives one record's prepared answers.
 */
export function prepareAhead(pool: AnswerPrepPool, records: readonly ImportQuestion[], analyse: boolean) {
  const of = new Map<ImportQuestion, Promise<PreparedAnswer[]>>();
  const pending: Promise<unknown>[] = [];
  for (let i = 0; i < records.length; i += PREP_CHUNK) {
    const chunk = records.slice(i, i + PREP_CHUNK);
    const prepared = pool.prepare(chunk.flatMap((r) => r.answers.map((a) => ({ questionText: r.text.trim(), html: a.html, analyse }))));
    // Awaited later, or never when the import stops first: not an unhandled rejection meanwhile.
    pending.push(prepared.catch(() => undefined));
    let at = 0;
    for (const r of chunk) {
      const from = at;
      of.set(r, prepared.then((all) => all.slice(from, from + r.answers.length)));
      of.get(r)!.catch(() => undefined);
      at += r.answers.length;
    }
  }
  return {
    of: (r: ImportQuestion) => of.get(r) ?? Promise.reject(new Error("record not queued for preparation")),
    /** Waits for every queued chunk (so no worker result lands after the import returns). */
    settled: () => Promise.all(pending).then(() => undefined),
  };
}
