/**
 * Lexicon, part 3: estimates declined as unreliable or impossible. See
 * lexicon.ts for how matching works and how to add a phrase.
 */
import { phrase, type KindRules } from "./lexicon-types";

export const ESTIMATE_RULES: KindRules = {
  kind: "estimate_unreliable",
  phrases: [
    phrase(/\bestimates?\b.{0,60}\bwould\s+(?:be\s+)?(?:un(?:reliable|robust)|not\s+be\s+(?:reliable|robust|accurate|meaningful)|be\s+(?:misleading|speculative))/i, "Given these variables, any general estimate would be unreliable."),
    phrase(/\b(?:unable|not\s+(?:possible|able|feasible))\s+to\s+(?:\w+\s+)?(?:estimate|(?:produce|provide|give|make|calculate|derive|offer)\s+(?:a\s+|an\s+|any\s+)?(?:[\w-]+\s+){0,2}(?:estimates?|forecasts?|projections?)\b)/i, "It is not possible to estimate the numbers of people affected."),
    phrase(/\b(?:cannot|can\s*not|could\s*not|can't)\s+(?:be\s+)?(?:reliably\s+|robustly\s+|accurately\s+)?estimat/i, "We cannot estimate how many court appearances are delayed."),
    phrase(/\b(?:no|not\s+(?:a|any))\s+(?:reliable|robust|accurate|meaningful|credible)\s+(?:estimates?|forecasts?|projections?)\b/i, "There is no reliable estimate of the number of people affected."),
    phrase(/\b(?:do|does)\s+not\s+(?:hold|have)\s+(?:\w+\s+){0,3}to\s+(?:accurately|reliably|robustly)\s+estimate\b/i, "We do not hold data to accurately estimate the humanitarian aid budget."),
    phrase(/\bnot\s+(?:large|big|robust|reliable)\s+enough\s+(?:to|for)\b|\b(?:data|figures|sample|numbers?)\b.{0,60}\b(?:too\s+small|unreliable|not\s+(?:sufficiently\s+)?robust|not\s+(?:statistically\s+)?reliable)\b/i, "The numbers of patients in these age groups are not large enough for reliable estimates to be made."),
    // 1673566, 1919192, 1741814, 1912541, 1745180: "cannot forecast", "not possible to quantify", "difficult / too early to estimate".
    phrase(/\b(?:not\s+(?:yet\s+)?possible|impossible|unable|cannot|can\s*not|can't|could\s+not|not\s+feasible|(?:very\s+|extremely\s+)?difficult|too\s+early)\s+(?:at\s+this\s+(?:early\s+)?stage\s+|yet\s+)?(?:to\s+)?(?:(?:accurately|reliably|robustly|precisely|meaningfully)\s+)?(?:predict|forecast|project|quantify|model|estimate)\b(?!\s+(?:and\s+)?(?:plan|manage|respond))/i, "Many of the projects announced are nationwide in their application so we cannot forecast regional spend of the combined investment total."),
    // 1680478, 1693329: "cannot provide a definitive estimate", "not yet possible to produce reliable estimates".
    phrase(/\b(?:cannot|can\s*not|can't|could\s+not|not\s+yet\s+(?:possible|able)\s+to|will\s+not\s+be\s+able\s+to)\s+(?:provide|give|produce|make|offer|share|publish|calculate)\s+(?:a\s+|an\s+|any\s+)?(?:[\w-]+\s+){0,2}(?:estimates?|forecasts?|projections?)\b/i, "As such we cannot provide a definitive estimate of the costs; what is clear that long-term investment and the wholesale modernisation of the estate to bring energy efficiency and ventilation up to modern standards will be required."),
    // 1821353: "too early to assess the impact".
    phrase(/\btoo\s+early\s+to\s+(?:assess|say|determine|judge|evaluate)\s+(?:(?:the|its|their|any)\s+)?(?:full\s+|likely\s+|overall\s+)?(?:impacts?|effects?|effectiveness|costs?|benefits?|savings|outcomes?)\b/i, "It is too early to assess the impact of the International Finance Facility for Education (IFFEd) which was established only in 2024."),
  ],
  guards: [
    phrase(/\b(?:network|service|system|supply)\s+is\s+(?:increasingly\s+)?unreliable\b/i, "The network is increasingly unreliable and prone to failure."),
    // "cannot be estimated without incurring disproportionate costs" is a cost refusal.
    phrase(/\bwithout\s+(?:incurring\s+)?(?:a\s+)?disproportionate\b|\bexceed\s+the\s+cost\s+(?:limit|threshold)\b/i, "This cannot be estimated without incurring disproportionate costs."),
  ],
};
