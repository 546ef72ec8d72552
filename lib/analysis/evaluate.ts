import { detectNonAnswers } from "./non-answers";
import { detectReferences, normaliseUin } from "./references";
import { NON_ANSWER_KINDS, type NonAnswerKind, type Reference, type Span } from "./types";

/** One line of test/fixtures/analysis-eval.jsonl (answer_text is the stored plain text). */
export type EvalItem = {
  id: string | number;
  source?: string;
  question_text: string;
  answer_text: string;
  labels: {
    nonAnswers: { kind: NonAnswerKind; quote: string }[];
    references: { uin: string; date: string | null; source: Reference["source"] }[];
  };
};

export type EvalPrediction = {
  nonAnswers: (Span & { kind: NonAnswerKind; quote: string })[];
  references: Pick<Reference, "uin" | "date" | "source">[];
};

export type Score = { gold: number; predicted: number; tp: number; found: number; precision: number; recall: number };
export type Miss = { id: string | number; kind: string; quote: string };
export type EvalReport = {
  perKind: Record<NonAnswerKind, Score>;
  overall: Score;
  references: Score & { dated: number; dateCorrect: number; dateAccuracy: number };
  falsePositives: Miss[];
  falseNegatives: Miss[];
  /** Gold quotes not found in their answer text (a labelling slip): counted as misses. */
  unlocated: Miss[];
};

/** What the detectors say about one labelled item (its answer text is already plain). */
export function predict(item: Pick<EvalItem, "question_text" | "answer_text">): EvalPrediction {
  return {
    nonAnswers: detectNonAnswers(item.answer_text, undefined, { questionText: item.question_text }),
    references: [...detectReferences(item.question_text, "question"), ...detectReferences(item.answer_text, "answer")],
  };
}

function locate(text: string, quote: string, from = 0): Span | null {
  let at = text.indexOf(quote, from);
  if (at < 0 && from > 0) at = text.indexOf(quote);
  if (at >= 0) return { start: at, end: at + quote.length };
  const trimmed = quote.trim();
  at = trimmed ? text.indexOf(trimmed, from) : -1;
  return at >= 0 ? { start: at, end: at + trimmed.length } : null;
}

const overlaps = (a: Span, b: Span) => a.start < b.end && b.start < a.end;
const ratio = (n: number, d: number) => (d === 0 ? 1 : n / d);
const score = (gold: number, predicted: number, tp: number, found: number): Score => ({
  gold, predicted, tp, found, precision: ratio(tp, predicted), recall: ratio(found, gold),
});

/**
 * Precision/recall of non-answers per kind and overall — a prediction is a
 * true positive when it overlaps a gold passage of the same kind (gold quote
 * located by indexOf), a gold passage is found when some prediction of its
 * kind overlaps it — and of references, matched on normalised UIN + source
 * (each distinct per item), with date accuracy over the matched ones.
 */
export function evaluate(items: EvalItem[], predictions: EvalPrediction[]): EvalReport {
  const counts = Object.fromEntries(NON_ANSWER_KINDS.map((k) => [k, { gold: 0, predicted: 0, tp: 0, found: 0 }])) as Record<
    NonAnswerKind, { gold: number; predicted: number; tp: number; found: number }
  >;
  const falsePositives: Miss[] = [];
  const falseNegatives: Miss[] = [];
  const unlocated: Miss[] = [];
  const refs = { gold: 0, predicted: 0, tp: 0, dated: 0, dateCorrect: 0 };

  items.forEach((item, i) => {
    const pred = predictions[i] ?? { nonAnswers: [], references: [] };
    // A quote labelled twice for one kind is two passages: the second is its next occurrence.
    const seen = new Map<string, number>();
    const gold = item.labels.nonAnswers.map((g) => {
      const from = seen.get(`${g.kind}\u0000${g.quote}`) ?? 0;
      const span = locate(item.answer_text, g.quote, from);
      if (span) seen.set(`${g.kind}\u0000${g.quote}`, span.end);
      return { ...g, span };
    });
    for (const g of gold) {
      counts[g.kind].gold++;
      if (!g.span) unlocated.push({ id: item.id, kind: g.kind, quote: g.quote });
      if (g.span && pred.nonAnswers.some((p) => p.kind === g.kind && overlaps(p, g.span!))) counts[g.kind].found++;
      else falseNegatives.push({ id: item.id, kind: g.kind, quote: g.quote });
    }
    for (const p of pred.nonAnswers) {
      counts[p.kind].predicted++;
      if (gold.some((g) => g.kind === p.kind && g.span && overlaps(p, g.span))) counts[p.kind].tp++;
      else falsePositives.push({ id: item.id, kind: p.kind, quote: p.quote });
    }

    const key = (r: { uin: string; source: string }) => `${r.source}:${normaliseUin(r.uin)}`;
    const goldRefs = new Map(item.labels.references.map((r) => [key(r), r]));
    const predRefs = new Map<string, Pick<Reference, "uin" | "date" | "source">>();
    for (const r of pred.references) if (!predRefs.has(key(r)) || (predRefs.get(key(r))!.date === null && r.date)) predRefs.set(key(r), r);
    refs.gold += goldRefs.size;
    refs.predicted += predRefs.size;
    for (const [k, p] of predRefs) {
      const g = goldRefs.get(k);
      if (!g) {
        falsePositives.push({ id: item.id, kind: "reference", quote: `${p.source} ${p.uin} ${p.date ?? ""}`.trim() });
        continue;
      }
      refs.tp++;
      refs.dated++;
      if ((g.date ?? null) === (p.date ?? null)) refs.dateCorrect++;
      else falseNegatives.push({ id: item.id, kind: "reference-date", quote: `${g.uin}: gold ${g.date} predicted ${p.date}` });
    }
    for (const [k, g] of goldRefs) if (!predRefs.has(k)) falseNegatives.push({ id: item.id, kind: "reference", quote: `${g.source} ${g.uin} ${g.date ?? ""}`.trim() });
  });

  const perKind = Object.fromEntries(
    NON_ANSWER_KINDS.map((k) => [k, score(counts[k].gold, counts[k].predicted, counts[k].tp, counts[k].found)]),
  ) as Record<NonAnswerKind, Score>;
  const sum = (f: "gold" | "predicted" | "tp" | "found") => NON_ANSWER_KINDS.reduce((n, k) => n + counts[k][f], 0);
  return {
    perKind,
    overall: score(sum("gold"), sum("predicted"), sum("tp"), sum("found")),
    references: { ...score(refs.gold, refs.predicted, refs.tp, refs.tp), dated: refs.dated, dateCorrect: refs.dateCorrect, dateAccuracy: ratio(refs.dateCorrect, refs.dated) },
    falsePositives,
    falseNegatives,
    unlocated,
  };
}

/** Parses the fixture's JSONL text (blank lines ignored). */
export function parseEvalItems(jsonl: string): EvalItem[] {
  return jsonl.split("\n").filter((l) => l.trim()).map((l) => JSON.parse(l) as EvalItem);
}
