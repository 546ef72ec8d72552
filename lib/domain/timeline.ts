import type { AnswerKind, FigureStatus, FollowUpKind } from "@/lib/generated/prisma/enums";
import type { BodyRef, QuestionRef } from "@/lib/data/dto";

/**
 * A timeline: every event touching one member's or one department's questions,
 * in date order. Pure types and ordering rules; lib/data/timeline.ts loads them.
 */

/** Also the tie-break within a day: in oldest-first order a question is tabled before it is answered. */
export const TIMELINE_KIND_RANK = {
  QUESTION_TABLED: 0,
  FOLLOW_UP_TABLED: 1,
  HOLDING_ANSWER: 2,
  ANSWER_RECEIVED: 3,
  ANSWER_CORRECTED: 4,
  FIGURE_LEFT_UNRESOLVED: 5,
  FIGURE_RESOLVED: 6,
} as const;

export type TimelineEventKind = keyof typeof TIMELINE_KIND_RANK;
export type TimelineOrder = "asc" | "desc";

export const TIMELINE_KIND_LABELS: Record<TimelineEventKind, string> = {
  QUESTION_TABLED: "Question tabled",
  FOLLOW_UP_TABLED: "Follow-up tabled",
  HOLDING_ANSWER: "Holding answer",
  ANSWER_RECEIVED: "Answer received",
  ANSWER_CORRECTED: "Answer corrected",
  FIGURE_LEFT_UNRESOLVED: "Figure left unresolved",
  FIGURE_RESOLVED: "Figure resolved",
};

export const ANSWER_EVENT_KIND: Record<AnswerKind, "HOLDING_ANSWER" | "ANSWER_RECEIVED" | "ANSWER_CORRECTED"> = {
  HOLDING: "HOLDING_ANSWER",
  SUBSTANTIVE: "ANSWER_RECEIVED",
  CORRECTION: "ANSWER_CORRECTED",
};

/** A question as a timeline shows it: who asked, which department, where it stands. */
export type TimelineQuestion = QuestionRef & { askingMember: { id: number; name: string }; answeringBody: BodyRef };

export type TimelineAnswer = {
  id: number;
  kind: AnswerKind;
  dateIsApproximate: boolean;
  answeringMember: { id: number; name: string } | null;
  correctsAnswerId: number | null;
  excerpt: string;
};

export type TimelineFigure = {
  id: number;
  measure: string;
  value: number | null;
  valueText: string | null;
  unit: string | null;
  status: FigureStatus;
};

type EventBase<K extends TimelineEventKind> = {
  kind: K;
  /** Calendar day, "YYYY-MM-DD". */
  date: string;
  /** The record behind the event (question, answer, follow-up or figure id): the last key of the order. */
  id: number;
  /** Unique within a timeline, stable across requests: `${kind}:${id}`. */
  key: string;
};

export type QuestionTabledEvent = EventBase<"QUESTION_TABLED"> & { question: TimelineQuestion };

export type AnswerEvent = EventBase<"HOLDING_ANSWER" | "ANSWER_RECEIVED" | "ANSWER_CORRECTED"> & {
  answer: TimelineAnswer;
  /** The questions in scope this answer answers (a grouped answer is one event); never empty. */
  questions: TimelineQuestion[];
};

export type FollowUpTabledEvent = EventBase<"FOLLOW_UP_TABLED"> & {
  followUp: { id: number; kind: FollowUpKind; note: string | null; figureId: number | null };
  /** The later question, the one tabled that day. */
  question: TimelineQuestion;
  /** What it follows up: an earlier question, or an earlier answer and the questions it answered. */
  from: { viaAnswerId: number | null; questions: QuestionRef[] };
};

export type FigureEvent = EventBase<"FIGURE_LEFT_UNRESOLVED" | "FIGURE_RESOLVED"> & {
  figure: TimelineFigure;
  /** The answer that left the figure open, or the one that resolved it. */
  answer: { id: number; dateIsApproximate: boolean };
  /** The question the figure belongs to, for the link. */
  question: TimelineQuestion;
};

export type TimelineEvent = QuestionTabledEvent | AnswerEvent | FollowUpTabledEvent | FigureEvent;

export type TimelinePage = { events: TimelineEvent[]; nextCursor: string | null };

export function eventKey(kind: TimelineEventKind, id: number): string {
  return `${kind}:${id}`;
}

