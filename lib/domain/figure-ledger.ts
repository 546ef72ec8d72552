import type { FigureStatus } from "@/lib/generated/prisma/enums";
import { startOfDayUtc } from "@/lib/dates";

/** A figure is "open" while an answer has left it unresolved or declined it. */
export const OPEN_FIGURE_STATUSES = ["UNRESOLVED", "DECLINED"] as const satisfies readonly FigureStatus[];

export function isOpenFigureStatus(status: FigureStatus): boolean {
  return (OPEN_FIGURE_STATUSES as readonly FigureStatus[]).includes(status);
}

const DAY_MS = 86_400_000;

/** Whole calendar days (UTC) from one date to another; never negative. */
export function daysBetween(from: Date, to: Date): number {
  const days = Math.round((startOfDayUtc(to).getTime() - startOfDayUtc(from).getTime()) / DAY_MS);
  return Math.max(days, 0);
}

export type OpenPeriod = {
  /** Null for a figure that was never open (stated, or reported by an outside source). */
  days: number | null;
  /** True once resolved: `days` is then how long it had been open. */
  closed: boolean;
};

/**
 * How long a figure has been (or was) open. It opens on the date of the answer
 * that declined or left it — or, with no such answer, when it was recorded — and
 * stays open until the answer that resolved it.
 */
export function openPeriod(f: { status: FigureStatus; openedOn: Date; resolvedAt: Date | null }, today: Date = new Date()): OpenPeriod {
  if (isOpenFigureStatus(f.status)) return { days: daysBetween(f.openedOn, today), closed: false };
  if (f.status === "RESOLVED" && f.resolvedAt) return { days: daysBetween(f.openedOn, f.resolvedAt), closed: true };
  return { days: null, closed: false };
}

const plural = (n: number, one: string, many: string) => `${n.toLocaleString("en-GB")} ${n === 1 ? one : many}`;

/** "open 357 days", "open since today", "was open 12 days", or null. */
export function openPeriodLabel(p: OpenPeriod): string | null {
  if (p.days === null) return null;
  if (p.closed) return p.days === 0 ? "resolved the same day" : `was open ${plural(p.days, "day", "days")}`;
  return p.days === 0 ? "open since today" : `open ${plural(p.days, "day", "days")}`;
}

export type LedgerStatusFilter = "OPEN" | "ALL" | FigureStatus;

const COUNT_NOUNS: Record<LedgerStatusFilter, [string, string]> = {
  OPEN: ["open figure", "open figures"],
  ALL: ["figure", "figures"],
  UNRESOLVED: ["unresolved figure", "unresolved figures"],
  DECLINED: ["declined figure", "declined figures"],
  RESOLVED: ["resolved figure", "resolved figures"],
  STATED: ["stated figure", "stated figures"],
  REPORTED_UNCONFIRMED: ["reported, unconfirmed figure", "reported, unconfirmed figures"],
};

/** "3 open figures", "1 resolved figure". */
export function ledgerCountLabel(status: LedgerStatusFilter, n: number): string {
  const [one, many] = COUNT_NOUNS[status];
  return plural(n, one, many);
}

export type QuoteInContext = {
  before: string;
  match: string;
  after: string;
  /** Offsets of the match in the text. */
  start: number;
  end: number;
  clippedStart: boolean;
  clippedEnd: boolean;
};

function findQuote(text: string, quote: string): { start: number; end: number } | null {
  const words = quote.trim().split(/\s+/).filter(Boolean);
  if (words.length === 0) return null;
  // Quotes are copied by hand or cut from differently wrapped text: any run of whitespace matches any other.
  const pattern = words.map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")).join("\\s+");
  const m = new RegExp(pattern).exec(text) ?? new RegExp(pattern, "i").exec(text);
  return m ? { start: m.index, end: m.index + m[0].length } : null;
}

/**
 * The quote as it stands in the answer: the paragraph around it, cut to about
 * `radius` characters either side at a word boundary. Null when the quote is not
 * in the text (it was then taken from elsewhere and is shown on its own).
 */
export function quoteInContext(text: string, quote: string, radius = 300): QuoteInContext | null {
  const found = findQuote(text, quote);
  if (!found) return null;
  const { start, end } = found;
  const paraStart = text.lastIndexOf("\n", start - 1) + 1;
  const nextBreak = text.indexOf("\n", end);
  const paraEnd = nextBreak === -1 ? text.length : nextBreak;

  let from = Math.max(paraStart, start - radius);
  if (from > paraStart) {
    const space = text.indexOf(" ", from);
    from = space === -1 || space >= start ? start : space + 1;
  }
  let to = Math.min(paraEnd, end + radius);
  if (to < paraEnd) {
    const space = text.lastIndexOf(" ", to);
    to = space <= end ? end : space;
  }
  return {
    before: text.slice(from, start),
    match: text.slice(start, end),
    after: text.slice(end, to),
    start,
    end,
    clippedStart: from > 0,
    clippedEnd: to < text.length,
  };
}

export const LEDGER_SORT_VALUES = ["longest", "newest", "department"] as const;
export type LedgerSort = (typeof LEDGER_SORT_VALUES)[number];

/**
 * Analysis keeps the number as written ("£1.2 million", "23%") and the unit
 * apart ("£", "%"): drop the unit when the text already carries it, so that a
 * label is not "££1.2 million".
 */
export function withoutRepeatedUnit<T extends { valueText: string | null; unit: string | null }>(f: T): T {
  if (!f.unit || !f.valueText || !f.valueText.toLowerCase().includes(f.unit.toLowerCase())) return f;
  return { ...f, unit: null };
}
