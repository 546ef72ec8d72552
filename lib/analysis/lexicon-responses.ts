/**
 * Lexicon, part 2: answers that put the question off or elsewhere — holding
 * answers, referrals, letters and Library copies, refusals to comment. See
 * lexicon.ts for how matching works and how to add a phrase.
 */
import { POINTER_GUARDS, POINTER_PHRASES } from "./lexicon-pointers";
import { phrase, type KindRules } from "./lexicon-types";

/** Whom a minister refers or writes to: "the hon. Member", "my right hon. Friend", "the noble Lord", "him". */
const MEMBER =
  "(?:(?:the|my)\\s+)?(?:\\(?(?:rt\\.?|right)\\)?\\s+)?(?:hon(?:ou?rable|oural)?\\.?|noble)?\\s*(?:and\\s+(?:rt\\.?\\s+|right\\s+)?(?:hon\\.?|learned|gallant)\\s+)?" +
  "(?:member|members|friend|gentleman|lady|lord|baroness|earl|viscount|lords|peer)\\b|\\b(?:him|her|you)\\b|\\b(?:the\\s+)?(?:rt\\.?\\s+|right\\s+)?hon\\.?(?=\\s*$)";
const ADDRESSEE = `(?:${MEMBER}|(?:the\\s+)?(?:[A-Z][\\w-]*\\s+){0,3}(?:Select\\s+)?Committee\\b)`;

/** Grounds for declining: "for reasons of national security", "for safety and security reasons", "due to commercial sensitivities". */
const GROUNDS = "(?:security|safety|confidentiality|privacy|data\\s+protection|sensitivit(?:y|ies))";
const REASON =
  `(?:for\\s+reasons\\s+(?:of|for)\\s+(?:national\\s+|operational\\s+|personal\\s+)?${GROUNDS}` +
  `|for\\s+(?:(?:national|operational|personal|data)\\s+)?${GROUNDS}(?:\\s+and\\s+\\w+)?\\s+reasons` +
  `|on\\s+(?:the\\s+)?grounds\\s+of\\s+(?:\\w+\\s+)?${GROUNDS}` +
  `|(?:due\\s+to|because\\s+of)\\s+(?:national\\s+|operational\\s+|commercial\\s+)?${GROUNDS})`;

