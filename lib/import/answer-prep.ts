import { analyzePlainAnswer } from "@/lib/analysis/analyze";
import type { AnswerAnalysis } from "@/lib/analysis/types";
import { htmlToPlainText, sanitizeAnswerHtml } from "@/lib/html/sanitize";

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
