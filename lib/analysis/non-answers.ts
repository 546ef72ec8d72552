import { LEXICON } from "./lexicon";
import { splitSentences, type Sentence } from "./sentences";
import type { NonAnswerFinding, NonAnswerKind } from "./types";

/** The kinds one sentence says, in lexicon order (empty when it answers). */
export function classifySentence(sentence: string): NonAnswerKind[] {
  const kinds: NonAnswerKind[] = [];
  for (const rules of LEXICON) {
    if (!rules.phrases.some((p) => p.re.test(sentence))) continue;
    if (rules.guards.some((g) => g.re.test(sentence))) continue;
    kinds.push(rules.kind);
  }
  return kinds;
}

/**
 * Passages of an answer that decline or fail to answer: one finding per
 * (sentence, kind), in text order; a following "Nor …" sentence joins the
 * passage it continues. Offsets are into `answerText`, which
 * should be the stored plain text (see analyze.ts).
 */
export function detectNonAnswers(answerText: string, sentences?: Sentence[]): NonAnswerFinding[] {
  const findings: NonAnswerFinding[] = [];
  let previous: { sentence: Sentence; findings: NonAnswerFinding[] } | null = null;
  for (const s of sentences ?? splitSentences(answerText)) {
    const kinds = classifySentence(s.text);
    // "…is not available from published statistics. Nor is the breakdown by risk category." is one refusal.
    if (kinds.length === 0 && previous && previous.sentence.paragraph === s.paragraph && CONTINUES.test(s.text)) {
      for (const f of previous.findings) {
        f.end = s.end;
        f.quote = answerText.slice(f.start, f.end);
      }
      continue;
    }
    const own = kinds.map((kind) => ({ kind, start: s.start, end: s.end, quote: s.text }));
    findings.push(...own);
    previous = own.length ? { sentence: s, findings: own } : null;
  }
  return findings;
}

const CONTINUES = /^(?:nor|neither)\b/i;
