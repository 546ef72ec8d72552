import type { AnswerAnalysis, NonAnswerKind, QuestionPart } from "@/lib/analysis/types";
import { analyzePlainAnswer } from "@/lib/analysis/analyze";

/** A run of text and what covers it: a non-answer passage, a stated figure, or both. */
export type AnnotatedSegment = { text: string; nonAnswer?: NonAnswerKind; figure?: boolean };
/** One paragraph (a line of the stored plain text) as segments. */
export type AnnotatedParagraph = AnnotatedSegment[];

/**
 * Splits the analysed text at every finding's edges so the UI can mark
 * non-answer passages and stated figures inline, paragraph by paragraph.
 */
export function annotate(analysis: Pick<AnswerAnalysis, "text" | "nonAnswers" | "figures">): AnnotatedParagraph[] {
  const { text } = analysis;
  const cuts = new Set<number>([0, text.length]);
  for (const f of [...analysis.nonAnswers, ...analysis.figures]) {
    cuts.add(Math.max(0, Math.min(text.length, f.start)));
    cuts.add(Math.max(0, Math.min(text.length, f.end)));
  }
  for (let i = text.indexOf("\n"); i !== -1; i = text.indexOf("\n", i + 1)) {
    cuts.add(i);
    cuts.add(i + 1);
  }
  const points = [...cuts].sort((a, b) => a - b);
  const paragraphs: AnnotatedParagraph[] = [[]];
  for (let i = 0; i + 1 < points.length; i++) {
    const [start, end] = [points[i]!, points[i + 1]!];
    const piece = text.slice(start, end);
    if (piece === "\n") {
      paragraphs.push([]);
      continue;
    }
    if (!piece) continue;
    const nonAnswer = analysis.nonAnswers.find((n) => n.start <= start && end <= n.end)?.kind;
    const figure = analysis.figures.some((f) => f.start <= start && end <= f.end);
    paragraphs[paragraphs.length - 1]!.push({ text: piece, ...(nonAnswer ? { nonAnswer } : {}), ...(figure ? { figure } : {}) });
  }
  return paragraphs.filter((p) => p.length > 0);
}

export type QuestionAnalysisView = {
  /** Per answer id: its text marked up. */
  answers: Record<number, AnnotatedParagraph[]>;
  /** The question's parts and whether the substantive answers address them. */
  parts: QuestionPart[];
  /** Every kind of non-answer across the substantive answers. */
  nonAnswerKinds: NonAnswerKind[];
};

/** What the question page shows of the analysis, recomputed from the stored texts (pure, fast). */
export function analyseQuestionView(q: { text: string; answers: { id: number; kind: string; text: string }[] }): QuestionAnalysisView {
  const answers: Record<number, AnnotatedParagraph[]> = {};
  for (const a of q.answers) answers[a.id] = annotate(analyzePlainAnswer({ questionText: q.text, text: a.text }));
  const substantive = q.answers.filter((a) => a.kind !== "HOLDING");
  const latest = substantive[substantive.length - 1];
  const overall = latest ? analyzePlainAnswer({ questionText: q.text, text: latest.text }) : null;
  return {
    answers,
    parts: overall?.questionParts ?? [],
    nonAnswerKinds: [...new Set(overall?.nonAnswers.map((n) => n.kind) ?? [])],
  };
}
