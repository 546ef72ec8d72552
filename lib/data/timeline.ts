import { db } from "@/lib/db";
import { DomainValidationError, NotFoundError } from "@/lib/data/errors";
import { questionWhere } from "@/lib/data/questions";
import {
  LEFT_OPEN_STATUSES,
  answerEvents,
  answersInScope,
  figureLeftOpenEvents,
  figureResolvedEvents,
  followUpEvents,
  questionTabledEvents,
  resolvedInScope,
} from "@/lib/data/timeline-sources";
import { dayRange, scopeQuestionWhere, type SourceArgs, type TimelineFilters, type TimelineScope } from "@/lib/data/timeline-keyset";
import { decodeCursor, mergeTimelines, type TimelineOrder, type TimelinePage } from "@/lib/domain/timeline";

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
 * One page of a member's or a department's timeline, keyset-paged: every source
 * fetches at most limit + 1 events after the cursor, so a page costs the same
 * however deep into the timeline it is.
 */
export async function listTimeline(opts: ListTimelineOptions): Promise<TimelinePage> {
  const cursor = opts.cursor ? decodeCursor(opts.cursor) : null;
  if (opts.cursor && !cursor) throw new DomainValidationError({ cursor: ["This cursor is not valid; start again from the first page."] });
  await assertScopeExists(opts.scope);

  const limit = Math.min(Math.max(Math.floor(opts.limit ?? DEFAULT_TIMELINE_LIMIT), 1), MAX_TIMELINE_LIMIT);
  const filters = opts.filters ?? {};
  const args: SourceArgs = {
    questions: scopeQuestionWhere(opts.scope, filters),
    from: filters.from,
    to: filters.to,
    cursor,
    order: opts.order ?? "desc",
    take: limit + 1,
  };
  const sources = await Promise.all([
    questionTabledEvents(args),
    followUpEvents(args),
    answerEvents(args, "HOLDING"),
    answerEvents(args, "SUBSTANTIVE"),
    answerEvents(args, "CORRECTION"),
    figureLeftOpenEvents(args),
    figureResolvedEvents(args),
  ]);
  return mergeTimelines(sources, { limit, order: args.order });
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
 * The numbers above a timeline, by count queries. Question counts are by the
 * date tabled; follow-ups by the date the follow-up was tabled; figures by the
 * date of the answer that left or resolved them — the dates the events carry.
 */
export async function getTimelineCounts(opts: { scope: TimelineScope; filters?: TimelineFilters }): Promise<TimelineCounts> {
  await assertScopeExists(opts.scope);
  const filters = opts.filters ?? {};
  const inScope = scopeQuestionWhere(opts.scope, filters);
  const range = dayRange(filters.from, filters.to);
  const questions = range ? { AND: [inScope, { dateTabled: range }] } : inScope;
  const answers = { AND: [answersInScope(inScope), range ? { dateAnswered: range } : {}] };

  const [byStatus, overdue, followUps, figuresUnresolved, figuresResolved, answerCount, answersWithNonAnswer] = await Promise.all([
    db.question.groupBy({ by: ["status"], where: questions, _count: { _all: true } }),
    db.question.count({ where: { AND: [questions, questionWhere({ status: "OVERDUE" })] } }),
    db.followUp.count({ where: { toQuestion: { is: questions }, reviewState: "ACCEPTED" } }),
    db.figure.count({
      where: {
        status: { in: LEFT_OPEN_STATUSES.filter((s) => s !== "RESOLVED") },
        reviewState: "ACCEPTED",
        sourceAnswer: { is: { AND: [answersInScope(inScope), range ? { dateAnswered: range } : {}] } },
      },
    }),
    db.figure.count({ where: { AND: [resolvedInScope(inScope), { reviewState: "ACCEPTED" }, range ? { resolvedBy: { is: { dateAnswered: range } } } : {}] } }),
    db.answer.count({ where: answers }),
    db.answer.count({ where: { AND: [answers, { nonAnswers: { some: {} } }] } }),
  ]);
  const count = (status: string) => byStatus.find((g) => g.status === status)?._count._all ?? 0;
  return {
    questions: byStatus.reduce((sum, g) => sum + g._count._all, 0),
    awaiting: count("TABLED"),
    holding: count("HOLDING"),
    answered: count("ANSWERED"),
    corrected: count("CORRECTED"),
    withdrawn: count("WITHDRAWN"),
    overdue,
    followUps,
    figuresUnresolved,
    figuresResolved,
    answers: answerCount,
    answersWithNonAnswer,
  };
}
