import { db } from "@/lib/db";
import { toDay } from "@/lib/dates";
import { questionRef, questionRefSelect, type QuestionRef } from "@/lib/data/dto";

/** The figures an answer resolved most recently, newest resolution first (the "resolved" feed). */
export type ResolvedFigureItem = {
  id: number;
  measure: string;
  value: number | null;
  valueText: string | null;
  unit: string | null;
  resolvedAt: string;
  /** The exact moment, for ordering and the feed's <updated>. */
  resolvedAtTime: Date;
  answeringBody: { id: number; name: string } | null;
  askingMember: { id: number; name: string } | null;
  question: QuestionRef | null;
  resolvedByAnswerId: number | null;
};

const askedQuestionSelect = { ...questionRefSelect, askingMember: { select: { id: true, name: true } } } as const;

export async function listRecentlyResolvedFigures(opts: { limit?: number } = {}): Promise<ResolvedFigureItem[]> {
  const take = Math.min(Math.max(Math.floor(opts.limit ?? 50), 1), 200);
  const rows = await db.figure.findMany({
    where: { reviewState: "ACCEPTED", status: "RESOLVED", resolvedAt: { not: null } },
    orderBy: [{ resolvedAt: "desc" }, { id: "desc" }],
    take,
    select: {
      id: true,
      measure: true,
      value: true,
      valueText: true,
      unit: true,
      resolvedAt: true,
      resolvedByAnswerId: true,
      answeringBody: { select: { id: true, name: true } },
      askedInQuestion: { select: askedQuestionSelect },
      sourceAnswer: { select: { questions: { orderBy: { questionId: "asc" }, take: 1, select: { question: { select: askedQuestionSelect } } } } },
    },
  });
  return rows.map((f) => {
    const q = f.askedInQuestion ?? f.sourceAnswer?.questions[0]?.question ?? null;
    const resolvedAt = f.resolvedAt ?? new Date(0);
    return {
      id: f.id,
      measure: f.measure,
      value: f.value,
      valueText: f.valueText,
      unit: f.unit,
      resolvedAt: toDay(resolvedAt),
      resolvedAtTime: resolvedAt,
      answeringBody: f.answeringBody,
      askingMember: q?.askingMember ?? null,
      question: q ? questionRef(q) : null,
      resolvedByAnswerId: f.resolvedByAnswerId,
    };
  });
}
