import { detectFigures } from "./figures";
import { LEXICON } from "./lexicon";
import { anyCanMatch } from "./lexicon-prefilter";
import { detectReferences } from "./references";
import type { Phrase } from "./lexicon-types";
import { splitSentences, type Sentence } from "./sentences";
import { defersAsked, questionTopic, type QuestionTopic } from "./topic";
import type { NonAnswerFinding, NonAnswerKind, Span } from "./types";

/** What a sentence is read against; a sentence on its own has none, and then scoped phrases count as they stand. */
export type SentenceContext = {
  /** The question's topic: a deferral counts when it defers what was asked (topic.ts, defersAsked). */
  topic?: QuestionTopic;
  /** A figure in the sentence before: a pointer to a publication then only supplements it. (Its own figures, "EHC plans issued within 20 weeks", describe what it points to.) */
  figureNearby?: boolean;
};

function applies(p: Phrase, sentence: string, context: SentenceContext): boolean {
  if (!p.scope) return p.re.test(sentence);
  const m = p.re.exec(sentence);
  if (!m) return false;
  if (p.scope === "deferral") {
    if (!context.topic) return true;
    // What is deferred: the phrase's `what` group, else the clause before it ("<the funding allocations> will be confirmed …").
    const what = m.groups?.what ?? sentence.slice(0, m.index).split(/[,;:]/).pop()!.slice(-120) + m[0];
    return defersAsked(what, context.topic);
  }
  // A pointer stands in for figures or an assessment: not after figures given, nor for a question asking neither.
  return !context.figureNearby && (!context.topic || context.topic.asksForData);
}

/** Per kind, whether a sentence could match any of its phrases (lexicon-prefilter.ts): most sentences skip the patterns. */
const COULD_MATCH = LEXICON.map((rules) => anyCanMatch(rules.phrases.map((p) => p.re)));

/** The kinds one sentence says, in lexicon order (empty when it answers). */
export function classifySentence(sentence: string, context: SentenceContext = {}): NonAnswerKind[] {
  const kinds: NonAnswerKind[] = [];
  const lower = sentence.toLowerCase();
  for (const [i, rules] of LEXICON.entries()) {
    if (!COULD_MATCH[i]!(lower)) continue;
    if (!rules.phrases.some((p) => applies(p, sentence, context))) continue;
    if (rules.guards.some((g) => g.re.test(sentence))) continue;
    kinds.push(rules.kind);
  }
  return kinds;
}

export type DetectOptions = {
  /** The question(s) answered; without it deferrals count whatever they defer. */
  questionText?: string;
  /** The answer's figures, when already detected (detectFigures). */
  figures?: Span[];
};

/**
 * Passages of an answer that decline or fail to answer: one finding per
 * (sentence, kind), in text order; a following "Nor …" sentence joins the
 * passage it continues. Offsets are into `answerText`, which
 * should be the stored plain text (see analyze.ts).
 */
export function detectNonAnswers(answerText: string, sentences?: Sentence[], options: DetectOptions = {}): NonAnswerFinding[] {
  const all = sentences ?? splitSentences(answerText);
  const topic = options.questionText?.trim() ? questionTopic(options.questionText) : undefined;
  let figures = options.figures;
  const hasFigure = (s: Sentence | undefined) => {
    if (!s || !/\d/.test(s.text)) return false;
    figures ??= detectFigures(answerText, { sentences: all, exclude: detectReferences(answerText, "answer") });
    return figures.some((f) => f.start >= s.start && f.start < s.end);
  };
  const findings: NonAnswerFinding[] = [];
  let previous: { sentence: Sentence; findings: NonAnswerFinding[] } | null = null;
  const extend = (f: NonAnswerFinding, s: Sentence) => {
    f.end = s.end;
    f.quote = answerText.slice(f.start, f.end);
  };
  all.forEach((s, i) => {
    const figureNearby = hasFigure(all[i - 1]);
    let kinds = classifySentence(s.text, { topic, figureNearby });
    // "…is not available from published statistics. Nor is the breakdown by risk category." is one refusal.
    if (kinds.length === 0 && previous && previous.sentence.paragraph === s.paragraph && CONTINUES.test(s.text)) {
      for (const f of previous.findings) extend(f, s);
      return;
    }
    // A pointer running on from a referral ("X publishes statistics on … Data by age is published in table …") is one passage.
    const sameParagraph = previous?.sentence.paragraph === s.paragraph && previous.sentence === all[i - 1];
    const referralBefore = sameParagraph ? previous!.findings.find((f) => f.kind === "referral") : undefined;
    if (referralBefore && kinds.includes("referral") && !REFERS.test(s.text)) {
      extend(referralBefore, s);
      kinds = kinds.filter((k) => k !== "referral");
      if (!kinds.length) {
        previous = { sentence: s, findings: previous!.findings };
        return;
      }
    }
    const own = kinds.map((kind) => ({ kind, start: s.start, end: s.end, quote: s.text }));
    findings.push(...own);
    previous = own.length ? { sentence: s, findings: own } : null;
  });
  return findings;
}

const CONTINUES = /^(?:nor|neither)\b/i;
/** A referral in its own words ("I also refer …"), which stands as its own passage. */
const REFERS = /\brefer/i;
