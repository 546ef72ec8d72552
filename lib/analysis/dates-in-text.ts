import type { Span } from "./types";

/** A date written in prose: "3 December 2025", "3rd December", "Monday 23 October 2023". */
export type TextDate = Span & { day: number; month: number; year: number | null };

const MONTHS = ["january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december"];
const MONTH_ALT = "January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec";

// "3 December 2025", "3rd of December", "December 3, 2025".
const DATE_RE = new RegExp(
  `\\b(\\d{1,2})(?:st|nd|rd|th)?(?:\\s+of)?\\s+(${MONTH_ALT})\\.?(?:,?\\s+(\\d{4}))?\\b|\\b(${MONTH_ALT})\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+(\\d{4})\\b`,
  "gi",
);

function monthIndex(name: string): number {
  const lower = name.toLowerCase().slice(0, 3);
  return MONTHS.findIndex((m) => m.startsWith(lower)) + 1;
}

/** Every prose date in the text, in order. */
export function findDates(text: string): TextDate[] {
  const out: TextDate[] = [];
  DATE_RE.lastIndex = 0;
  for (let m = DATE_RE.exec(text); m; m = DATE_RE.exec(text)) {
    const day = Number(m[1] ?? m[5]);
    const month = monthIndex(m[2] ?? m[4] ?? "");
    const yearText = m[3] ?? m[6];
    const year = yearText ? Number(yearText) : null;
    if (day < 1 || day > 31 || month < 1) continue;
    out.push({ start: m.index, end: m.index + m[0].length, day, month, year });
  }
  return out;
}

/** "YYYY-MM-DD", or null when the year is not known or the date does not exist. */
export function isoDate(d: Pick<TextDate, "day" | "month" | "year">): string | null {
  if (d.year === null || d.year < 1900 || d.year > 2100) return null;
  const date = new Date(Date.UTC(d.year, d.month - 1, d.day));
  if (date.getUTCDate() !== d.day) return null;
  return date.toISOString().slice(0, 10);
}

/**
 * Dates written as one list ("on 20 October, 23 October and 5 November 2025"):
 * a trailing year applies to earlier dates without one.
 */
export function groupDateLists(text: string, dates: TextDate[]): TextDate[][] {
  const groups: TextDate[][] = [];
  for (const d of dates) {
    const last = groups.at(-1);
    const prev = last?.at(-1);
    if (last && prev && /^\s*(?:,\s*(?:and\s+)?|and\s+|&\s+)(?:on\s+)?$/i.test(text.slice(prev.end, d.start))) last.push(d);
    else groups.push([d]);
  }
  return groups.map((group) => {
    let year: number | null = null;
    return group
      .reverse()
      .map((d) => {
        if (d.year !== null) year = d.year;
        return d.year === null && year !== null ? { ...d, year } : d;
      })
      .reverse();
  });
}
