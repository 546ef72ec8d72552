/**
 * Numbers in answers that are not figures: dates, years, times, phone
 * numbers, list markers, section/clause numbers, numbers glued to words.
 * Checked on the characters around the digits, within one sentence.
 */
const MONTH = "(?:January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)";
const MONTH_BEFORE = new RegExp(`\\b${MONTH}\\.?,?\\s*$`, "i");
const MONTH_AFTER = new RegExp(`^(?:st|nd|rd|th)?(?:\\s+of)?\\s+${MONTH}\\b`, "i");
const ORDINAL_AFTER = /^(?:st|nd|rd|th)\b/i;
// Labels whose number is an identifier, not a quantity: "Section 12", "Table 3", "Key Stage 2", "Year 7".
const LABEL_BEFORE = new RegExp(
  "\\b(?:sections?|ss?\\.|clauses?|regulations?|regs?\\.?|paragraphs?|paras?\\.?|articles?|arts?\\.|schedules?|rules?|parts?|chapters?|" +
    "annexe?s?|appendix|appendices|tables?|figures?|figs?\\.?|pages?|pp?\\.|columns?|cols?\\.?|volumes?|vols?\\.?|no\\.?|nos\\.?|numbers?|" +
    "stages?|levels?|tiers?|phases?|rounds?|versions?|bands?|grades?|categor(?:y|ies)|routes?|junctions?|platforms?|" +
    "questions?|uins?|w?pqs?|hc|hl|hcws|hlws|cp|cm|si|s\\.i\\.|items?|steps?|recommendations?|options?|lots?|waves?|cohorts?|" +
    "series|editions?|issues?|footnotes?|notes?|rows?|lines?|sdgs?|goals?|criteri(?:on|a)|conditions?|principles?|" +
    "subsections?|sub-sections?|aged?|ages|ward|room|flight|box|reference|ref\\.?|" +
    "iso|module|block|gate|terminal|pillar|objective|mission)\\s*$",
  "i",
);
// Case-sensitive: "Year 7" is a school year, "each year 400 people" is not.
const CAPITAL_LABEL_BEFORE = /\b(?:Year|Years|Key Stage|Plan|Tranche|Window|Unit|Wave|Scheme)\s*$/;
const AGE_RANGE_BEFORE = /\b(?:aged?|ages)\s+\d+\s*(?:to|-|–|and)\s*$/i;
const PHONE_AT = /^(?:0\d{2,4}[\s-]\d{3,4}(?:[\s-]\d{3,4})?|\+\d{1,3}[\s\d-]{6,})/;
const YEAR = /^(?:19|20)\d{2}$/;

export function looksLikeNonFigure(
  sentence: string,
  numStart: number,
  numEnd: number,
  opts: { plain: boolean; hasQualifier: boolean },
): boolean {
  const digits = sentence.slice(numStart, numEnd);
  const before = sentence.slice(Math.max(0, numStart - 40), numStart);
  const after = sentence.slice(numEnd, numEnd + 40);
  // Glued to letters or joined by hyphens/slashes/colons: "COVID-19", "2023-24", "10:30", "1.2.3", "10-year".
  if (/^(?:[A-Za-z]|[-–/:]\d|-[A-Za-z]|\.\d)/.test(after) && !/^(?:bn|m|k|mn)\b/i.test(after)) return true;
  if (/[-–/]$/.test(before) && /\d[-–/]$/.test(before)) return true;
  if (ORDINAL_AFTER.test(after) || MONTH_AFTER.test(after) || MONTH_BEFORE.test(before)) return true;
  if (/^\s*(?:am|pm|a\.m\.|p\.m\.|hrs|GMT|BST)\b/i.test(after)) return true;
  if (PHONE_AT.test(sentence.slice(numStart, numStart + 20)) && !/^[£$€]/.test(before.slice(-1))) return true;
  if (opts.plain) {
    if (YEAR.test(digits)) return true;
    if (LABEL_BEFORE.test(before) || CAPITAL_LABEL_BEFORE.test(before) || AGE_RANGE_BEFORE.test(before)) return true;
    // List markers: "(1)", "1)", "1." opening a sentence.
    if (/\($/.test(before) && /^\)/.test(after)) return true;
    if (/^\s*(?:\(?[a-z\d]{1,4}[).]\s*)*$/i.test(before) && /^[.)]/.test(after)) return true;
    if (/^\)/.test(after) && !opts.hasQualifier && /(?:^|\s)$/.test(before)) return true;
  }
  return false;
}
