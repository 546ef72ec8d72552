import { analyzeAnswer } from "./analyze";
import type { NonAnswerKind } from "./types";

/** One output line of `npm run analyze`. */
export type AnalyzeOutput = {
  id: string | number;
  nonAnswers: { kind: NonAnswerKind; quote: string }[];
  figures: { value: number | null; unit: string | null; subject: string | null; approximate: boolean; quote: string }[];
  references: { uin: string; date: string | null }[];
};

export type LineResult =
  | { kind: "blank" }
  | { kind: "ok"; output: AnalyzeOutput }
  | { kind: "error"; message: string };

/**
 * One input line → its analysis, or the reason it cannot be analysed. Input:
 * `{ "id": string|number, "question_text": string, "answer_text": string }`
 * (answer as HTML or plain). Pure: the CLI (scripts/analyze.ts) does the I/O.
 */
export function processLine(line: string): LineResult {
  if (!line.trim()) return { kind: "blank" };
  let parsed: unknown;
  try {
    parsed = JSON.parse(line);
  } catch (e) {
    return { kind: "error", message: `invalid JSON (${(e as Error).message})` };
  }
  if (typeof parsed !== "object" || parsed === null || Array.isArray(parsed)) {
    return { kind: "error", message: "expected a JSON object" };
  }
  const record = parsed as Record<string, unknown>;
  const { id, question_text: questionText, answer_text: answerText } = record;
  if (id === undefined || id === null) return { kind: "error", message: 'missing field "id"' };
  if (typeof id !== "string" && typeof id !== "number") return { kind: "error", message: '"id" must be a string or a number' };
  for (const [name, value] of [["question_text", questionText], ["answer_text", answerText]] as const) {
    if (value === undefined || value === null) return { kind: "error", message: `missing field "${name}"` };
    if (typeof value !== "string") return { kind: "error", message: `"${name}" must be a string` };
  }
  return { kind: "ok", output: toOutput(id, analyzeAnswer({ questionText: questionText as string, answerText: answerText as string })) };
}

function toOutput(id: string | number, analysis: ReturnType<typeof analyzeAnswer>): AnalyzeOutput {
  const references: AnalyzeOutput["references"] = [];
  for (const r of analysis.references) {
    const same = references.find((x) => x.uin === r.uin);
    if (!same) references.push({ uin: r.uin, date: r.date });
    else if (same.date === null && r.date !== null) same.date = r.date;
  }
  return {
    id,
    nonAnswers: analysis.nonAnswers.map(({ kind, quote }) => ({ kind, quote })),
    figures: analysis.figures.map(({ value, unit, subject, approximate, quote }) => ({ value, unit, subject, approximate, quote })),
    references,
  };
}
