/**
 * Lexicon, not_available continued: deferrals ("will be published in due
 * course", "we expect to publish … in the summer") and things not yet
 * settled ("has not yet been confirmed"). See lexicon.ts for how matching
 * works. A deferral is a non-answer only when what it defers is what was
 * asked, so the open-ended ones are scoped `deferral` (non-answers.ts reads
 * them against the question: what they defer is the phrase's `what` group, or
 * else the clause before the match, "<Details of the review> will be announced
 * …"). Examples are real sentences; the comment gives the id in
 * longform-texts.jsonl.gz.
 */
import { phrase, type Phrase } from "./lexicon-types";

const MONTH = "(?:January|February|March|April|May|June|July|August|September|October|November|December)";
/** When a deferred thing is promised: vague ("in due course") or dated ("in the summer", "by the end of March"). */
const LATER =
  "(?:in\\s+due\\s+course|(?:very\\s+)?shortly|soon|imminently|as\\s+soon\\s+as\\s+(?:possible|practicable|(?:it\\s+is\\s+|they\\s+are\\s+)?(?:available|ready|complete))" +
  "|in\\s+the\\s+(?:coming|next|near)\\s+(?:few\\s+)?(?:days|weeks|months|year|future)|later\\s+(?:this|in\\s+the|next)\\b" +
  "|(?:early|later|this|next)\\s+(?:year|spring|summer|autumn|winter|month)|in\\s+(?:(?:the\\s+)?(?:early|late)\\s+)?(?:the\\s+)?(?:spring|summer|autumn|winter|new\\s+year)" +
  "|(?:by|before)\\s+the\\s+end\\s+of|(?:in|by|before)\\s+(?:\\d{1,2}(?:st|nd|rd|th)?\\s+)?" + MONTH + "\\b" +
  "|(?:when|once)\\s+(?:it|they|this|these|that|the|its|their|our|we|decisions?)\\b|at\\s+(?:the\\s+)?(?:next\\s+)?(?:Budget|Spending\\s+Review|fiscal\\s+event))";
/** What a deferral promises to do with the thing asked about. */
const RELEASE =
  "(?:published|announced|set\\s+out|confirmed|made\\s+(?:available|public)|released|shared|issued|communicated|provided|finalised|finalized|decided|determined|laid|launched|updated|reported|outlined)";
const RELEASE_ACTIVE =
  "(?:publish|set\\s+out|announce|confirm|(?:provide|share)\\s+(?:a\\s+|an\\s+|the\\s+|further\\s+|more\\s+|full\\s+|formal\\s+)*(?:updates?|details?|information|response|figures|data|breakdown|allocations?)|issue|communicate|respond|update|report|outline|finalise|decide|make\\s+(?:a\\s+|an\\s+|its\\s+|our\\s+)?(?:decision|announcement|further\\s+announcements?)" +
  "|publishing|setting\\s+out|announcing|confirming|communicating|responding|updating|reporting|outlining)";

