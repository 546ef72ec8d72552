import type { QuestionStatus } from "@/lib/generated/prisma/enums";

/**
 * What a timeline covers: a member's or a department's questions, narrowed by
 * department, status and a range of event days. The keyset conditions after a
 * cursor are SQL, in lib/data/timeline-sqlite.ts; isInScope picks, when a page
 * is loaded, which of an answer's questions to show.
 */

export type TimelineScope = { kind: "member" | "department"; id: number };
export type TimelineFilters = { answeringBodyId?: number; status?: QuestionStatus | "OVERDUE"; from?: Date; to?: Date };

/**
 * Whether a loaded question is in a timeline's scope (as questionWhere in
 * lib/data/questions.ts would select it): which of an answer's questions a page
 * shows. Checked here rather than in the query, where SQLite would walk the
 * whole scope to find a handful of links.
 */
export function isInScope(
  q: { askingMemberId: number; answeringBodyId: number; status: QuestionStatus; dateForAnswer: Date | null },
  scope: TimelineScope,
  filters: TimelineFilters = {},
  today = new Date(),
): boolean {
  if ((scope.kind === "member" ? q.askingMemberId : q.answeringBodyId) !== scope.id) return false;
  if (filters.answeringBodyId !== undefined && q.answeringBodyId !== filters.answeringBodyId) return false;
  if (filters.status === "OVERDUE") {
    const startOfToday = Date.UTC(today.getUTCFullYear(), today.getUTCMonth(), today.getUTCDate());
    return (q.status === "TABLED" || q.status === "HOLDING") && q.dateForAnswer !== null && q.dateForAnswer.getTime() < startOfToday;
  }
  return !filters.status || q.status === filters.status;
}
