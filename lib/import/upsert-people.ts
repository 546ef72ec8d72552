import type { DbOrTx } from "@/lib/db";
import type { ImportBody, ImportMember } from "@/lib/import/types";

export type Outcome = "created" | "updated" | "unchanged";
export type EntityCounts = { created: number; updated: number; unchanged: number };
export const zeroCounts = (): EntityCounts => ({ created: 0, updated: 0, unchanged: 0 });

/** Placeholder names stand in for an id-only reference and never replace a real name. */
const PLACEHOLDER_MEMBER = /^Member \d+$/;
const PLACEHOLDER_BODY = /^Answering body \d+$/;

/**
 * Members keyed on their Parliament id (name and house without one). A source
 * that only has the id creates "Member <id>"; richer data fills in fields, but
 * a missing field never blanks a stored one.
 */
export async function upsertImportedMember(tx: DbOrTx, m: ImportMember): Promise<{ id: number; outcome: Outcome }> {
  const name = m.name?.trim() || (m.parliamentId != null ? `Member ${m.parliamentId}` : null);
  if (!name) throw new Error("member has neither a name nor a Parliament id");
  const existing =
    m.parliamentId != null
      ? await tx.member.findUnique({ where: { parliamentId: m.parliamentId } })
      : await tx.member.findFirst({ where: { name, house: m.house } });
  if (!existing) {
    const row = await tx.member.create({
      data: {
        name,
        sortName: m.sortName ?? null,
        house: m.house,
        party: m.party ?? null,
        constituency: m.constituency ?? null,
        parliamentId: m.parliamentId ?? null,
        thumbnailUrl: m.thumbnailUrl ?? null,
      },
      select: { id: true },
    });
    return { id: row.id, outcome: "created" };
  }
  const data: Record<string, unknown> = {};
  const realName = m.name?.trim();
  if (realName && realName !== existing.name) data.name = realName;
  else if (!realName && name !== existing.name && PLACEHOLDER_MEMBER.test(existing.name)) data.name = name;
  // The house of a member is only trusted from member data (a name means a member object).
  if (realName && m.house !== existing.house) data.house = m.house;
  for (const key of ["sortName", "party", "constituency", "thumbnailUrl"] as const) {
    const value = m[key];
    if (value && value !== existing[key]) data[key] = value;
  }
  if (!Object.keys(data).length) return { id: existing.id, outcome: "unchanged" };
  await tx.member.update({ where: { id: existing.id }, data });
  return { id: existing.id, outcome: "updated" };
}

/** Answering bodies keyed on their Parliament id, then on the name. */
export async function upsertImportedBody(tx: DbOrTx, b: ImportBody): Promise<{ id: number; outcome: Outcome }> {
  const name = b.name.trim();
  const existing =
    (b.parliamentId != null ? await tx.answeringBody.findUnique({ where: { parliamentId: b.parliamentId } }) : null) ??
    (PLACEHOLDER_BODY.test(name) ? null : await tx.answeringBody.findUnique({ where: { name } }));
  if (!existing) {
    const row = await tx.answeringBody.create({ data: { name, parliamentId: b.parliamentId ?? null }, select: { id: true } });
    return { id: row.id, outcome: "created" };
  }
  const data: { name?: string; parliamentId?: number } = {};
  if (name !== existing.name && !PLACEHOLDER_BODY.test(name)) {
    // Another body may already hold that name (renamed departments): keep ours rather than fail.
    const clash = await tx.answeringBody.findUnique({ where: { name }, select: { id: true } });
    if (!clash) data.name = name;
  }
  if (b.parliamentId != null && existing.parliamentId == null) data.parliamentId = b.parliamentId;
  if (!Object.keys(data).length) return { id: existing.id, outcome: "unchanged" };
  await tx.answeringBody.update({ where: { id: existing.id }, data });
  return { id: existing.id, outcome: "updated" };
}
