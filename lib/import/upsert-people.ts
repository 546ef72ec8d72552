import type { DbOrTx } from "@/lib/db";
import type { ImportBody, ImportMember } from "@/lib/import/types";

export type Outcome = "created" | "updated" | "unchanged";
export type EntityCounts = { created: number; updated: number; unchanged: number };
export const zeroCounts = (): EntityCounts => ({ created: 0, updated: 0, unchanged: 0 });

/** Placeholder names stand in for an id-only reference and never replace a real name. */
const PLACEHOLDER_MEMBER = /^Member \d+$/;
const PLACEHOLDER_BODY = /^Answering body \d+$/;

type MemberRow = { id: number; name: string; sortName: string | null; house: ImportMember["house"]; party: string | null; constituency: string | null; thumbnailUrl: string | null };
type BodyRow = { id: number; name: string; parliamentId: number | null };

/**
 * What a run already knows about members and bodies, so each is read once per
 * run rather than once per mention. Must be cleared when a transaction or
 * savepoint that wrote to it rolls back.
 */
export type ImportCache = { members: Map<string, MemberRow>; bodies: Map<string, BodyRow> };
export const createImportCache = (): ImportCache => ({ members: new Map(), bodies: new Map() });
export const clearImportCache = (c: ImportCache | undefined) => {
  c?.members.clear();
  c?.bodies.clear();
};

type PeopleOptions = {
  cache?: ImportCache;
  /**
   * Member data proper (a members list), which may change stored details. A
   * member object embedded in a question record only fills what is missing:
   * one file can embed differing copies of the same member ("Mr Hamish
   * Falconer" in one record, "Hamish Falconer" in another) with no date to
   * order them by, so letting each overwrite would flip on every import.
   */
  authoritative?: boolean;
};
export type PeopleResult = { id: number; outcome: Outcome; changed: string[] };

const MEMBER_SELECT = { id: true, name: true, sortName: true, house: true, party: true, constituency: true, thumbnailUrl: true } as const;

/**
 * Members keyed on their Parliament id (name and house without one). A source
 * that only has the id creates "Member <id>"; richer data fills in fields, but
 * a missing field never blanks a stored one.
 */
export async function upsertImportedMember(tx: DbOrTx, m: ImportMember, opts: PeopleOptions = {}): Promise<PeopleResult> {
  const name = m.name?.trim() || (m.parliamentId != null ? `Member ${m.parliamentId}` : null);
  if (!name) throw new Error("member has neither a name nor a Parliament id");
  const key = m.parliamentId != null ? `p:${m.parliamentId}` : `n:${m.house}:${name}`;
  const existing: MemberRow | null =
    opts.cache?.members.get(key) ??
    (m.parliamentId != null
      ? await tx.member.findUnique({ where: { parliamentId: m.parliamentId }, select: MEMBER_SELECT })
      : await tx.member.findFirst({ where: { name, house: m.house }, select: MEMBER_SELECT }));
  if (!existing) {
    const data = {
      name,
      sortName: m.sortName ?? null,
      house: m.house,
      party: m.party ?? null,
      constituency: m.constituency ?? null,
      thumbnailUrl: m.thumbnailUrl ?? null,
    };
    const row = await tx.member.create({ data: { ...data, parliamentId: m.parliamentId ?? null }, select: { id: true } });
    opts.cache?.members.set(key, { id: row.id, ...data });
    return { id: row.id, outcome: "created", changed: [] };
  }
  const data: Partial<MemberRow> = {};
  const realName = m.name?.trim();
  const placeholder = PLACEHOLDER_MEMBER.test(existing.name);
  const overwrite = !!opts.authoritative;
  if (realName && realName !== existing.name && (overwrite || placeholder)) data.name = realName;
  else if (!realName && name !== existing.name && placeholder) data.name = name;
  // The house of a member is only trusted from member data (a name means a member object).
  if (realName && (overwrite || placeholder) && m.house !== existing.house) data.house = m.house;
  for (const k of ["sortName", "party", "constituency", "thumbnailUrl"] as const) {
    const value = m[k];
    if (value && value !== existing[k] && (overwrite || !existing[k])) data[k] = value;
  }
  opts.cache?.members.set(key, { ...existing, ...data });
  const changed = Object.keys(data);
  if (!changed.length) return { id: existing.id, outcome: "unchanged", changed };
  await tx.member.update({ where: { id: existing.id }, data });
  return { id: existing.id, outcome: "updated", changed };
}

