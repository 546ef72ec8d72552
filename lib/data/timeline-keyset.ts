import type { QuestionStatus } from "@/lib/generated/prisma/enums";
import type { Prisma } from "@/lib/generated/prisma/client";
import { startOfDayUtc } from "@/lib/dates";
import { questionWhere } from "@/lib/data/questions";
import { TIMELINE_KIND_RANK, type TimelineCursor, type TimelineEventKind, type TimelineOrder } from "@/lib/domain/timeline";

/**
 * Which rows a timeline source may return: the questions in scope, the date
 * filter, and the keyset condition after the cursor. Event dates are compared as
 * whole UTC days (they are stored as UTC midnight, see lib/dates.ts).
 */

export type TimelineScope = { kind: "member" | "department"; id: number };
export type TimelineFilters = { answeringBodyId?: number; status?: QuestionStatus | "OVERDUE"; from?: Date; to?: Date };

export type SourceArgs = {
  /** Which questions are in scope: the scope plus department and status filters. */
  questions: Prisma.QuestionWhereInput;
  from?: Date;
  to?: Date;
  cursor: TimelineCursor | null;
  order: TimelineOrder;
  take: number;
};

const DAY_MS = 86_400_000;
const nextDay = (d: Date) => new Date(startOfDayUtc(d).getTime() + DAY_MS);

export function scopeQuestionWhere(scope: TimelineScope, filters: TimelineFilters = {}, today = new Date()): Prisma.QuestionWhereInput {
  const base: Prisma.QuestionWhereInput = scope.kind === "member" ? { askingMemberId: scope.id } : { answeringBodyId: scope.id };
  const rest = questionWhere({ answeringBodyId: filters.answeringBodyId, status: filters.status }, today);
  return { AND: [base, rest] };
}

/** The from/to filter on an event date, as a Prisma date filter (to is inclusive). */
export function dayRange(from?: Date, to?: Date): Prisma.DateTimeFilter | undefined {
  if (!from && !to) return undefined;
  return { gte: from ? startOfDayUtc(from) : undefined, lt: to ? nextDay(to) : undefined };
}

/**
 * Conditions (to AND together) that keep a source's rows strictly after the
 * cursor, for a source whose events all have one kind rank. `onDate`/`onId`
 * wrap a filter on wherever the source keeps its event date and its id.
 */
export function keyset<W extends object>(args: SourceArgs, kind: TimelineEventKind, onDate: (f: Prisma.DateTimeFilter) => W, onId: (f: Prisma.IntFilter) => W): W[] {
  const out: W[] = [];
  const range = dayRange(args.from, args.to);
  if (range) out.push(onDate(range));
  const c = args.cursor;
  if (!c) return out;
  const day = new Date(`${c.date}T00:00:00.000Z`);
  const after = nextDay(day);
  const rank = TIMELINE_KIND_RANK[kind];
  if (args.order === "asc") {
    if (rank > c.rank) out.push(onDate({ gte: day }));
    else if (rank < c.rank) out.push(onDate({ gte: after }));
    else out.push(onDate({ gte: day }), { OR: [onDate({ gte: after }), onId({ gt: c.id })] } as W);
  } else {
    if (rank < c.rank) out.push(onDate({ lt: after }));
    else if (rank > c.rank) out.push(onDate({ lt: day }));
    else out.push(onDate({ lt: after }), { OR: [onDate({ lt: day }), onId({ lt: c.id })] } as W);
  }
  return out;
}
