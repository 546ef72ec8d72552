import { detectFigures } from "./figures";
import { splitSentences, type Sentence } from "./sentences";
import type { FigureFinding, NonAnswerFinding, QuestionPart } from "./types";

export type QuestionPartText = { label: string; text: string };

// "To ask the Secretary of State for Environment, Food and Rural Affairs, what …" → "what …".
const PREAMBLE =
  /^To ask (?:His Majesty['’]s Government\s+|Her Majesty['’]s Government\s+|the [^]*?,\s+(?=(?:what|how|whether|if|when|which|why|who|whom|where|pursuant|with reference|for what|in what|by what|further to|on what|to what|for how|following|in the light|in light|under what|at what)\b))/i;
const MARKER = /\(([a-z]|\d{1,2}|[ivx]{1,5})\)/g;
const ROMAN = ["i", "ii", "iii", "iv", "v", "vi", "vii", "viii", "ix", "x", "xi", "xii"];
// "…; and whether …" separates questions asked in one sentence.
const CLAUSE_BREAK = /;\s*(?:and\s+)?(?=(?:what|how|whether|if|when|which|why|who|where|for\s+what|to\s+what|with\s+what)\b)/gi;

/**
 * Parts of a question: "(a) … (b) …" (letters), else "(1) … (2) …", else
 * "(i) … (ii) …", taking only the top-level run (a, b, c in order, so a
 * nested "(i)" inside "(a)" stays in its part). Text before the first label is
 * the "main" part. A question without labels but with several clauses
 * ("…; and whether …") gives parts "1", "2", …; otherwise one "main" part.
 * The "To ask the Secretary of State for …," preamble is left out.
 */
export function splitQuestionParts(questionText: string): QuestionPartText[] {
  const text = questionText.trim().replace(PREAMBLE, "");
  const markers = topLevelMarkers(text);
  if (markers.length >= 2) {
    const parts: QuestionPartText[] = [];
    const main = tidy(text.slice(0, markers[0]?.start));
    if (main) parts.push({ label: "main", text: main });
    markers.forEach((m, i) => {
      parts.push({ label: m.label, text: tidy(text.slice(m.end, markers[i + 1]?.start ?? text.length)) });
    });
    return parts;
  }
  const clauses = text.split(CLAUSE_BREAK).map(tidy).filter(Boolean);
  if (clauses.length >= 2) return clauses.map((c, i) => ({ label: String(i + 1), text: c }));
  return [{ label: "main", text: tidy(text) }];
}

function topLevelMarkers(text: string): { label: string; start: number; end: number }[] {
  const all = [...text.matchAll(MARKER)].map((m) => ({ label: m[1] ?? "", start: m.index, end: m.index + m[0].length }));
  const sequences: ((i: number) => string | undefined)[] = [(i) => String.fromCharCode(97 + i), (i) => String(i + 1), (i) => ROMAN[i]];
  for (const nth of sequences) {
    const picked: typeof all = [];
    for (const m of all) if (m.label === nth(picked.length)) picked.push(m);
    if (picked.length >= 2) return picked;
  }
  return [];
}

function tidy(s: string): string {
  return s.replace(/^[\s,;:]+|[\s,;:]+$/g, "").replace(/[\s,;]+(?:and|or)$/i, "").replace(/\.$/, "").trim();
}

const GENERIC = new Set(
  ("what how many much number numbers whether will would make made making assessment assessments potential impact impacts " +
    "steps step taking take taken plans plan planning department departments government secretary state minister ministers " +
    "policy policies recent estimate estimates has have been being with from that this those these their there which when " +
    "where were does each year years last since into about other such also than them they your will made current currently " +
    "level levels total proportion breakdown broken down data information figures used uses using many").split(" "),
);

const WORD = /[a-z][a-z']{3,}/g;
/** A crude stem, so "absconders" meets "absconded" and "categories" meets "category". */
const stem = (w: string) => w.replace(/'s$/, "").replace(/(?:ies|es|s)$/, "").slice(0, 5);

/** Content words of a part, as stems. */
function keyTerms(text: string): string[] {
  const words = text.toLowerCase().replace(/\([a-z0-9]+\)/g, " ").match(WORD) ?? [];
  return [...new Set(words.filter((w) => !GENERIC.has(w)).map(stem))];
}

// Parts asking for a quantity are answered by a figure that names any of their terms.
const ASKS_QUANTITY = /\b(?:how\s+many|how\s+much|what\s+(?:the\s+)?(?:number|proportion|percentage|amount|cost|value|total|level|rate)|what\s+(?:number|proportion|percentage|amount))\b/i;

/**
 * Which parts an answer leaves unanswered, where that can be told: an answer
 * made only of non-answer sentences leaves every part unanswered; a part
 * whose key terms appear only in non-answer sentences is unanswered; a part
 * whose key terms appear in an answering sentence that gives a figure is
 * answered; anything else is null. Pass `computed` to reuse sentences and
 * figures already found in the same text.
 */
export function assessParts(
  parts: QuestionPartText[],
  answerText: string,
  nonAnswers: NonAnswerFinding[],
  computed: { sentences?: Sentence[]; figures?: FigureFinding[] } = {},
): QuestionPart[] {
  const split = computed.sentences ?? splitSentences(answerText);
  const figures = computed.figures ?? detectFigures(answerText, { sentences: split });
  const sentences = split.map((s) => {
    const kinds = nonAnswers.filter((f) => f.start < s.end && f.end > s.start).map((f) => f.kind);
    const stems = new Set((s.text.toLowerCase().match(WORD) ?? []).map(stem));
    return { kinds, stems, hasFigure: figures.some((f) => f.start >= s.start && f.end <= s.end) };
  });
  const allTerms = parts.map((p) => keyTerms(p.text));
  const answering = sentences.filter((s) => s.kinds.length === 0 && (s.hasFigure || allTerms.some((t) => t.some((w) => s.stems.has(w)))));
  const wholly = sentences.length > 0 && nonAnswers.length > 0 && answering.length === 0;
  return parts.map((part, i) => {
    if (wholly) return { ...part, answered: false, nonAnswerKind: nonAnswers[0]?.kind };
    const terms = allTerms[i] ?? [];
    if (terms.length === 0) return { ...part, answered: null };
    const shared = (s: (typeof sentences)[number]) => terms.filter((t) => s.stems.has(t)).length;
    const stem = parts[0]?.label === "main" ? parts[0].text : "";
    const quantity = ASKS_QUANTITY.test(part.text) || (i > 0 && ASKS_QUANTITY.test(stem));
    // A term the sibling parts share ("recruits" in "(a) army recruits (b) navy recruits") does not tell them apart.
    const own = terms.filter((t) => !allTerms.some((other, j) => j !== i && other.includes(t)));
    const ownShared = (s: (typeof sentences)[number]) => (own.length ? own : terms).some((t) => s.stems.has(t));
    if (quantity && sentences.some((s) => s.kinds.length === 0 && s.hasFigure && ownShared(s))) return { ...part, answered: true };
    const mentions = sentences.filter((s) => shared(s) >= Math.min(2, terms.length));
    if (mentions.some((s) => s.kinds.length === 0 && s.hasFigure)) return { ...part, answered: true };
    if (mentions.length > 0 && mentions.every((s) => s.kinds.length > 0)) {
      return { ...part, answered: false, nonAnswerKind: mentions[0]?.kinds[0] };
    }
    return { ...part, answered: null };
  });
}
