import type { House } from "@/lib/generated/prisma/enums";
import { db, type DbOrTx } from "@/lib/db";
import { NotFoundError } from "@/lib/data/errors";
import { memberRefSelect, type MemberRef } from "@/lib/data/dto";

export type MemberSummary = MemberRef & { parliamentId: number | null; thumbnailUrl: string | null; questionCount: number };

export async function listMembers(opts: { house?: House; query?: string } = {}): Promise<MemberSummary[]> {
  const rows = await db.member.findMany({
    where: {
      house: opts.house,
      ...(opts.query ? { name: { contains: opts.query } } : {}),
    },
    select: { ...memberRefSelect, parliamentId: true, thumbnailUrl: true, _count: { select: { questionsAsked: true } } },
    orderBy: [{ sortName: "asc" }, { name: "asc" }],
  });
  return rows.map(({ _count, ...m }) => ({ ...m, questionCount: _count.questionsAsked }));
}

/** Members for form pickers: everyone, by name. */
export async function listMemberOptions(): Promise<MemberRef[]> {
  return db.member.findMany({ select: memberRefSelect, orderBy: [{ sortName: "asc" }, { name: "asc" }] });
}

export async function getMember(opts: { id: number }) {
  const m = await db.member.findUnique({
    where: { id: opts.id },
    select: { ...memberRefSelect, sortName: true, parliamentId: true, thumbnailUrl: true },
  });
  if (!m) throw new NotFoundError("Member", opts.id);
  return m;
}

export type UpsertMemberInput = {
  name: string;
  sortName?: string | null;
  house: House;
  party?: string | null;
  constituency?: string | null;
  parliamentId?: number | null;
  thumbnailUrl?: string | null;
};

/** Keyed on the Parliament member id when there is one, otherwise on name and house. */
export async function upsertMember(input: UpsertMemberInput, tx: DbOrTx = db) {
  const existing = input.parliamentId
    ? await tx.member.findUnique({ where: { parliamentId: input.parliamentId } })
    : await tx.member.findFirst({ where: { name: input.name, house: input.house } });
  const data = {
    name: input.name,
    sortName: input.sortName ?? null,
    house: input.house,
    party: input.party ?? null,
    constituency: input.constituency ?? null,
    parliamentId: input.parliamentId ?? null,
    thumbnailUrl: input.thumbnailUrl ?? null,
  };
  if (existing) return tx.member.update({ where: { id: existing.id }, data });
  return tx.member.create({ data });
}
