import { db, type DbOrTx } from "@/lib/db";
import { NotFoundError } from "@/lib/data/errors";

export type AnsweringBodySummary = { id: number; name: string; parliamentId: number | null; questionCount: number };

export async function listAnsweringBodies(): Promise<AnsweringBodySummary[]> {
  const rows = await db.answeringBody.findMany({
    select: { id: true, name: true, parliamentId: true, _count: { select: { questions: true } } },
    orderBy: { name: "asc" },
  });
  return rows.map(({ _count, ...b }) => ({ ...b, questionCount: _count.questions }));
}

export async function getAnsweringBody(opts: { id: number }) {
  const b = await db.answeringBody.findUnique({ where: { id: opts.id }, select: { id: true, name: true, parliamentId: true } });
  if (!b) throw new NotFoundError("Department", opts.id);
  return b;
}

/** Keyed on the Parliament id when there is one, otherwise on the name. */
export async function upsertAnsweringBody(input: { name: string; parliamentId?: number | null }, tx: DbOrTx = db) {
  const existing =
    (input.parliamentId ? await tx.answeringBody.findUnique({ where: { parliamentId: input.parliamentId } }) : null) ??
    (await tx.answeringBody.findUnique({ where: { name: input.name } }));
  if (existing) {
    return tx.answeringBody.update({
      where: { id: existing.id },
      data: { name: input.name, parliamentId: input.parliamentId ?? existing.parliamentId },
    });
  }
  return tx.answeringBody.create({ data: { name: input.name, parliamentId: input.parliamentId ?? null } });
}
