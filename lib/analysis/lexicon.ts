/**
 * The non-answer phrase lexicon, as data.
 *
 * HOW MATCHING WORKS
 * detectNonAnswers (non-answers.ts) splits the answer into sentences
 * (sentences.ts) and, for every kind below, tests each sentence against the
 * kind's `phrases`. A sentence is reported for a kind when at least one phrase
 * matches and none of the kind's `guards` does. A guard vetoes only its own
 * kind, so one sentence can still yield two kinds ("…is not held centrally and
 * could only be obtained at disproportionate cost" → not_held and
 * disproportionate_cost). All patterns are case-insensitive, compiled once at
 * module load, and run over one sentence at a time, so `^`/`$` mean the
 * sentence's start/end. Write `hon\.?` etc. for optional abbreviation dots.
 * Two kinds of phrase also read their context (lexicon-types.ts, `scope`):
 * a `deferral` ("will be published in due course") counts only when what it
 * defers is what the question asks (topic.ts), and a `pointer` ("… is
 * published on GOV.UK") only when the question asks for figures or an
 * assessment and the sentence before gave no figure. A sentence classified on
 * its own (no context) takes both at their word.
 *
 * HOW TO ADD A PHRASE
 * 1. Find real sentences in the shared data (longform-texts.jsonl.gz) that
 *    say it; note one id.
 * 2. Add `phrase(/…/i, "an example sentence")` to the kind's list in
 *    lexicon-records.ts (cost, records held, availability),
 *    lexicon-deferrals.ts (deferrals, "not yet …"), lexicon-estimates.ts
 *    (estimates), lexicon-pointers.ts (pointers to publications) or
 *    lexicon-responses.ts (holding, referral, will write, no comment), with a
 *    comment citing the corpus id of the example. Prefer a
 *    pattern that names what is declined ("data … not held") over a bare word
 *    ("held"), which answers use too.
 * 3. If it catches answering sentences, add a guard (same shape) describing
 *    what the false positives have in common.
 * HOW TO TEST IT
 * lexicon.test.ts checks that every example is detected as its kind (and
 * that every guard example is vetoed), so the example IS the unit test; add
 * sentences with their ids to non-answers.test.ts for anything subtler, then
 * run `npm run eval:analysis -- --verbose` to see the effect on the labelled
 * set (test/fixtures/analysis-eval.jsonl).
 */
import type { KindRules } from "./lexicon-types";

export type { KindRules, Phrase } from "./lexicon-types";
export { phrase } from "./lexicon-types";
import { ESTIMATE_RULES } from "./lexicon-estimates";
import { AVAILABLE_RULES, COST_RULES, HELD_RULES } from "./lexicon-records";
import { HOLDING_RULES, NO_COMMENT_RULES, REFERRAL_RULES, WRITE_RULES } from "./lexicon-responses";

/** In the order findings of one sentence are reported. */
export const LEXICON: readonly KindRules[] = [
  HOLDING_RULES,
  REFERRAL_RULES,
  COST_RULES,
  HELD_RULES,
  AVAILABLE_RULES,
  ESTIMATE_RULES,
  WRITE_RULES,
  NO_COMMENT_RULES,
];
