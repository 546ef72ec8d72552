/**
 * The contract of answer analysis (lib/analysis/): pure functions over text,
 * no database. Offsets are UTF-16 indices into the plain text that was
 * analysed (`AnswerAnalysis.text`), which is exactly what lib/html/sanitize's
 * htmlToPlainText(sanitizeAnswerHtml(html)) gives — the text stored in
 * Answer.text — so the UI can highlight passages in the stored text.
 */
export const NON_ANSWER_KINDS = [
  "disproportionate_cost",
  "not_held",
  "not_available",
  "will_write",
  "referral",
  "holding",
  "estimate_unreliable",
  "no_comment",
] as const;
export type NonAnswerKind = (typeof NON_ANSWER_KINDS)[number];

export type Span = { start: number; end: number };

export type NonAnswerFinding = Span & {
  kind: NonAnswerKind;
  /** The passage (usually the sentence) that declines or fails to answer. */
  quote: string;
};

export type FigureFinding = Span & {
  /** Numeric value when there is one ("c.65" → 65, "£1.2 million" → 1200000, "23%" → 23). */
  value: number | null;
  /** The number as written: "c.65", "almost 50,000", "£1.2 million". */
  valueText: string;
  /** "staff", "people", "£", "%", … or null when none can be told. */
  unit: string | null;
  /** What is measured, in a few words taken from the sentence. */
  subject: string | null;
  approximate: boolean;
  /** The sentence the figure comes from. */
  quote: string;
};

export type QuestionPart = {
  /** "a", "b", … or "1", "2"; "main" for the text before the first label. */
  label: string;
  text: string;
  /** false when the answer evidently leaves it unanswered, true when evidently answered, null when it cannot be told. */
  answered: boolean | null;
  /** Why it is judged unanswered, when a non-answer covers it. */
  nonAnswerKind?: NonAnswerKind;
};

export type Reference = Span & {
  /** As Parliament prints it: "95752", "HL1234", "S6W-12345". */
  uin: string;
  /** "YYYY-MM-DD" when the text gives a date for it. */
  date: string | null;
  /** Which text it was found in. */
  source: "question" | "answer";
};

export type AnswerAnalysis = {
  /** The answer's plain text; every answer-side offset refers to it. */
  text: string;
  nonAnswers: NonAnswerFinding[];
  figures: FigureFinding[];
  questionParts: QuestionPart[];
  references: Reference[];
};
