/**
 * Lexicon, part 1: refusals about the records themselves — cost, records not
 * held, information not available. Estimates are in lexicon-estimates.ts.
 * See lexicon.ts for how matching works and how to add a phrase.
 */
import { DEFERRAL_GUARDS, DEFERRAL_PHRASES } from "./lexicon-deferrals";
import { phrase, type KindRules } from "./lexicon-types";

/** What a request asks for; so "not held"/"not available" name information, not people or services. */
const INFO =
  "(?:information|data(?:set)?s?|figures?|statistics|stats|records?|details?|breakdowns?|numbers?|analysis|" +
  "estimates?|costings?|costs?|evidence|lists?|totals?|counts?|forecasts?|spend(?:ing)?|rates?)";
/** The same, without estimates: "unable to provide an estimate" is estimate_unreliable. */
const INFO_NOT_ESTIMATE = INFO.replace("estimates?|", "");
const ADVERBS = "(?:(?:currently|routinely|centrally|readily|specifically|separately|systematically|formally|directly|yet|therefore|also|publicly|nationally|consistently)\\s+)*";
const DETERMINERS =
  "(?:(?:any|the|this|that|these|those|such|specific|comparable|centrally|central|sufficiently|robust|reliable|detailed|separate|official|historic(?:al)?|information\\s+or|\\w+-level|a|requested|relevant|full|complete)\\s+)*";

export const COST_RULES: KindRules = {
  kind: "disproportionate_cost",
  phrases: [
    phrase(/\bdisproportionate(?:ly)?\s+(?:high\s+)?(?:\w+\s+)?costs?\b/i, "This could only be obtained at disproportionate cost."),
    phrase(/\bdisproportionate\s+(?:administrative\s+)?(?:burden|effort|resource)/i, "Collating network time would present a disproportionate administrative burden."),
    phrase(/\b(?:exceed|above|over|breach)\w*\s+(?:the\s+)?(?:\w+\s+)?(?:cost\s+)?(?:limit|threshold)\b.{0,40}\bcost|\bcost\s+(?:limit|threshold)\b/i, "To provide this would exceed the cost limit for answering parliamentary questions."),
    phrase(/\bcost\s+(?:to\s+)?(?:provide|answer|collate|obtain|produce)\b.{0,60}\bwould\s+be\s+(?:excessive|prohibitive)/i, "The cost to provide this information would be prohibitive."),
  ],
  guards: [
    phrase(/\bdisproportionate(?:ly)?\s+(?:impact|effect|number|share|representation|harm|level|measures)/i, "Stop and search disproportionately impacts particular ethnic groups."),
    // Explaining the rule itself, not invoking it.
    phrase(/\b(?:advisory\s+cost\s+limit|threshold\s+(?:is|was)\s+(?:currently\s+)?£|cost\s+limit\s+is\s+calculated|known\s+as\s+the\s+disproportionate)/i, "The current disproportionate cost threshold is £850."),
  ],
};