export const DEFERRAL_PHRASES: Phrase[] = [
  // 1815917, 1849761, 1880791: the thing asked "will be announced / set out" later.
  phrase(new RegExp(`\\b(?:will|shall|would|is\\s+(?:due|expected|scheduled|planned)\\s+to|are\\s+(?:due|expected|scheduled|planned)\\s+to)\\s+be\\s+(?:\\w+\\s+){0,2}?${RELEASE}\\b.{0,100}?\\b${LATER}`, "i"),
    "Further details on the national inquiry will be announced in due course.", "deferral"),
  // 1839441, 1698138, 1898615: "we intend / expect / plan to publish … later this year".
  phrase(new RegExp(`\\b(?:will|shall|intends?\\s+to|plans?\\s+to|aims?\\s+to|expects?\\s+to|hopes?\\s+to|(?:is|are)\\s+(?:expected|due|aiming|planning|intending|committed)\\s+to)\\s+(?:(?:be\\s+)?(?:very\\s+|also\\s+|then\\s+|now\\s+|fully\\s+|formally\\s+|shortly\\s+|soon\\s+)*)${RELEASE_ACTIVE}\\b(?<what>.{0,120}?)\\b${LATER}`, "i"),
    "We expect to publish the results in the summer.", "deferral"),
  // 1851008: the data that would answer is promised.
  phrase(/\b(?:will|shall)\s+be\s+publishing\s+(?:the\s+)?(?:data|figures|statistics|information)\b/i,
    "We will be publishing data to answer this question in due course.", "deferral"),
  // 1749177, 1700119, 1718483, 1683997: what was asked is not settled yet.
  phrase(/\b(?:has|have|had)\s+not\s+yet\s+been\s+(?:(?:formally|fully|publicly|officially)\s+)?(?:published|confirmed|finalised|finalized|decided|determined|agreed|allocated|set|calculated|quantified|produced|compiled|announced|completed|established|made\s+public)\b/i,
    "The date and location of the forum has not yet been confirmed."),
  phrase(/\b(?:has|have|had)\s+not\s+yet\s+(?:(?:formally|fully|publicly)\s+)?(?:confirmed|finalised|finalized|decided|determined|agreed|allocated|calculated|quantified|announced)\b/i,
    "We have not yet confirmed the UK’s delegation with the World Health Organization."),
  // 1792316, 1791682, 1718298: "… are not yet known", "(2024 data not yet published)", a table cell "Not yet available".
  phrase(/^(?=.*\bnot\s+yet\b)(?:.*?\b(?:is|are|was|were)\s+(?:still\s+)?not\s+yet\s+(?:known|confirmed|finalised|finalized|decided|determined|agreed|available|published|quantified|calculated|clear)\b|.*?\b(?:data|figures|statistics|information)\s+(?:(?:is|are)\s+)?not\s+yet\s+(?:available|published)\b|not\s+yet\s+(?:available|published|known)\b)/i,
    "Departments will bid for funding from a central pot in order to run exit schemes, and therefore the exact details of which Departments will benefit from this and how much each will therefore contribute are not yet known."),
  // 1689990, 1897857: "not yet able to confirm / provide a timeframe".
  phrase(/\bnot\s+yet\s+(?:able|possible|in\s+a\s+position)\s+to\s+(?:confirm|provide|say|give|publish|share|set\s+out|announce|quantify|determine|comment)\b/i,
    "This work is ongoing and we are not yet able to provide a timeframe for introducing mandatory relationships and sex education for 16 to 18‑year‑olds."),
  // 1907619, 1832627: "is yet to be decided", "are yet to be completed and will be announced".
  phrase(/\b(?:(?:is|are|was|were|remains?)\s+(?:yet|still)\s+to\s+be|(?:has|have)\s+yet\s+to\s+be)\s+(?:(?:fully|formally|finally)\s+)?(?:published|confirmed|finalised|finalized|decided|determined|agreed|allocated|set|calculated|quantified|completed|announced|established)\b/i,
    "The exact role, if any, for the TCs is yet to be decided within future regulatory enforcement of the zero-emission strategy or if any changes to the HGV and PSV licensing will be required to support the transition to zero-emission."),
];

/** Deferrals that are not about the question's information. */
export const DEFERRAL_GUARDS: Phrase[] = [
  // 1782315: "no plans to publish" and "does not intend to" are a plain no (labelling guide, rule 9).
  phrase(/\bno\s+(?:current\s+|immediate\s+|further\s+)?plans?\s+to\b|\b(?:do|does|did)\s+not\s+(?:currently\s+)?(?:intend|plan|expect)\s+to\b/i,
    "There are currently no plans to publish volumes of Pension Credit Outstanding Claims at a constituency level."),
  // 1658767, 1881043, 1803688: "in areas where a devolution deal is not yet agreed", "when a developer … has not yet
  // agreed", "a live planning application that is yet to be decided" describe a case.
  phrase(/\b(?:where|which|who|whose|if|when|until|unless)\s+(?:\w+\s+){0,4}(?:is|are|has|have)\s+(?:still\s+)?not\s+yet\b|\b(?:which|that)\s+(?:is|are)\s+yet\s+to\s+be\b/i,
    "As set out in the 4th August 2023 integration guidance, the Government expects that from April 2024, core LEP functions - namely business representation, local economic planning, and the delivery of Government programmes where directed - will be exercised by upper tier local authorities (working in collaboration with other upper tier local authorities where appropriate), where they are not already delivered by a combined authority, or in areas where a devolution deal is not yet agreed."),
  // A holding answer (holding says it), not the information deferred (eval 1905389).
  phrase(/\b(?:answer|response|reply)\s+is\s+being\s+prepared\b/i,
    "An answer is being prepared and will be provided as soon as it is available."),
  // Updates promised in general, not the information asked (eval 1842289, 1914697).
  phrase(/\b(?:any\s+)?further\s+updates?\s+(?:will|on\s+our\s+work)\b|\bwill\s+(?:set\s+out|provide)\s+further\s+updates\b/i,
    "Any further updates will be announced in the normal way in due course."),
];
