import type { DbOrTx } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import { normaliseUin } from "@/lib/data/questions";
import type { ImportQuestion } from "@/lib/import/types";
import { STORED_ANSWER_SELECT } from "@/lib/import/upsert-answers";

const STORED_QUESTION = { answers: { select: { answer: { select: STORED_ANSWER_SELECT } } }, attachments: true } as const;
export type StoredQuestion = NonNullable<Awaited<ReturnType<typeof readQuestions>>>[number];
const readQuestions = (tx: DbOrTx, where: Prisma.QuestionWhereInput) => tx.question.findMany({ where, include: STORED_QUESTION });
const byId = (id: number) => `id:${id}`;
const byKey = (house: string, uin: string, dateTabled: Date) => `k:${house}:${uin}:${dateTabled.getTime()}`;

/**
 * Stored questions for a batch of records, read in one query instead of one or
 * two per record. A record's entries are consumed when it is upserted, so a
 * later record for the same question (a file may repeat one) reads it afresh.
 */
export type QuestionPrefetch = Map<string, StoredQuestion | null>;
export async function prefetchQuestions(tx: DbOrTx, records: readonly ImportQuestion[]): Promise<QuestionPrefetch> {
  const ids = records.flatMap((r) => (r.parliamentId != null ? [r.parliamentId] : []));
  const uins = [...new Set(records.map((r) => normaliseUin(r.uin)))];
  // In slices: Prisma allows SQLite 999 bound parameters per query.
  const rows: StoredQuestion[] = [];
  for (let i = 0; i < Math.max(ids.length, uins.length); i += 400) {
    rows.push(...(await readQuestions(tx, { OR: [{ parliamentId: { in: ids.slice(i, i + 400) } }, { uin: { in: uins.slice(i, i + 400) } }] })));
  }
  const found = new Map<string, StoredQuestion>();
  for (const q of rows) {
    if (q.parliamentId != null) found.set(byId(q.parliamentId), q);
    found.set(byKey(q.house, q.uin, q.dateTabled), q);
  }
  const out: QuestionPrefetch = new Map();
  for (const r of records) {
    if (r.parliamentId != null) out.set(byId(r.parliamentId), found.get(byId(r.parliamentId)) ?? null);
    const k = byKey(r.house, normaliseUin(r.uin), r.dateTabled);
    out.set(k, found.get(k) ?? null);
  }
  return out;
}

/** By Parliament id first, then by House, UIN and date tabled. */
export async function findStoredQuestion(tx: DbOrTx, r: ImportQuestion, prefetch: QuestionPrefetch | undefined): Promise<StoredQuestion | null> {
  const keys = [...(r.parliamentId != null ? [byId(r.parliamentId)] : []), byKey(r.house, normaliseUin(r.uin), r.dateTabled)];
  if (prefetch && keys.every((k) => prefetch.has(k))) {
    const hit = keys.map((k) => prefetch.get(k)).find((q) => q != null) ?? null;
    for (const k of keys) prefetch.delete(k);
    // Whatever this record writes makes any other entry for the same question stale.
    if (hit) for (const [k, q] of prefetch) if (q?.id === hit.id) prefetch.delete(k);
    return hit;
  }
  const rows = await readQuestions(tx, {
    OR: [...(r.parliamentId != null ? [{ parliamentId: r.parliamentId }] : []), { house: r.house, uin: normaliseUin(r.uin), dateTabled: r.dateTabled }],
  });
  return rows.find((q) => r.parliamentId != null && q.parliamentId === r.parliamentId) ?? rows[0] ?? null;
}


/** Drops prefetched questions that share an answer this record changed, so they are read afresh. */
export function forgetStale(prefetch: QuestionPrefetch | undefined, answerIds: readonly number[]): void {
  if (!prefetch || !answerIds.length) return;
  for (const [k, q] of prefetch) if (q?.answers.some((l) => answerIds.includes(l.answer.id))) prefetch.delete(k);
}
