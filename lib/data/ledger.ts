import type { FigureStatus } from "@/lib/generated/prisma/enums";
import type { NonAnswerKind } from "@/lib/analysis/types";
import { db } from "@/lib/db";
import { toDay } from "@/lib/dates";
import { bodyRef, questionRef, questionRefSelect, type BodyRef, type QuestionRef } from "@/lib/data/dto";
import { listLedgerIdsSqlite } from "@/lib/data/ledger-sqlite";
import { OPEN_FIGURE_STATUSES, openPeriod, type LedgerSort, type LedgerStatusFilter, type OpenPeriod } from "@/lib/domain/figure-ledger";

export type { LedgerSort, LedgerStatusFilter } from "@/lib/domain/figure-ledger";
export { getFigureChain, type FigureChain } from "@/lib/data/figure-chain";

export const DEFAULT_LEDGER_PAGE_SIZE = 50;
export const MAX_LEDGER_PAGE_SIZE = 100;

export type ListLedgerOptions = {
  /** "OPEN" (the default) = unresolved or declined; "ALL" = every status. */
  status?: LedgerStatusFilter;
  answeringBodyId?: number;
  /** The member who asked for the figure (or asked a question its source answer answered). */
  memberId?: number;
  nonAnswerKind?: NonAnswerKind;
  /** "longest" (the default): longest open first. */
  sort?: LedgerSort;
  page?: number;
  pageSize?: number;
  /** The day "open N days" counts to; for tests. */
  today?: Date;
};

export type LedgerItem = {
  id: number;
  measure: string;
  value: number | null;
  valueText: string | null;
  unit: string | null;
  approximate: boolean;
  status: FigureStatus;
  nonAnswerKind: string | null;
  quote: string | null;
  sourceTitle: string | null;
  sourceUrl: string | null;
  answeringBody: BodyRef | null;
  askingMember: { id: number; name: string } | null;
  /** The question that asked for it, else the first its source answer answered. */
  question: QuestionRef | null;
  /** The source answer's date, or when the figure was recorded if it has none. */
  openedOn: string;
  resolvedOn: string | null;
  openPeriod: OpenPeriod;
};

export type LedgerPage = { total: number; page: number; pageSize: number; pageCount: number; items: LedgerItem[] };

const askedQuestionSelect = { ...questionRefSelect, askingMember: { select: { id: true, name: true } } } as const;

function statusesOf(status: LedgerStatusFilter): FigureStatus[] | null {
  if (status === "ALL") return null;
  if (status === "OPEN") return [...OPEN_FIGURE_STATUSES];
  return [status];
}

/**
 * The figures ledger: accepted figures, by default the open ones, longest open
 * first, offset-paged. The order is computed in SQL (lib/data/ledger-sqlite.ts);
 * the page's rows are then read with Prisma.
 */
export async function listLedger(opts: ListLedgerOptions = {}): Promise<LedgerPage> {
  const pageSize = Math.min(Math.max(Math.floor(opts.pageSize ?? DEFAULT_LEDGER_PAGE_SIZE), 1), MAX_LEDGER_PAGE_SIZE);
  const page = Math.max(Math.floor(opts.page ?? 1), 1);
  const today = opts.today ?? new Date();
  const { ids, total } = await listLedgerIdsSqlite(db, {
    statuses: statusesOf(opts.status ?? "OPEN"),
    answeringBodyId: opts.answeringBodyId,
    memberId: opts.memberId,
    nonAnswerKind: opts.nonAnswerKind,
    sort: opts.sort ?? "longest",
    limit: pageSize,
    offset: (page - 1) * pageSize,
    today,
  });
  const rows = ids.length
    ? await db.figure.findMany({
        where: { id: { in: ids } },
        select: {
          id: true,
          measure: true,
          value: true,
          valueText: true,
          unit: true,
          approximate: true,
          status: true,
          nonAnswerKind: true,
          quote: true,
          sourceTitle: true,
          sourceUrl: true,
          createdAt: true,
          resolvedAt: true,
          answeringBody: { select: { id: true, name: true } },
          askedInQuestion: { select: askedQuestionSelect },
          sourceAnswer: {
            select: { dateAnswered: true, questions: { orderBy: { questionId: "asc" }, take: 1, select: { question: { select: askedQuestionSelect } } } },
          },
        },
      })
    : [];
  const byId = new Map(rows.map((r) => [r.id, r]));
  const items = ids.flatMap((id): LedgerItem[] => {
    const f = byId.get(id);
    if (!f) return [];
    const q = f.askedInQuestion ?? f.sourceAnswer?.questions[0]?.question ?? null;
    const openedOn = f.sourceAnswer?.dateAnswered ?? f.createdAt;
    return [
      {
        id: f.id,
        measure: f.measure,
        value: f.value,
        valueText: f.valueText,
        unit: f.unit,
        approximate: f.approximate,
        status: f.status,
        nonAnswerKind: f.nonAnswerKind,
        quote: f.quote,
        sourceTitle: f.sourceTitle,
        sourceUrl: f.sourceUrl,
        answeringBody: f.answeringBody ? bodyRef(f.answeringBody) : null,
        askingMember: q?.askingMember ?? null,
        question: q ? questionRef(q) : null,
        openedOn: toDay(openedOn),
        resolvedOn: f.resolvedAt ? toDay(f.resolvedAt) : null,
        openPeriod: openPeriod({ status: f.status, openedOn, resolvedAt: f.resolvedAt }, today),
      },
    ];
  });
  return { total, page, pageSize, pageCount: Math.max(Math.ceil(total / pageSize), 1), items };
}

/**
 * Choices for the ledger's filters: the departments and asking members that have
 * accepted figures, plus any already selected (so a filter never silently drops
 * out of its own list).
 */
export async function listLedgerFilterOptions(opts: { answeringBodyId?: number; memberId?: number } = {}) {
  const accepted = { some: { reviewState: "ACCEPTED" as const } };
  const [departments, members] = await Promise.all([
    db.answeringBody.findMany({
      where: { OR: [{ figures: accepted }, ...(opts.answeringBodyId ? [{ id: opts.answeringBodyId }] : [])] },
      select: { id: true, name: true },
      orderBy: { name: "asc" },
    }),
    db.member.findMany({
      where: {
        OR: [
          { questionsAsked: { some: { OR: [{ figuresAsked: accepted }, { answers: { some: { answer: { figuresSourced: accepted } } } }] } } },
          ...(opts.memberId ? [{ id: opts.memberId }] : []),
        ],
      },
      select: { id: true, name: true },
      orderBy: [{ sortName: "asc" }, { name: "asc" }],
    }),
  ]);
  return { departments, members };
}
