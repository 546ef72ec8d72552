import { sqliteReader } from "@/lib/data/sqlite-reader";
import { nameMatches } from "@/lib/search/query-filters";
import { foldToken } from "@/lib/search/tokenize";

export type NameCandidate = { words: string[]; prefix: boolean };

/**
 * The ids of members (name or "Lowe, Rupert" sort name) or answering bodies
 * whose names contain the words, case and accents ignored. Both tables are
 * small (hundreds to a few thousand rows), so one read and a match in code is
 * cheaper than a LIKE over every joined question, and SQLite's LIKE folds
 * neither accents nor non-ASCII case.
 */
export function resolveNameIdsSqlite(table: "member" | "dept", names: NameCandidate[]): number[][] {
  if (!names.length) return [];
  const rows =
    table === "member"
      ? sqliteReader().all<{ id: number; name: string; sortName: string | null }>(`SELECT "id", "name", "sortName" FROM "Member"`, [])
      : sqliteReader().all<{ id: number; name: string; sortName: null }>(`SELECT "id", "name", NULL AS "sortName" FROM "AnsweringBody"`, []);
  // A cheap substring test first: tokenizing thousands of names costs ~10 ms.
  const folded = rows.map((r) => foldToken(`${r.name} ${r.sortName ?? ""}`));
  return names.map((n) =>
    rows
      .filter(
        (r, i) =>
          n.words.every((w) => folded[i]!.includes(w)) &&
          (nameMatches(r.name, n.words, n.prefix) || (r.sortName !== null && nameMatches(r.sortName, n.words, n.prefix))),
      )
      .map((r) => Number(r.id)),
  );
}