export const HELD_RULES: KindRules = {
  kind: "not_held",
  phrases: [
    phrase(new RegExp(`\\b(?:is|are|was|were|been|be)\\s+not\\s+${ADVERBS}(?:held|recorded|collected|collated|captured|kept|maintained|tracked|monitored|logged|centralised|centralized)\\b`, "i"), "The requested information is not held."),
    phrase(/\b(?:isn't|aren't|wasn't|weren't)\s+(?:centrally\s+)?(?:held|recorded|collected|collated)\b/i, "That data isn't held."),
    phrase(new RegExp(`\\b(?:do|does|did|can|could|will)\\s*(?:n[o']t|not)\\s+${ADVERBS}(?:(?:hold|record|collect|collate|capture|keep)\\s+(?:or|and)\\s+)?(?:hold|record|collect|collate|capture|keep|maintain|track|have|gather|monitor|produce|compile)\\s+${DETERMINERS}${INFO}`, "i"), "The CPS does not record or hold the requested data centrally."),
    phrase(/\b(?:do|does|did)\s*(?:n't|not)\s+(?:\w+\s+)?(?:hold|record|collect)\s+(?:this|it|that|these)\b(?!\s+(?:role|position|post|office|view|qualification))/i, "The Home Office does not hold this."),
    phrase(/\bnot\s+(?:centrally|routinely|separately|systematically)\s+(?:held|recorded|collected|collated|captured|kept)\b/i, "This information is not centrally held for civilian complaints."),
    phrase(/\bnot\s+(?:held|recorded|collected|collated|stored|captured|kept)\s+(?:centrally|nationally|in\s+(?:a|the)\s+(?:format|form|way)|in\s+a\s+(?:\w+\s+)?(?:reportable|retrievable|accessible|usable|consistent|searchable)|at\s+(?:this|that|the\s+(?:level|granularity))|by\s+(?:\w+\s+){0,3}(?:level|category|type|breakdown)\b)/i, "The information is not held in the format requested."),
    phrase(/\bnot\s+in\s+a\s+(?:readily\s+)?(?:reportable|retrievable|accessible|extractable|searchable|usable)\s+(?:format|form|way)/i, "The data is not in a readily reportable format."),
    phrase(/\bnot\s+(?:held\s+)?on\s+a\s+central\s+(?:system|database|record)/i, "The information you have requested is not on a central system."),
    phrase(/\bnot\s+(?:categorised|recorded|held|collected|captured|coded|structured|stored|broken\s+down)\s+in\s+(?:a|the)\s+(?:way|manner)\s+that/i, "This information is not categorised in a way that would enable identification of these arrests."),
    // Manual searches: "would need manual scrutiny of records". A bare "may involve" is not a refusal, and in a
    // sentence that refuses on cost the manual work is only the reason for the cost (disproportionate_cost says it).
    phrase(/^(?!.*\b(?:disproportionate|cost\s+(?:limit|threshold)))(?:.*?)\b(?:would|will|could\s+only|can\s+only|only\s+by)\s+(?:\w+\s+)?(?:requir|involv|need|necessitat|entail|mean|complet)\w*\s+(?:a\s+|an\s+|the\s+)?(?:\w+\s+)?manual(?:ly)?\s+\w+/i, "It would require manual scrutiny of individual case files."),
    phrase(/\b(?:no|not\s+have\s+(?:a|any))\s+(?:central\s+|centrally\s+held\s+|formal\s+|such\s+|specific\s+)*(?:record|records|data|information|figures|register|database)\s+(?:(?:is|are)\s+|of\s+\w+\s+(?:is|are)\s+)?(?:held|kept|maintained|collected)\b/i, "No central record is kept of such meetings."),
    phrase(/\bno\s+(?:central(?:ly)?\s+(?:held\s+)?|such\s+)?(?:record|records|data)\s+(?:is|are|exists?)\s+(?:held|kept)/i, "No such records are held."),
    phrase(/\b(?:records?|systems?|series|datasets?|data\s+sets?|collections?|returns?|surveys?)\s+(?:do|does)\s+not\s+(?:\w+\s+)?(?:record|capture|hold|identify|distinguish|allow|include\s+(?:data|information))/i, "The police recorded crime series does not include data on the nationality of suspects."),
    phrase(/\bnot\s+(?:possible|able)\s+to\s+(?:identify|isolate|separate|extract|disaggregate|distinguish)\b.{0,80}\b(?:data|records?|systems?|information)\b/i, "It is not possible to identify these cases from central records."),
    phrase(/\bnot\s+(?:published|available)\s+or\s+(?:held|recorded|collected)\b/i, "However, data in the specific format requested is not published or held by the Department."),
    phrase(/\b(?:(?:is|was)\s+not\s+possible|has\s+not\s+been\s+possible|unable)\s+to\s+(?:disaggregate|identify\s+(?:which|how\s+many|the\s+number|whether))\b/i, "It is not possible to disaggregate this into separate amounts for walking and cycling."),
    // 1885720, 1730295, 1864205, 1904125: "do not record the reason for export", "do not routinely record and collect the reasons …".
    phrase(/\b(?:do|does|did)\s*(?:n't|not)\s+(?:(?:routinely|centrally|separately|currently|specifically|systematically|formally|consistently|always|therefore|also|otherwise)\s+)*(?:record|collect|capture|compile)(?:\s+(?:and|or)\s+(?:collect|record|measure|analyse|publish|hold|monitor|capture|report))?\s+(?!(?:any\s+|the\s+)?(?:tax|vat|council\s+tax|rubbish|waste|bins?|fees?|payments?|money|debts?|revenue|duty|levy|levies|fines?|charges?|personal\s+data|cookies)\b)\w/i, "HMRC do not record the reason for export."),
    // 1777670, 1846721, 1700867: costs or cases that "cannot be disaggregated", "are not separately identifiable".
    phrase(/^(?!.*\bdisproportionate)(?=.*\b(?:can|could|not))(?:.*?)(?:\b(?:cannot|can\s*not|could\s+not|can't)\s+be\s+(?:separately\s+|easily\s+|readily\s+|reliably\s+|further\s+)?(?:disaggregated|separately\s+identified|identified\s+separately|isolated|broken\s+down|separated\s+out|split\s+out|distinguished)\b|\bnot\s+separately\s+identifiable\b|\b(?:has|have)\s+not\s+been\s+(?:disaggregated|broken\s+down)\b)/i, "This does not include cross-government campaign costs which cannot be disaggregated between Departments:"),
    // 1838514, 1893319: the records cannot say "how many" / "what number".
    phrase(/\b(?:not\s+(?:yet\s+)?possible|unable|cannot|can\s*not|not\s+able)\s+(?:to\s+)?(?:determine|calculate|say|establish|ascertain|tell|break\s+(?:\w+\s+)?down)\s+(?:how\s+many|what\s+(?:proportion|number|percentage|share)|which\s+of|the\s+(?:number|proportion|percentage|amount|reasons?)\s+of)\b/i, "As a result, it is not possible to determine how many of these additional appointments were delivered specifically by the 2,300 newly recruited GPs."),
    // 1824043: "There is no centrally held data on …".
    phrase(/\bno\s+(?:centrally\s+held|central(?:ly)?\s+(?:collected|recorded|held|collated))\s+(?:data|information|records?|figures|statistics)\b/i, "There is no centrally held data on the total number of functions town and parish councils have taken on from principal local authorities."),
  ],
  guards: [
    phrase(/\bnot\s+(?:held|recorded|collected)\s+(?:against|to\s+account|in\s+contempt|in\s+custody|accountable|liable|responsible)/i, "Ministers are not held accountable for operational matters."),
    phrase(/\bnot\s+held\s+(?:a|any|an)\s+(?:meeting|discussion|event|talks|consultation|conversation)/i, "The Minister has not held a meeting with the company."),
    phrase(/\bmeetings?\s+(?:was|were|has|have|had)\s+(?:been\s+)?not\s+held\b|\b(?:elections?|events?|hearings?|ballots?|inquests?)\s+(?:is|are|was|were|will|would)\s+(?:be\s+)?not\s+(?:be\s+)?held\b/i, "The election was not held because of the pandemic."),
  ],
};

export const AVAILABLE_RULES: KindRules = {
  kind: "not_available",
  phrases: [
    phrase(new RegExp(`^(?=.*\\b(?:not|no\\s+longer)\\b).*?\\b${INFO}\\b.{0,120}\\b(?:is|are|was|were|be)\\s+${ADVERBS}(?:not|no\\s+longer)\\s+${ADVERBS}(?:available|published|reported|calculated)\\b`, "i"), "Estimated costs for these future years are therefore not available."),
    phrase(new RegExp(`^(?=.*\\bunavailable\\b).*?\\b${INFO}\\b.{0,120}\\b(?:is|are|was|were)\\s+${ADVERBS}unavailable\\b`, "i"), "Comparable data for 2010/11 is unavailable."),
    phrase(/\b(?:this|that|it|these)\s+(?:is|are)\s+not\s+(?:currently\s+|yet\s+|readily\s+|publicly\s+|therefore\s+)+available\b|\b(?:this|that|it|these)\s+(?:is|are)\s+not\s+available\s*[.;]?$/i, "The Department does not keep this information centrally and therefore it is not readily available."),
    phrase(/\bnot\s+(?:currently\s+)?available\s+from\s+(?:published|official|national|the\s+published)\b/i, "The information is not currently available from published statistics."),
    phrase(/\b(?:do|does|did)\s*(?:n't|not)\s+(?:currently\s+|routinely\s+|centrally\s+|separately\s+)*(?:publish|report)\s+(?:any\s+|the\s+|this\s+|such\s+|specific\s+|official\s+|separate\s+|\w+-level\s+|a\s+)*(?:\w+\s+)?(?:information|data|figures|statistics|breakdowns?|numbers|estimates|details|totals|forecasts)\b/i, "We do not routinely publish data on in-person inspections."),
    phrase(/\b(?:has|have)\s+not\s+(?:yet\s+)?(?:published|produced|calculated|compiled)\s+(?:any\s+|the\s+|updated\s+|official\s+|separate\s+)*(?:\w+\s+)?(?:information|data|figures|statistics|breakdowns?|numbers|estimates|details)\b/i, "The Home Office has not published data on how many people had Section 67 leave."),
    phrase(/\b(?:no|not\s+any)\s+(?:published\s+|official\s+|available\s+|such\s+|reliable\s+|robust\s+)+(?:data|information|figures|statistics|estimates?)\b/i, "There are no published statistics on this."),
    phrase(/\bno\s+(?:\w+\s+)?(?:data|information|figures|statistics|estimates?)\s+(?:is\s+|are\s+)?(?:currently\s+)?(?:available|published)/i, "While there is no data available for 2010, there were 20 practices."),
    phrase(new RegExp(`^(?=.*\\bwill\\s+be\\b).*?\\b${INFO}\\b.{0,120}\\bwill\\s+be\\s+(?:published|made\\s+available|available|released)\\b.{0,60}\\b(?:later|shortly|when|once|in\\s+(?:the\\s+)?(?:spring|summer|autumn|winter|new\\s+year|coming\\s+months)|(?:on|in|by|from)\\s+(?:\\d{1,2}\\s+)?(?:January|February|March|April|May|June|July|August|September|October|November|December)\\b)`, "i"), "Full forecasts for fuel duty revenue will be published at Budget on 30 October."),
    phrase(/\bwill\s+be\s+(?:published|communicated|issued|completed|launched|released|made\s+available|confirmed|provided|shared)\s+(?:in\s+due\s+course|when\s+(?:it\s+is\s+)?complete|once\s+(?:it\s+is\s+)?(?:complete|finalised|available))/i, "The workforce modelling is ongoing and will be published in due course."),
    phrase(/\bwill\s+(?:be\s+)?(?:respond|communicat)\w*\b.{0,80}\bin\s+due\s+course\b|\b(?:will|plans\s+to)\s+(?:respond|update|report\s+to)\b.{0,60}\bas\s+soon\s+as\s+possible\b/i, "We will be communicating the outcome of the consultation in due course."),
    phrase(/\b(?:will\s+(?:very\s+)?shortly\s+publish|(?:due|scheduled|planned)\s+to\s+be\s+published|cannot\s+yet\s+(?:confirm|provide|say|give)|Pre-Release\s+(?:Order|Access)|suitable\s+for\s+publication)/i, "To provide an answer at this point would breach the Pre-Release Order for the Official Statistic."),
    phrase(new RegExp(`\\b(?:unable|not\\s+(?:possible|able))\\s+to\\s+(?:provide|give|supply|produce|share|publish|confirm)\\s+(?:a\\s+|an\\s+|the\\s+|this\\s+|these\\s+|that\\s+|such\\s+|any\\s+|further\\s+|specific\\s+|detailed\\s+|separate\\s+|\\w+-level\\s+|\\w+\\s+){0,3}(?:requested\\s+)?${INFO_NOT_ESTIMATE}\\b(?!\\s+estimat)`, "i"), "We are unable to provide a breakdown by region."),
    ...DEFERRAL_PHRASES,
  ],
  guards: [
    phrase(/\bnot\s+available\s+(?:to|for)\s+(?:people|those|claimants|patients|children|pupils|students|applicants|anyone|individuals|households|employers|businesses|members\s+of\s+the\s+public)\b/i, "The grant is not available to people who already receive support."),
    // The reason given is reliability, not availability: estimate_unreliable says it.
    phrase(/\b(?:robust|reliable)\s+estimates?\b|\bsample\s+sizes?\b/i, "It is not possible to provide figures for Wales because sample sizes are not large enough to provide robust estimates."),
    phrase(/\bwrite\s+to\b/i, "I will write to the hon. Member in due course, and will place a copy of my letter in the Library."),
    ...DEFERRAL_GUARDS,
  ],
};
