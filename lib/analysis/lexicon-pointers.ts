/**
 * Lexicon, referral continued: pointers to where information is published,
 * standing in for the figures asked ("The latest statistics … are published
 * here:"). They are scoped `pointer`: next to a figure the answer gives
 * (non-answers.ts checks the sentence before) the pointer only
 * supplements it, and the labelling guide (rule 7) leaves such pointers
 * alone. See lexicon.ts for how matching works; ids are longform-texts.jsonl.gz.
 */
import { phrase, type Phrase } from "./lexicon-types";

/** What is pointed to: information of the kind a question asks for, not guidance, letters or reports. */
const MATTER =
  "(?:data|statistics|stats|figures|numbers?|estimates?|breakdowns?|datasets?|data\\s+sets?|data\\s+tables?|tables?|returns|information|publications?|series|collection|assessment|analysis)";
/** Where: "published in the … statistics", "available on GOV.UK", "can be accessed here". */
const WHERE =
  "(?:(?:is|are)\\s+(?:(?:routinely|regularly|also|publicly|currently|now|already|quarterly|annually|monthly|weekly|freely)\\s+)*(?:published|available|reported|accessible|set\\s+out)\\s+" +
  "(?:(?:annually|quarterly|monthly|weekly|regularly|routinely|online|publicly|separately)\\s+)*(?:in|on|at|here|via|through|within|from|as\\s+part\\s+of)\\b(?!\\s+(?:\\d|mid-?year|the\\s+(?:end|start|time|moment|point|same|level)|(?:a\\s+)?(?:regional|national|local|constituency|county|ward|site|provider|trust|individual)\\b|hectares|tonnes|accordance|line\\s+with|terms\\s+of|total|full|real\\s+terms|cash\\s+terms|(?:early|late|the\\s+)?(?:January|February|March|April|May|June|July|August|September|October|November|December|spring|summer|autumn|winter)\\b))" +
  "|can\\s+(?:also\\s+)?be\\s+(?:found|accessed|viewed|seen|obtained|downloaded))";

export const POINTER_PHRASES: Phrase[] = [
  // 1685828, 1655880, 1741615: the subject names the information, the rest says where it is.
  phrase(new RegExp(`^(?=.*\\b(?:published|available|reported|accessible|set\\s+out|found|accessed|viewed|seen|obtained|downloaded)\\b)(?:(?:the|these|this|those|all|our|its|their|both)\\s+)?(?:[\\w’'()/-]+\\s+){0,6}?${MATTER}\\b[^.]{0,120}?\\b${WHERE}`, "i"),
    "The latest statistics for the number of households in fuel poverty at administrative levels in England, are published here: https://www.gov.uk/government/statistics/sub-regional-fuel-poverty-data-2022", "pointer"),
  // 1822997, 1870970: "Please refer to the supporting tables for local level uptake data."
  phrase(/^(?:please|kindly)\s+(?:see|refer\s+to|consult)\s+(?!(?:the\s+)?(?:table|annex|attached|below))/i,
    "Please refer to the supporting tables for local level uptake data.", "pointer"),
  // 1697934: "X publishes statistics on …" with the statistics not given here.
  phrase(/^(?:(?!(?:also|already|not|does|do|did|will|would|cannot|can)\b)[\w’'()-]+\s+){1,5}(?:(?:routinely|regularly)\s+)?(?:publishes|releases|produces)\s+(?:(?:regular|routine|official|monthly|quarterly|annual|weekly|detailed)\s+)*(?:data|statistics|figures|estimates)\s+(?:on|about|for|covering)\b[^.]{0,150}\b(?:in|on|via|through|as\s+part\s+of)\s+(?:the|its|their|our|a|table|gov\.uk|stat-xplore)\b/i,
    "The Home Office publishes statistics on detected irregular arrivals to the UK in the ‘Irregular migration to the UK’ statistics release, available on gov.uk.", "pointer"),
];

/** Pointers that add to an answer already given, or point to what is shown right here. */
export const POINTER_GUARDS: Phrase[] = [
  // 1741617, 1757348: "Further information … can be found …" supplements (eval 1906463; guide rule 7).
  phrase(/^(?:[\w,]+\s+){0,3}?(?:further|more|additional|other|wider|general)\s+(?:\w+\s+){0,3}?(?:information|details?|guidance|data|detail|context|background|resources)\b/i,
    "Further data on returns activity is published quarterly and can be found on gov.uk at Immigration system statistics quarterly release - GOV.UK (www.gov.uk)."),
  // 1917994: a source note for figures given ("These figures are drawn from published statistics in …").
  phrase(/\b(?:figures|data|statistics|numbers)\s+(?:above\b|(?:are|were|have\s+been)\s+(?:drawn|taken|sourced|derived|extracted)\b)|^sources?\s*:|^(?:these|the|this)\s+(?:figures|data|statistics|numbers)\s+(?:are|is|were|was|relate|relates|cover|covers)\s+(?:for|from|as\s+at|to|up\s+to)\b/i,
    "These figures are drawn from published statistics in Live Table P152a which can be found on gov.uk here, the Historical and discontinued planning live tables which can be found on gov.uk here, and the Planning Inspectorate’s casework database which can be found in the Planning Inspectorate Casework Database on gov.uk here."),
  // 1880945: "No information is available on …" says it is not there (not_available), not where it is.
  phrase(/^no\s|\bnot\s+(?:\w+\s+)?(?:available|published|held)\b/i,
    "No information is available on the number of drivers utilising Section 88 of the Road Traffic Act 1988, which may allow drivers to continue driving while their driving licence application is being processed if they can meet specific criteria."),
  // 1747067, 1754040: the information is in the answer itself ("Households Below Average Income" is not "below").
  phrase(/\b(?:table|annex|spreadsheet|document|list)\s+(?:below|attached)\b|\b(?:attached|accompanying|following)\s+(?:table|spreadsheet|annex|document|list)\b|\b(?:information|data|figures|breakdown|details|numbers?)\b[^.]{0,80}\b(?:is|are)\s+(?:\w+\s+){0,2}below\b|\b(?:accessed|found|seen|viewed|shown|set\s+out|provided|given)\s+below\b/i,
    "A breakdown of the costs requested is set out in the attached table."),
];