/** Oldest-first comparison; newest-first is its exact reverse, so both orders page the same set. */
export function compareEventsAsc(
  a: { date: string; kind: TimelineEventKind; id: number },
  b: { date: string; kind: TimelineEventKind; id: number },
): number {
  if (a.date !== b.date) return a.date < b.date ? -1 : 1;
  return TIMELINE_KIND_RANK[a.kind] - TIMELINE_KIND_RANK[b.kind] || a.id - b.id;
}

// ---------------------------------------------------------------------------
// Cursors: the position of the last event shown, as (date, kind rank, id).

export type TimelineCursor = { date: string; rank: number; id: number };

const CURSOR_DAY = /^\d{4}-\d{2}-\d{2}$/;
const MAX_RANK = Math.max(...Object.values(TIMELINE_KIND_RANK));

function isValidDay(day: string): boolean {
  if (!CURSOR_DAY.test(day)) return false;
  const d = new Date(`${day}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === day;
}

// btoa/atob rather than Buffer: the same module runs in the browser.
function toBase64Url(text: string): string {
  return btoa(text).replace(/\+/g, "-").replace(/\//g, "_").replace(/=+$/, "");
}

function fromBase64Url(value: string): string | null {
  if (!/^[A-Za-z0-9_-]+$/.test(value)) return null;
  try {
    return atob(value.replace(/-/g, "+").replace(/_/g, "/"));
  } catch {
    return null;
  }
}

export function encodeCursor(c: TimelineCursor): string {
  return toBase64Url(`${c.date}.${c.rank}.${c.id}`);
}

export function cursorOf(event: { date: string; kind: TimelineEventKind; id: number }): string {
  return encodeCursor({ date: event.date, rank: TIMELINE_KIND_RANK[event.kind], id: event.id });
}

/** Null for anything this module did not produce (the API answers 400). */
export function decodeCursor(value: string | null | undefined): TimelineCursor | null {
  if (!value || value.length > 64) return null;
  const text = fromBase64Url(value);
  if (!text) return null;
  const m = /^(\d{4}-\d{2}-\d{2})\.(\d)\.([1-9]\d{0,15})$/.exec(text);
  if (!m) return null;
  const cursor = { date: m[1]!, rank: Number(m[2]), id: Number(m[3]) };
  if (!isValidDay(cursor.date) || cursor.rank > MAX_RANK || !Number.isSafeInteger(cursor.id)) return null;
  // One spelling per position, so a cursor can be compared or cached as a string.
  return encodeCursor(cursor) === value ? cursor : null;
}

/** Whether an event lies strictly after the cursor in the given order. */
export function isAfterCursor(event: { date: string; kind: TimelineEventKind; id: number }, cursor: TimelineCursor, order: TimelineOrder): boolean {
  const c = event.date !== cursor.date ? (event.date < cursor.date ? -1 : 1) : TIMELINE_KIND_RANK[event.kind] - cursor.rank || event.id - cursor.id;
  return order === "asc" ? c > 0 : c < 0;
}

/**
 * One page from per-source lists, each holding (at most limit + 1 of) the
 * events after the cursor in that source. Sorting is by (date, kind rank, id);
 * duplicates by key are dropped. nextCursor is set when any event is left over.
 */
export function mergeTimelines(sources: TimelineEvent[][], opts: { limit: number; order?: TimelineOrder }): TimelinePage {
  const order = opts.order ?? "desc";
  const limit = Math.max(1, Math.floor(opts.limit));
  const seen = new Set<string>();
  const all: TimelineEvent[] = [];
  for (const source of sources) {
    for (const e of source) {
      if (seen.has(e.key)) continue;
      seen.add(e.key);
      all.push(e);
    }
  }
  all.sort(order === "asc" ? compareEventsAsc : (a, b) => compareEventsAsc(b, a));
  const events = all.slice(0, limit);
  const last = events[events.length - 1];
  return { events, nextCursor: all.length > limit && last ? cursorOf(last) : null };
}

/** A plain-text excerpt cut at a word boundary. */
export function excerptOf(text: string, max = 240): string {
  const flat = text.replace(/\s+/g, " ").trim();
  if (flat.length <= max) return flat;
  const cut = flat.slice(0, max);
  return `${cut.slice(0, Math.max(cut.lastIndexOf(" "), max - 20)).trimEnd()}…`;
}