export const HOLDING_RULES: KindRules = {
  kind: "holding",
  phrases: [
    phrase(/\bnot\s+(?:be\s+)?(?:possible|able)\s+to\s+(?:answer|respond\s+to|reply\s+to)\s+(?:this|these|the\s+hon\.?\s+\w+'s)\s+questions?\s+within\s+the\s+usual\s+time/i, "The Department for Transport has indicated that it will not be possible to answer this question within the usual time period."),
    phrase(/\bwithin\s+the\s+usual\s+(?:time\s*(?:period|frame|scale)|timescales?|deadline)\b/i, "On this occasion, it was not possible to answer these questions within the usual time frame."),
    phrase(/\b(?:will|shall)\s+(?:answer|reply)\s+(?:to\s+(?:the|this|these|him|her)\b.{0,40})?\s*as\s+soon\s+as\s+(?:possible|practicable)\b/i, "I will reply to the hon. Member as soon as possible."),
    phrase(/\bholding\s+(?:answer|reply)\b/i, "I gave the hon. Member a holding answer on 3 December."),
    phrase(/\btaking\s+(?:(?:some\s+)?time|longer(?:\s+than\s+(?:anticipated|expected))?)\s+to\s+(?:collate|determine|identify|gather|obtain|compile|prepare|answer|respond|confirm|assemble)/i, "It is taking time to collate the required information to answer the hon. Member's questions."),
    phrase(/\bwill\s+take\s+(?:some\s+)?(?:more\s+)?time\s+to\s+(?:collate|compile|gather|obtain|answer|respond|prepare|assemble)|\b(?:response|answer|reply)\s+which\s+will\s+take\s+(?:some\s+)?time\b/i, "The information is not held centrally and will take some time to collate."),
    phrase(/\bnot\s+(?:proved|been)\s+possible\s+to\s+(?:respond|answer|reply)\b|\bin\s+the\s+time\s+available\s+before\s+Prorogation\b/i, "It has not proved possible to respond to the hon. Member in the time available before Prorogation."),
    phrase(/\ban?\s+(?:answer|response|reply)\s+is\s+being\s+prepared\b|\bwill\s+be\s+provided\s+as\s+soon\s+as\s+(?:it\s+is\s+)?(?:available|possible)/i, "An answer is being prepared and will be provided as soon as it is available."),
    // 1755733, 1818721: the information could not be gathered "in the time available".
    phrase(/\b(?:not|n't)\s+(?:been|proved|be)\s+possible\s+to\s+\w+.{0,100}\bin\s+the\s+time\s+available\b/i, "For those Arm’s Length Bodies that employ public servants, responsibility for their human resources policies is delegated to the organisation and it has not been possible to confirm each organisation’s policy regarding foster carers in the time available for a Parliamentary Question."),
    // 1902468: "will aim to provide a substantive response as soon as possible".
    phrase(/\b(?:aim|endeavour|seek|try)\s+to\s+(?:provide|send|give)\s+(?:you\s+|him\s+|her\s+)?(?:a\s+|the\s+)?(?:substantive|full|fuller)\s+(?:answer|response|reply)\b/i, "I apologise for the delay and will aim to provide a substantive response as soon as possible."),
  ],
  guards: [],
};

export const REFERRAL_RULES: KindRules = {
  kind: "referral",
  phrases: [
    phrase(new RegExp(`\\b(?:i|we)\\s+(?:would\\s+)?(?:refer(?:red)?|direct)\\s+(?:${MEMBER})`, "i"), "I refer the hon. Member to the answer I gave on 3 December 2025 to Question 95752."),
    phrase(/\b(?:i|we)\s+(?:would\s+)?refer\s+(?:back\s+)?to\s+(?:my|the|our)\s+(?:previous\s+|earlier\s+)?(?:answer|response|reply|statement)/i, "I refer back to my previous answer to UIN 5635 on 14th December."),
    phrase(/\b(?:please|kindly)\s+(?:see|refer\s+to)\s+(?:my|the|our)\s+(?:previous\s+|earlier\s+)?(?:answer|response|reply)/i, "Please see the response to UIN 22711."),
    // 1849641, 1693748, 1740044: "I otherwise / also / would also refer the (Rt.) Hon. Member to …".
    phrase(new RegExp(`\\b(?:i|we)\\s+(?:(?:would|also|otherwise|specifically|therefore|again|further|can|may|must|respectfully|kindly|additionally|more\\s+generally|generally)\\s+){1,3}(?:refer(?:red)?|direct|point)\\s+(?:back\\s+)?(?:${MEMBER})`, "i"), "I otherwise refer the Rt Hon. Member to the answer given to Question UIN 78177 on 3 November 2025 for further details."),
    // 1880251, 1860077: "I refer to Minister Turley’s answer for 88716", "I refer to Hon Member to the answer …".
    phrase(/\b(?:I|[Ww]e)\s+(?:would\s+|also\s+)?refer\s+(?:back\s+)?to\s+(?:(?:[A-Z][\w’'.-]*|the|my|our|hon\.?)\s+){1,4}(?:(?:answer|response|reply|statement)s?\b|[Mm]ember\s+to\b)/, "I refer to Minister Turley’s answer for 88716 and 95640."),
    ...POINTER_PHRASES,
    phrase(/\b(?:there\s+is\s+)?no\s+(?:further\s+)?(?:update|change)\s+to\s+(?:my|the)\s+(?:previous\s+)?(?:answer|response)/i, "There is no further update to my answer of 10 October 2024, Official Report, PQ 7430."),
    phrase(/\b(?:the|my)\s+(?:previous\s+)?(?:answer|response)\s+(?:I\s+gave\s+|given\s+|provided\s+)?(?:on\s+\d{1,2}\s+\w+(?:\s+\d{4})?\s+)?to\s+(?:the\s+)?(?:written\s+)?(?:parliamentary\s+)?(?:questions?|PQs?|UIN)\s+\S+\s+(?:remains|still\s+stands|is\s+still)/i, "The answer given to Question 12345 remains accurate."),
    // Pointing to where the requested information is published, instead of giving it.
    phrase(/^(?:(?:quarterly|monthly|annual|weekly)\s+)?(?:information|data|statistics|figures|the\s+number)\s+(?:on|about|for|of|relating\s+to)\b.{0,160}\b(?:(?:is|are)\s+(?:\w+\s+)?(?:published|available|reported)\s+(?:(?:annually|quarterly|monthly|weekly|regularly|routinely|online)\s+)?(?:in|on|at|here|via|through)\b|can\s+be\s+(?:found|accessed|viewed|seen))/i, "Information about the number of IPP recalls is published in quarterly offender management statistics."),
    phrase(/^(?:(?!also\b)\w+\s+){1,4}(?:publishes|releases)\s+(?:(?:monthly|quarterly|annual|weekly|regular)\s+)?data\s+on\b/i, "NHS England publishes monthly data on the NHS workforce in England."),
    phrase(/\b(?:provides|contains|gives)\s+(?:more|further|additional|full)\s+(?:information|details?)\b|\bcontains?\s+details?\s+and\s+links\b|\bwe\s+published\s+a\s+breakdown\b/i, "Indicator 2a in the England Biodiversity Indicators provides more information about the condition of priority habitats."),
  ],
  guards: [
    // The referred-to text is given anyway, or the reference only supplements an answer.
    phrase(/\breproduced\s+below\b|^for\s+(?:further|more)\s+(?:details?|information)\b|\bwhich\s+(?:provides|states|confirms|shows)\s+that\b/i, "I refer the Hon member to the answer to question HL6361, a copy of which is reproduced below for ease of reference:"),
    ...POINTER_GUARDS,
  ],
};

export const WRITE_RULES: KindRules = {
  kind: "will_write",
  phrases: [
    phrase(new RegExp(`\\b(?:i|we|minister|secretary\\s+of\\s+state|he|she|officials?|department|agency|chief\\s+executive|CEO\\s+of\\s+\\w+)\\s+(?:will|shall|would\\s+be\\s+happy\\s+to|am\\s+happy\\s+to|have\\s+asked\\s+\\S+\\s+to|intend\\s+to|has\\s+been\\s+asked\\s+to)\\s+(?:\\w+\\s+)?(?:write|respond\\s+(?:in\\s+writing|by\\s+letter)|reply\\s+(?:directly|in\\s+writing))\\s+(?:directly\\s+)?(?:to\\s+)?${ADDRESSEE}`, "i"), "I will write to the hon. Member with the information."),
    phrase(new RegExp(`\\b(?:write|respond|reply)\\s+(?:directly\\s+)?to\\s+(?:${MEMBER})\\s*(?:directly|shortly|separately|in\\s+due\\s+course|with|when|on|as|once|and|$)`, "i"), "The Chief Executive will write to the hon. Member directly."),
    phrase(/\bcopy\s+of\s+(?:the|my|his|her|this|that|their|its|our)\s+(?:\w+\s+)?(?:letter|reply|response)\s+(?:will|shall|is\s+being|has\s+been|have\s+been|was|is)\s+(?:be\s+)?(?:placed|deposited)/i, "A copy of my letter will be placed in the Library of the House."),
    phrase(/\b(?:will|shall)\s+(?:also\s+)?(?:place|deposit)\s+(?:a\s+)?cop(?:y|ies)\s+(?:of\s+(?:my|the|this|that)\s+(?:\w+\s+)?(?:letter|reply|response)\s+)?in\s+the\s+(?:House\s+of\s+Commons\s+|House\s+)?Librar/i, "I will write to him very shortly and will place a copy of my letter in the Library of the House."),
    phrase(/\b(?:by|via)\s+letter\b.{0,60}\bcopy\b.{0,60}\bLibrar/i, "The FCA will respond to the Member by letter, and a copy of the letter will be placed in the Library of the House of Commons."),
    // 1846061, 1659701, 1756564: "will respond directly to the Honourable Member by letter", "will respond with further details directly to …".
    phrase(new RegExp(`\\b(?:will|shall)\\s+(?:\\w+\\s+){0,2}?(?:respond|reply|write)\\b(?:\\s+[\\w-]+){0,6}?\\s+(?:directly\\s+)?to\\s+(?:${MEMBER})(?!['’]s)(?!\\s+as\\s+soon\\s+as)|\\b(?:will|shall)\\s+(?:\\w+\\s+){0,3}?(?:respond|reply|write)\\s+(?:directly\\s+)?(?:to\\s+(?:${MEMBER})\\s+)?(?:by\\s+letter|in\\s+writing)\\b`, "i"), "The FCA will respond directly to the Honourable Member by letter."),
    // 1806850, 1660826: the information asked will be deposited later.
    phrase(/\b(?:this|that|the\s+requested|the)\s+(?:information|data|figures|breakdown)\s+(?:will|shall)\s+be\s+(?:placed|deposited)\s+in\s+the\s+(?:\w+\s+){0,4}Librar|\barrange\s+for\s+(?:this|the|that|these)\s+(?:requested\s+)?(?:information|data|figures|details|breakdown)\s+to\s+be\s+(?:placed|deposited)/i, "I will arrange for this information to be deposited in the House of Commons Library."),
  ],
  guards: [],
};

export const NO_COMMENT_RULES: KindRules = {
  kind: "no_comment",
  phrases: [
    phrase(/\b(?:do|does|did|will|would|can|could|shall|must)\s*(?:n[o']t|not)\s+(?:therefore\s+|routinely\s+|generally\s+|normally\s+|usually\s+|publicly\s+|further\s+)*(?:comment|speculate)\b/i, "We do not comment on intelligence matters."),
    phrase(/\b(?:cannot|can\s*not|can't|unable\s+to|not\s+(?:able|appropriate|possible)\s+to)\s+(?:\w+\s+)?(?:comment|speculate|disclose|discuss)\b/i, "As the review remains ongoing, I cannot comment further."),
    phrase(/\b(?:would\s+(?:therefore\s+|also\s+)?not|wouldn't)\s+be\s+(?:appropriate|right|proper)\s+(?:for\s+(?:me|the\s+\w+|ministers?|the\s+government)\s+)?to\s+(?:comment|speculate|disclose|provide|release|publish|discuss|give|share|set\s+out|go\s+into)/i, "It would not be appropriate to comment on an ongoing investigation."),
    phrase(/\b(?:neither|not)\s+confirm\s+(?:n|o)or\s+deny\b/i, "We neither confirm nor deny the existence of such information."),
    phrase(/\bcommercial(?:ly)?\s+(?:sensitiv|confidential)|\bcommercial\s+(?:in\s+)?confidence\b/i, "The details of the contracts are commercially sensitive."),
    phrase(new RegExp(`${REASON}.{0,60}\\b(?:not|cannot|unable|decline|withh[oe]ld)|\\b(?:not|cannot|unable|decline)\\b.{0,80}${REASON}`, "i"), "For reasons of operational security, I cannot comment on the specific nature of steps taken."),
    phrase(/\b(?:would|could|might|may)(?:,?\s+or\s+would\s+be\s+likely\s+to,?)?\s+(?:prejudice|jeopardi[sz]e|compromise\s+(?:operational|national|the\s+security))/i, "The release of the methods utilised to calculate these risks would prejudice ongoing operational activity."),
    phrase(/\bwould\s+(?:undermine|harm|damage)\b.{0,60}\b(?:operational|security|investigation|operations|commercial|negotiations|effectiveness|integrity|relations|defence|capabilit)/i, "Disclosure would undermine the effectiveness of the sanctions regime."),
    phrase(/\bnot\s+(?:be\s+)?(?:considered\s+)?(?:to\s+be\s+)?in\s+the\s+public\s+interest\b/i, "Disclosing which countries had been visited would not be in the public interest."),
    phrase(/\bwithh[oe]ld(?:ing)?\s+(?:this|the|that|these)\s+(?:information|details|figures?|data|cost)\b/i, "I am withholding this information as its disclosure would prejudice the security of the Armed Forces."),
    phrase(/\b(?:do|does|will|would|can|could)\s*(?:n[o']t|not)\s+(?:routinely\s+|normally\s+|publicly\s+)?(?:disclose|reveal|release|discuss|give\s+details|provide\s+(?:details|a\s+running\s+commentary|a\s+breakdown))\b(?!\s+(?:of\s+)?(?:statistics|data|figures)\b)/i, "We do not disclose the locations of these sites."),
    phrase(/\b(?:policy|practice|convention|position)\s+(?:of\s+(?:successive\s+)?(?:\w+\s+)?governments?\s+)?(?:not\s+to|that\s+we\s+do\s+not)\s+(?:comment|disclose|confirm|release|publish|provide|discuss|speculate)|\bas\s+a\s+matter\s+of\s+(?:long-?standing\s+)?(?:policy|practice)\b/i, "It is the longstanding policy of successive governments not to comment on security matters."),
    phrase(/\b(?:exempt|exemption)\s+(?:from\s+disclosure|under\s+(?:section|the\s+freedom))/i, "This information is exempt from disclosure under section 43 of the FOI Act."),
    // 1898070, 1747521, 1717748: "it would be inappropriate to comment / disclose / provide any commentary".
    phrase(/\b(?:would|is|was|will)\s+(?:therefore\s+|also\s+|clearly\s+)?(?:be\s+)?inappropriate\s+(?:for\s+(?:me|us|ministers?|the\s+[\w\s]{1,30}?|\w+)\s+)?(?:at\s+this\s+(?:time|stage)\s+|now\s+)?to\s+(?:comment|speculate|disclose|provide|release|publish|discuss|give|share|set\s+out|go\s+into|offer|reveal|confirm|start\s+giving|pre-?empt|name|identify|detail)/i, "It would be inappropriate to comment further at this time."),
    // 1789305, 1664121, 1752326: no running commentary.
    phrase(/\b(?:not|never|unable\s+to|cannot|won't)\b.{0,50}\brunning\s+commentary\b|\bno\s+running\s+commentary\b/i, "We continue to engage with Mauritius and are not going to provide a running commentary on the details."),
    // 1824469, 1786450, 1755779: "departmental policy not to name", "the practice of successive administrations not to publish", "not normal practice … to confirm".
    phrase(/\b(?:policy|practice|convention)\b.{0,60}\bnot\s+to\s+(?:comment|publish|name|confirm|reveal|release|set\s+out|disclose|provide|discuss|speculate|identify|give|routinely\s+\w+)|\bnot\s+(?:our|the|standard|normal|usual|common|government|departmental|(?:the\s+)?\w+['’]s)\s+(?:policy|practice)\s+(?:\w+\s+){0,5}?to\s+(?:comment|publish|name|confirm|reveal|release|set\s+out|disclose|provide|discuss|speculate|identify|give)\b/i, "It is Departmental policy not to name officials below Senior Civil Service grades who attend these events."),
    // 1843877, 1905471: "not appropriate to provide / pre-empt", "not going to comment", "will not be drawn".
    phrase(/\bnot\s+(?:be\s+)?appropriate\s+(?:for\s+\w+(?:\s+\w+)?\s+)?to\s+(?:provide|release|publish|give|share|set\s+out|reveal|confirm|name|identify|pre-?empt|offer)\b|\bnot\s+going\s+to\s+(?:comment|speculate|disclose|discuss|reveal)\b|\bnot\s+(?:be|get)\s+drawn\s+(?:into|on)\b/i, "However, it is not appropriate to provide a continual update on each phase of the operation, not least as it involves sensitive information that could prove valuable to the organised immigration crime gangs that are behind small boats crossings."),
    // 1827044: "We do not share details of the individual projects funded."
    phrase(/\b(?:do|does|will|would)\s*(?:n[o']t|not)\s+(?:routinely\s+|normally\s+|publicly\s+)?share\s+(?:details|specifics|information\s+(?:about|on)\s+(?:individual|specific))\b/i, "We do not share details of the individual projects funded."),
  ],
  guards: [
    phrase(/\b(?:at\s+no\s+point|did\s+not\s+receive|no)\s+(?:\w+\s+){0,5}commercially\s+sensitive\b/i, "At no point did stakeholders receive any commercially sensitive information ahead of publication."),
  ],
};
