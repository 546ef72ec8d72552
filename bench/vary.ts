import type { Rng } from "@/bench/random";

/**
 * Varies real question and answer texts so that a corpus larger than the
 * ~49,000 real texts is not the same few texts over and over: figures move,
 * years follow the date the question is set at, clauses and paragraphs are
 * recombined with other texts of the same department. Everything stays real
 * parliamentary prose (no filler), so term frequencies look like the real thing.
 */

const MONTHS = "January|February|March|April|May|June|July|August|September|October|November|December";
// Numbers that name something rather than count it stay as they are.
const REFERENCE_BEFORE = /(?:Question|Questions|PQ|UIN|HL|[Ss]ection|[Ss]ections|[Rr]egulation|[Rr]egulations|[Pp]aragraph|[Aa]rticle|[Ss]chedule|[Cc]lause|[Rr]ule|[Pp]art|[Cc]hapter|[Aa]mendment|No\.|[Nn]umber|[Tt]ier|[Ll]evel|[Kk]ey [Ss]tage|[Yy]ear|[Bb]and|[Pp]hase|[Ss]tage|[Ww]ave|[Rr]ound|[Gg]rade|[Cc]ategory|[Cc]lass|page|version)\s*$/;

/** Applies f to the text between tags only, so attributes and markup are never touched. */
export function mapHtmlText(html: string, f: (text: string) => string): string {
  return html
    .split(/(<[^>]*>)/)
    .map((part) => (part.startsWith("<") ? part : f(part)))
    .join("");
}

/**
 * Moves years by `shift` (the question is set that many years from its source):
 * calendar years near the source year and financial years ("2023-24",
 * "2023/24"). Far-off targets ("by 2050") and the distant past stay.
 */
export function shiftYears(text: string, shift: number, sourceYear: number): string {
  if (!shift) return text;
  const near = (y: number) => y >= sourceYear - 15 && y <= sourceYear + 1;
  // One pass, so a year already moved is not moved again.
  return text.replace(/(?<![\d,.£])\b(19\d{2}|20\d{2})(?:([-/–])(\d{2}))?\b(?!\d|,\d|\.\d|%)/g, (m, y: string, sep?: string, yy?: string) => {
    const year = Number(y);
    if (!near(year)) return m;
    const s = year + shift;
    if (!sep) return String(s);
    // "2023-24": a financial year; anything else with two digits after the year is left alone.
    return (year + 1) % 100 === Number(yy) ? `${s}${sep}${String((s + 1) % 100).padStart(2, "0")}` : m;
  });
}

/**
 * Scales counts and amounts by a factor near 1, keeping how they are written
 * (thousands separators, decimals, "£", "%"). Leaves years, days of a month,
 * single digits and reference numbers (Question 12345, section 106) alone.
 */
export function perturbNumbers(text: string, rng: Rng, spread = 0.35): string {
  const re = /(£)?\b(\d{1,3}(?:,\d{3})+|\d+)(\.\d+)?\b(\s*(?:%|per cent|million|billion|thousand|bn|m\b))?/g;
  return text.replace(re, (m: string, pound: string | undefined, whole: string, frac: string | undefined, unit: string | undefined, offset: number) => {
    const before = text.slice(Math.max(0, offset - 24), offset);
    const after = text.slice(offset + m.length, offset + m.length + 12);
    if (REFERENCE_BEFORE.test(before)) return m;
    if (new RegExp(`^\\s*(?:${MONTHS})\\b`).test(after) || new RegExp(`(?:${MONTHS})\\s*$`).test(before)) return m; // dates
    if (/^[-/–:]\d/.test(after) || /[-/–:.]$/.test(before) || /^(?:st|nd|rd|th)\b/.test(after)) return m; // ranges, times, ordinals
    const plain = whole.replace(/,/g, "");
    const value = Number(`${plain}${frac ?? ""}`);
    if (!Number.isFinite(value)) return m;
    if (!pound && !unit && !frac && !whole.includes(",") && (value < 10 || (value >= 1900 && value <= 2100))) return m;
    const factor = 1 + (rng.next() * 2 - 1) * spread;
    let scaled = value * factor;
    const isPercent = !!unit && /%|per cent/.test(unit);
    if (isPercent) scaled = Math.min(scaled, 100);
    const decimals = frac ? frac.length - 1 : 0;
    let out = decimals ? scaled.toFixed(decimals) : String(Math.max(1, Math.round(scaled)));
    if (whole.includes(",") || (!decimals && Number(out) >= 10_000 && !isPercent && /,/.test(text))) out = withCommas(out);
    return `${pound ?? ""}${out}${unit ?? ""}`;
  });
}

function withCommas(n: string): string {
  const [int, dec] = n.split(".");
  return `${int!.replace(/\B(?=(\d{3})+(?!\d))/g, ",")}${dec ? `.${dec}` : ""}`;
}

/**
 * A question with the clause after its first "; and " taken from another
 * question of the same department, e.g. "what assessment … ; and if he will
 * make a statement." Returns the question unchanged when either has no such clause.
 */
export function recombineQuestion(question: string, donor: string): string {
  const cut = question.indexOf("; and ");
  const donorCut = donor.indexOf("; and ");
  if (cut < 0 || donorCut < 0) return question;
  return question.slice(0, cut) + donor.slice(donorCut);
}

/** Splits answer HTML into top-level blocks (<p>, <table>, <ul>…) and loose text. */
export function htmlBlocks(html: string): string[] {
  const blocks = html.match(/<(p|table|ul|ol|h\d|blockquote|div)\b[^>]*>[\s\S]*?<\/\1>|[^<]+|<[^>]+>/gi) ?? [html];
  return blocks.filter((b) => b.trim() !== "");
}

const isParagraph = (b: string) => /^<p\b/i.test(b) && b.replace(/<[^>]*>/g, "").trim().length > 40;

/**
 * An answer with one of its later paragraphs swapped for, or followed by, a
 * paragraph of another answer from the same department. The first paragraph,
 * which usually answers the question directly, stays.
 */
export function recombineAnswer(html: string, donorHtml: string, rng: Rng): string {
  const blocks = htmlBlocks(html);
  const donorParas = htmlBlocks(donorHtml).filter(isParagraph);
  if (!donorParas.length) return html;
  const donor = rng.pick(donorParas);
  const later = blocks.map((b, i) => (i > 0 && isParagraph(b) ? i : -1)).filter((i) => i > 0);
  if (later.length && rng.chance(0.6)) blocks[rng.pick(later)] = donor;
  else blocks.push(donor);
  return blocks.join("");
}

/** The answer's sentences as plain text (for tests and for checks). */
export function plainText(html: string): string {
  return html.replace(/<[^>]*>/g, " ").replace(/&nbsp;/g, " ").replace(/\s+/g, " ").trim();
}
