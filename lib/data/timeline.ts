import { db } from "@/lib/db";
import { DomainValidationError, NotFoundError } from "@/lib/data/errors";
import { loadEvents } from "@/lib/data/timeline-sources";
import { answerKeys, followUpKeys, questionKeys, timelineCounts, type EventKey, type KeyQuery } from "@/lib/data/timeline-sqlite";
import { isInScope, type TimelineFilters, type TimelineScope } from "@/lib/data/timeline-keyset";
import { compareEventsAsc, cursorOf, decodeCursor, type TimelineOrder, type TimelinePage } from "@/lib/domain/timeline";

export type { TimelineFilters, TimelineScope } from "@/lib/data/timeline-keyset";

export const DEFAULT_TIMELINE_LIMIT = 50;
export const MAX_TIMELINE_LIMIT = 100;

export type ListTimelineOptions = {
  scope: TimelineScope;
  filters?: TimelineFilters;
  cursor?: string | null;
  limit?: number;
  order?: TimelineOrder;
};

async function assertScopeExists(scope: TimelineScope): Promise<void> {
  const found =
    scope.kind === "member"
      ? await db.member.findUnique({ where: { id: scope.id }, select: { id: true } })
      : await db.answeringBody.findUnique({ where: { id: scope.id }, select: { id: true } });
  if (!found) throw new NotFoundError(scope.kind === "member" ? "Member" : "Department", scope.id);
}

/**
 * One page of a member's or a department's timeline, keyset-paged. Which events
 * make the page is decided on keys alone (kind, day, id), by statements that
 * walk indexes from the cursor (lib/data/timeline-sqlite.ts); only the page's
 * events are then loaded. A page costs about the same however deep it is.
 */
export async function listTimeline(opts: ListTimelineOptions): Promise<TimelinePage> {
  const cursor = opts.cursor ? decodeCursor(opts.cursor) : null;
  if (opts.cursor && !cursor) throw new DomainValidationError({ cursor: ["This cursor is not valid; start again from the first page."] });
  await assertScopeExists(opts.scope);

  const limit = Math.min(Math.max(Math.floor(opts.limit ?? DEFAULT_TIMELINE_LIMIT), 1), MAX_TIMELINE_LIMIT);
  const filters = opts.filters ?? {};
  const order = opts.order ?? "desc";
  const q: KeyQuery = { scope: opts.scope, filters, cursor, order, take: limit + 1 };
  const questions = await questionKeys(db, q);
  // limit + 1 questions after the cursor: the page ends at or before the last one's day.
  const bound = questions.length > limit ? questions[questions.length - 1]!.date : null;
  const [followUps, answers] = await Promise.all([followUpKeys(db, q, bound), answerKeys(db, q, bound)]);
  const page = pageOfKeys([questions, followUps, answers], limit, order);
  const today = new Date();
  const events = await loadEvents(db, page.keys, (x) => isInScope(x, opts.scope, filters, today));
  return { events, nextCursor: page.nextCursor };
}

/** The first `limit` keys in timeline order (mergeTimelines on keys), and the cursor after them when more remain. */
function pageOfKeys(sources: EventKey[][], limit: number, order: TimelineOrder): { keys: EventKey[]; nextCursor: string | null } {
  const seen = new Set<string>();
  const all = sources.flat().filter((k) => !seen.has(k.key) && seen.add(k.key));
  all.sort(order === "asc" ? compareEventsAsc : (a, b) => compareEventsAsc(b, a));
  const keys = all.slice(0, limit);
  const last = keys[keys.length - 1];
  return { keys, nextCursor: all.length > limit && last ? cursorOf(last) : null };
}

export type TimelineCounts = {
  questions: number;
  awaiting: number;
  holding: number;
  answered: number;
  corrected: number;
  withdrawn: number;
  overdue: number;
  followUps: number;
  /** Figures still open (unresolved or declined) that an answer in scope left. */
  figuresUnresolved: number;
  figuresResolved: number;
  /** Answers to questions in scope, each once however many questions it answers (by date answered). */
  answers: number;
  /** How many of those contain at least one non-answer found by analysis. */
  answersWithNonAnswer: number;
};

/**
 * The numbers above a timeline. Question counts are by the date tabled;
 * follow-ups by the date the follow-up was tabled; figures by the date of the
 * answer that left or resolved them — the dates the events carry. One
 * statement that reads only the scope's own index entries.
 */
export async function getTimelineCounts(opts: { scope: TimelineScope; filters?: TimelineFilters }): Promise<TimelineCounts> {
  await assertScopeExists(opts.scope);
  const c = await timelineCounts(db, opts.scope, opts.filters ?? {});
  const count = (status: string) => c.byStatus.get(status) ?? 0;
  return {
    questions: [...c.byStatus.values()].reduce((sum, n) => sum + n, 0),
    awaiting: count("TABLED"),
    holding: count("HOLDING"),
    answered: count("ANSWERED"),
    corrected: count("CORRECTED"),
    withdrawn: count("WITHDRAWN"),
    overdue: c.overdue,
    followUps: c.followUps,
    figuresUnresolved: c.figuresUnresolved,
    figuresResolved: c.figuresResolved,
    answers: c.answers,
    answersWithNonAnswer: c.answersWithNonAnswer,
  };
}
