import { db } from "@/lib/db";
import { DomainValidationError, NotFoundError } from "@/lib/data/errors";
import { loadEvents } from "@/lib/data/timeline-sources";
import { answerKeys, answerWindow, chooseAnswerStrategy, followUpKeys, questionKeys, timelineCounts, type EventKey, type KeyQuery } from "@/lib/data/timeline-sqlite";
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

  const limit = Math.min(Math.max(Math.floor(opts.limit ?? DEFAULT_TIMELINE_LIMIT), 1), MAX_TIMELINE_LIMIT);
  const filters = opts.filters ?? {};
  const order = opts.order ?? "desc";
  const q: KeyQuery = { scope: opts.scope, filters, cursor, order, take: limit + 1 };
  const questions = await questionKeys(db, q);
  // A question in scope proves the member or department exists; only an empty page needs to look.
  if (questions.length === 0) await assertScopeExists(opts.scope);
  const { bound, answers } = await boundAndAnswers(q, questions, limit);
  const followUps = await followUpKeys(db, q, bound);
  const page = pageOfKeys([questions, followUps, answers], limit, order);
  const today = new Date();
  const events = await loadEvents(db, page.keys, (x) => isInScope(x, opts.scope, filters, today));
  return { events, nextCursor: page.nextCursor };
}

/**
 * Where the page must end at the latest, and the answer-dated events up to there.
 * Any limit + 1 events after the cursor bound the page: it cannot reach past the
 * day of the last of them. limit + 1 questions always do; some 60% as many
 * questions usually do too, together with the answers given meanwhile, and
 * then the answers are looked for in that shorter window (most of a busy member's
 * page cost). When they do not, the full window is searched.
 */
async function boundAndAnswers(q: KeyQuery, questions: EventKey[], limit: number): Promise<{ bound: string | null; answers: EventKey[] }> {
  const full = questions.length > limit ? questions[questions.length - 1]!.date : null;
  const strategy = await chooseAnswerStrategy(db, q, answerWindow(q, full));
  // Sorting a sparse scope's answers costs the same whatever the window: only a walk gains from a shorter one.
  if (full && strategy === "walk") {
    // A little over half: a member gets somewhat fewer answers than questions (grouped, withdrawn, pending).
    const early = questions[Math.ceil((limit + 1) * 0.6) - 1]!.date;
    if (early !== full) {
      const answers = await answerKeys(db, q, early, "walk");
      const questionsInWindow = questions.filter((k) => (q.order === "desc" ? k.date >= early : k.date <= early)).length;
      if (questionsInWindow + answers.length > limit) return { bound: early, answers };
    }
  }
  return { bound: full, answers: await answerKeys(db, q, full, strategy) };
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
