/**
 * What a question is about, for the two kinds of phrase whose meaning depends
 * on it: a deferral ("will be published in due course") is a non-answer only
 * when what it defers is what was asked, and a pointer to a publication ("is
 * published on GOV.UK") only when it stands in for figures the answer does
 * not give. Crude on purpose: word stems, no parsing.
 */

export type QuestionTopic = {
  /** The question asks about timing, plans or publication ("when", "timetable", "if he will publish"). */
  asksAhead: boolean;
  /** The question asks for figures, data or an assessment, which a pointer to a publication can stand in for. */
  asksForData: boolean;
  /** Stems of the question's own content words (generic parliamentary wording left out). */
  stems: Set<string>;
};

const AHEAD =
  /\b(?:when|timetable|timeline|timescales?|timeframe|time\s*frame|what\s+date|by\s+what|next\s+steps|progress|(?:will|to|plans?\s+to|intends?\s+to)\s+(?:publish|set\s+out|announce|bring\s+forward|introduce|respond|lay|confirm|allocate|update)|plans?\s+to|(?:will|would)\s+be\s+(?:allocated|published|announced|confirmed|set|introduced|given|available|included|updated|required)|outcome\s+of|response\s+to\s+(?:the|its|his|her)\s+(?:consultation|review|report|call))\b/i;

const DATA =
  /\b(?:how\s+many|how\s+much|how\s+long|what\s+(?:number|proportion|percentage|amount|level|value|cost|data|information|estimate|figures?|statistics|trends?|rates?)|numbers?\s+of|proportion\s+of|estimate|assessment|data|statistics|figures|breakdown|list|trends?|average|total|costs?|spend(?:ing)?|rates?|levels?\s+of)\b/i;

/** Words every question or deferral uses: sharing them says nothing about the topic. */
const GENERIC = new Set(
  ("ask secretary state minister department departments departmental government governments what which whether steps taking " +
    "taken take assessment assessments made make making potential impact impacts merits plans plan planned will would " +
    "estimate estimates number numbers recent reference answer question questions published publish publication entitled " +
    "with that this these those their there from have been into such other each many much level levels support ensure " +
    "policy policies further details detail information update updates next course announce announced announcement " +
    "shortly soon response respond responses work working about also more than when where including include included " +
    "year years month months week weeks time period last current currently future financial data figures being " +
    "consider considered considering considering what's hon member members lord noble friend right chancellor exchequer " +
    "office home health social care education transport defence justice treasury affairs foreign commonwealth " +
    "development energy security business trade work pensions culture media sport environment food rural science " +
    "innovation technology housing communities local northern ireland scotland wales england kingdom united national " +
    "provide provided providing confirm confirmed set out set due given give made public people ongoing within under " +
    "since following after before between across through against over any all some new being well they them its " +
    "our your his her its she he it we was were are is can could should may might must shall")
    .split(/\s+/)
    .filter(Boolean),
);

export function stemsOf(text: string): Set<string> {
  const out = new Set<string>();
  for (const raw of text.toLowerCase().match(/[a-z][a-z'’-]{3,}/g) ?? []) {
    const word = raw.replace(/['’]s$/, "");
    if (GENERIC.has(word)) continue;
    out.add(stem(word));
  }
  return out;
}

/** The first six letters: "consultation"/"consult…" and "allocations"/"allocated" meet, "plan"/"plant" do not. */
function stem(word: string): string {
  return word.replace(/(?:ies|es|s)$/, "").slice(0, 6);
}

export function questionTopic(questionText: string): QuestionTopic {
  return { asksAhead: AHEAD.test(questionText), asksForData: DATA.test(questionText), stems: stemsOf(questionText) };
}

/** How many content words a passage shares with the question. */
export function sharedStems(text: string, topic: QuestionTopic): number {
  let n = 0;
  for (const s of stemsOf(text)) if (topic.stems.has(s)) n++;
  return n;
}

/**
 * Whether a deferral defers what was asked: what it defers names two of the
 * question's own words, or one that is most of what it names ("details on the
 * national inquiry"), or one when the question asks about timing or plans, or
 * nothing in particular ("Further details will be set out …") when it does.
 */
export function defersAsked(deferred: string, topic: QuestionTopic): boolean {
  const named = stemsOf(deferred).size;
  const shared = sharedStems(deferred, topic);
  if (shared >= 2 || (shared === 1 && named <= 2)) return true;
  return topic.asksAhead && (shared === 1 || named === 0);
}
