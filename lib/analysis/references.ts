import { findDates, groupDateLists, isoDate, type TextDate } from "./dates-in-text";
import type { Reference } from "./types";

/**
 * References to other written questions: "Question 95752", "UIN 74872",
 * "PQs 1234 and 5678", "Questions HL14450, HL14451 and HL14452", and ids that
 * need no introducer ("HL1234", "S6W-12345"). A bare number is never a
 * reference: it needs "Question", "UIN", "PQ" or "WPQ" in front of it, which
 * keeps out phone numbers, years, money, SI numbers and "Section 12".
 */
const ITEM = "(?:UIN\\s*)?(?:HL\\s?\\d{1,6}|S\\d[A-Z]-\\d{3,6}|\\d{1,6})(?![\\d,.]?\\d)(?![-/]\\d)";
const INTRODUCER = "(?:(?:written|parliamentary)\\s+)*(?:questions?|W?PQs?|UINs?)(?:\\s+(?:UINs?|numbers?|nos?\\.?|ref(?:erence)?s?\\.?))?";
const LIST = `(${ITEM}(?:(?:\\s*,\\s*|\\s*,?\\s+(?:and|&)\\s+|\\s*/\\s*)(?:(?:questions?|PQs?)\\s+)?${ITEM})*)`;
/** Each captures the list of ids in group 1. */
const GROUP_RES = [
  new RegExp(`\\b${INTRODUCER}\\s*:?\\s*\\(?${LIST}`, "gi"),
  // "my answer to 110422": a bare id after "answer to" needs four digits or more.
  /\b(?:answers?|responses?|repl(?:y|ies))\s+to\s+(\d{4,6})(?![\d,.]?\d)(?![-/]\d)/gi,
  // "his previous question of 9 December 2025, reference 96210".
  /\bquestions?\b[^.;\n]{0,50}?\breference\s+(?:number\s+|no\.?\s+)?(\d{3,6})(?![\d,.]?\d)/gi,
];
const STANDALONE_RE = /\b(?:HL\s?\d{2,6}|S\d[A-Z]-\d{3,6})\b/g;
const ITEM_RE = new RegExp(ITEM, "gi");
// "consultation question 3", "survey question 12" are not parliamentary questions.
const NOT_PQ_BEFORE = /\b(?:consultation|survey|census|exam(?:ination)?|quiz|interview|call\s+for\s+evidence)\s+$/i;

/** "UIN 78707" → "78707", "hl 1234" → "HL1234". */
export function normaliseUin(raw: string): string {
  return raw.replace(/^UIN\s*/i, "").replace(/\s+/g, "").toUpperCase();
}

type Found = { start: number; end: number; uin: string; group: number; indexInGroup: number; groupSize: number };

export function detectReferences(text: string, source: Reference["source"]): Reference[] {
  const found: Found[] = [];
  let group = 0;
  for (const re of GROUP_RES) for (const m of text.matchAll(re)) {
    if (NOT_PQ_BEFORE.test(text.slice(Math.max(0, m.index - 40), m.index))) continue;
    const list = m[1] ?? "";
    const listStart = m.index + m[0].length - list.length;
    if (found.some((f) => listStart < f.end && listStart + list.length > f.start)) continue;
    const items = [...list.matchAll(ITEM_RE)];
    // "for question 1 are in Table 1": lower-case "question" with a small number is a part of the question asked.
    if (/^questions?\b/.test(m[0]) && items.every((item) => /^\d{1,2}$/.test(item[0]))) continue;
    items.forEach((item, i) => {
      const prefix = /^UIN\s*/i.exec(item[0])?.[0].length ?? 0;
      const start = listStart + (item.index ?? 0) + prefix;
      found.push({ start, end: start + item[0].length - prefix, uin: normaliseUin(item[0]), group, indexInGroup: i, groupSize: items.length });
    });
    group++;
  }
  STANDALONE_RE.lastIndex = 0;
  for (let m = STANDALONE_RE.exec(text); m; m = STANDALONE_RE.exec(text)) {
    if (found.some((f) => m.index >= f.start && m.index < f.end)) continue;
    found.push({ start: m.index, end: m.index + m[0].length, uin: normaliseUin(m[0]), group: group++, indexInGroup: 0, groupSize: 1 });
  }
  found.sort((a, b) => a.start - b.start);
  const dateGroups = groupDateLists(text, findDates(text));
  return found.map((f) => ({
    start: f.start,
    end: f.end,
    uin: f.uin,
    date: dateFor(text, f, found, dateGroups),
    source,
  }));
}

const AFTER_DATE = /^\s*\)?\s*(?:,?\s*(?:which\s+was\s+|that\s+was\s+|was\s+)?(?:answered|tabled|given|provided|published|asked)\s+)?(?:on|of|dated)\s+(?:the\s+)?(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day\s+)?$/i;
const BEFORE_DATE = /\b(?:on|of|dated)\s+(?:the\s+)?(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day\s+)?$/i;

/**
 * The date a reference is given with: "Question 17009 on 6 December 2024"
 * (after), else "the answer I gave on 3 December 2025 to Question 95752"
 * (before, with nothing but words between, no other reference, and no
 * sentence end). A list of dates before a list of references pairs up in order.
 */
function dateFor(text: string, ref: Found, all: Found[], dateGroups: TextDate[][]): string | null {
  const members = all.filter((f) => f.group === ref.group);
  const groupEnd = Math.max(...members.map((f) => f.end));
  const groupStart = Math.min(...members.map((f) => f.start));
  for (const [first] of dateGroups) {
    if (!first || first.start < groupEnd || first.start - groupEnd > 40) continue;
    if (AFTER_DATE.test(text.slice(groupEnd, first.start))) return isoDate(first);
  }
  for (const dates of [...dateGroups].reverse()) {
    const first = dates[0];
    const last = dates[dates.length - 1];
    if (!first || !last || last.end > groupStart) continue;
    const between = text.slice(last.end, groupStart);
    if (between.length > 90 || /[.;?!]\s|\n/.test(between)) return null;
    if (all.some((f) => f.group !== ref.group && f.start >= last.end && f.start < groupStart)) return null;
    if (!BEFORE_DATE.test(text.slice(Math.max(0, first.start - 30), first.start))) return null;
    const paired = dates.length === ref.groupSize && ref.groupSize > 1 ? dates[ref.indexInGroup] : undefined;
    return isoDate(paired ?? last);
  }
  return null;
}