/** Answering bodies keyed on their Parliament id, then on the name. */
export async function upsertImportedBody(tx: DbOrTx, b: ImportBody, opts: PeopleOptions = {}): Promise<PeopleResult> {
  const name = b.name.trim();
  const byId = b.parliamentId != null ? `p:${b.parliamentId}` : null;
  const byName = `n:${name}`;
  const cache = opts.cache?.bodies;
  const select = { id: true, name: true, parliamentId: true } as const;
  const existing: BodyRow | null =
    (byId ? (cache?.get(byId) ?? (await tx.answeringBody.findUnique({ where: { parliamentId: b.parliamentId! }, select }))) : null) ??
    (PLACEHOLDER_BODY.test(name) ? null : (cache?.get(byName) ?? (await tx.answeringBody.findUnique({ where: { name }, select }))));
  const remember = (row: BodyRow) => {
    if (row.parliamentId != null) cache?.set(`p:${row.parliamentId}`, row);
    cache?.set(`n:${row.name}`, row);
  };
  if (!existing) {
    const row = await tx.answeringBody.create({ data: { name, parliamentId: b.parliamentId ?? null }, select });
    remember(row);
    return { id: row.id, outcome: "created", changed: [] };
  }
  const data: { name?: string; parliamentId?: number } = {};
  if (name !== existing.name && !PLACEHOLDER_BODY.test(name)) {
    // Another body may already hold that name (renamed departments): keep ours rather than fail.
    const clash = await tx.answeringBody.findUnique({ where: { name }, select: { id: true } });
    if (!clash) data.name = name;
  }
  if (b.parliamentId != null && existing.parliamentId == null) data.parliamentId = b.parliamentId;
  const changed = Object.keys(data);
  if (!changed.length) {
    remember(existing);
    return { id: existing.id, outcome: "unchanged", changed };
  }
  await tx.answeringBody.update({ where: { id: existing.id }, data });
  cache?.delete(`n:${existing.name}`);
  remember({ ...existing, ...data });
  return { id: existing.id, outcome: "updated", changed };
}

export type RecordPeople = {
  askingMemberId: number;
  answeringBodyId: number;
  answerMemberIds: Array<number | null>;
  members: EntityCounts;
  bodies: EntityCounts;
};

/**
 * The members and answering body a new record names, created or filled in as
 * upsertImportedQuestion does (each counted once per run through `seen`).
 */
export async function resolveRecordPeople(
  tx: DbOrTx,
  record: { askingMember: ImportMember; answeringBody: ImportBody; answers: ReadonlyArray<{ answeringMember?: ImportMember | null }> },
  opts: { seen: Set<string>; cache: ImportCache },
): Promise<RecordPeople> {
  const members = zeroCounts();
  const bodies = zeroCounts();
  const count = (bucket: EntityCounts, key: string, outcome: Outcome) => {
    if (outcome === "unchanged" && opts.seen.has(key)) return;
    opts.seen.add(key);
    bucket[outcome]++;
  };
  const memberId = async (m: ImportMember) => {
    const r = await upsertImportedMember(tx, m, { cache: opts.cache });
    count(members, `m:${m.parliamentId ?? m.name}`, r.outcome);
    return r.id;
  };
  const askingMemberId = await memberId(record.askingMember);
  const body = await upsertImportedBody(tx, record.answeringBody, { cache: opts.cache });
  count(bodies, `b:${record.answeringBody.parliamentId ?? record.answeringBody.name}`, body.outcome);
  const answerMemberIds: Array<number | null> = [];
  for (const a of record.answers) answerMemberIds.push(a.answeringMember ? await memberId(a.answeringMember) : null);
  return { askingMemberId, answeringBodyId: body.id, answerMemberIds, members, bodies };
}
