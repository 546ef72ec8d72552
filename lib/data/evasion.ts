import { NON_ANSWER_KINDS, type NonAnswerKind } from "@/lib/analysis/types";
import { db } from "@/lib/db";
import { monthKindCountsSqlite, monthTotalsSqlite } from "@/lib/data/evasion-sqlite";
import { isNonAnswerKind } from "@/lib/domain/non-answer-labels";

export type KindCounts = Record<NonAnswerKind, number>;

export type EvasionMonth = {
  /** "YYYY-MM", by the answer's date (UTC). */
  month: string;
  /** Answers to the department's questions that month. */
  answers: number;
  /** How many of them contain at least one non-answer. */
  answersWithNonAnswer: number;
  /** Answers with at least one non-answer of each kind (an answer may count under several kinds). */
  byKind: KindCounts;
};

export type EvasionProfile = {
  answeringBodyId: number;
  /** The latest months that have answers, newest first (months with none are skipped). */
  months: EvasionMonth[];
  totals: { answers: number; answersWithNonAnswer: number; byKind: KindCounts };
};

export const DEFAULT_EVASION_MONTHS = 24;
const MAX_EVASION_MONTHS = 120;

const zeroKinds = (): KindCounts => Object.fromEntries(NON_ANSWER_KINDS.map((k) => [k, 0])) as KindCounts;

/**
 * How a department's answers decline, month by month: counted in the database
 * (lib/data/evasion-sqlite.ts), never by loading the answers. Kinds this build
 * does not know are left out of the per-kind counts but still make an answer
 * one "with a non-answer".
 */
export async function getEvasionProfile(opts: { answeringBodyId: number; months?: number }): Promise<EvasionProfile> {
  const limit = Math.min(Math.max(Math.floor(opts.months ?? DEFAULT_EVASION_MONTHS), 1), MAX_EVASION_MONTHS);
  const totalsRows = await monthTotalsSqlite(db, { answeringBodyId: opts.answeringBodyId, limit });
  const oldest = totalsRows.at(-1)?.month;
  const kindRows = oldest ? await monthKindCountsSqlite(db, { answeringBodyId: opts.answeringBodyId, fromMonth: oldest }) : [];

  const months: EvasionMonth[] = totalsRows.map((r) => ({ month: r.month, answers: r.answers, answersWithNonAnswer: r.withNonAnswer, byKind: zeroKinds() }));
  const byMonth = new Map(months.map((m) => [m.month, m]));
  for (const r of kindRows) {
    const m = byMonth.get(r.month);
    if (m && isNonAnswerKind(r.kind)) m.byKind[r.kind] = r.answers;
  }
  const totals = { answers: 0, answersWithNonAnswer: 0, byKind: zeroKinds() };
  for (const m of months) {
    totals.answers += m.answers;
    totals.answersWithNonAnswer += m.answersWithNonAnswer;
    for (const k of NON_ANSWER_KINDS) totals.byKind[k] += m.byKind[k];
  }
  return { answeringBodyId: opts.answeringBodyId, months, totals };
}
