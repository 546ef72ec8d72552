import type Database from "better-sqlite3";
import { House, QuestionStatus } from "@/lib/generated/prisma/enums";
import type { SqliteReader } from "@/lib/data/sqlite-reader";
import type { SearchSqlFilters } from "@/lib/data/search-conditions-sqlite";
import { attrTest, CHUNK_BITS, CHUNK_ROWS, decodeChunk, emptyChunk, encodeChunk, putRow, type AttrChunk, type AttrCodes, type AttrRow } from "@/lib/data/rank-attrs";

/**
 * "search_attr" (prisma/migrations/*_search_attr): the filterable columns of
 * every question as of the rank index's build, in chunks (lib/data/rank-attrs.ts).
 * A row changed since the build is marked in "search_dirty" (by the triggers
 * of either migration) and checked in SQL instead.
 *
 * A process keeps the chunks it has read, per build ("buildId" in
 * search_rank_meta): ~18 bytes a question (18 MB at 1M), read once, the way
 * the page cache keeps the rest of the index. Nothing a search returns is kept.
 */

/** Writes the build's chunks: rows in ascending id order. */
export class AttrWriter {
  readonly codes: AttrCodes = { status: Object.values(QuestionStatus), house: Object.values(House) };
  private chunk: AttrChunk | null = null;
  private at = -1;
  private readonly insert;

  constructor(db: Database.Database) {
    db.exec(`DELETE FROM "search_attr"`);
    this.insert = db.prepare(`INSERT INTO "search_attr"("chunk", "data") VALUES (?, ?)`);
  }

  add(row: AttrRow): void {
    const c = row.id >> CHUNK_BITS;
    if (c !== this.at) {
      this.flush();
      this.chunk = emptyChunk();
      this.at = c;
    }
    putRow(this.chunk!, this.codes, row);
  }

  /** Writes the last chunk; returns the codes for search_rank_meta. */
  finish(): AttrCodes {
    this.flush();
    return this.codes;
  }

  private flush(): void {
    if (this.chunk) this.insert.run(this.at, encodeChunk(this.chunk));
    this.chunk = null;
  }
}

type Loaded = { buildId: string; codes: AttrCodes; chunks: Map<number, AttrChunk | null> };
const loadedBy = new WeakMap<SqliteReader, Loaded>();

/** The build's chunks as far as this process has read them; null when the index has none (built before them). */
function loaded(reader: SqliteReader): Loaded | null {
  const meta = reader.get<{ buildId: string | null; codes: string | null }>(
    `SELECT (SELECT "value" FROM "search_rank_meta" WHERE "key" = 'buildId') AS "buildId", (SELECT "value" FROM "search_rank_meta" WHERE "key" = 'attrCodes') AS "codes"`,
    [],
  );
  if (!meta?.buildId || !meta.codes) return null;
  const have = loadedBy.get(reader);
  if (have?.buildId === meta.buildId) return have;
  const fresh: Loaded = { buildId: meta.buildId, codes: JSON.parse(meta.codes) as AttrCodes, chunks: new Map() };
  loadedBy.set(reader, fresh);
  return fresh;
}

/** Splits rows met by the ranking into those the filter lets through and those the SQL check must decide. */
export type AttrCheck = {
  /** Rows that pass (if `complete`, for certain; otherwise also to check in SQL) and rows it cannot decide (changed since the build). */
  split(rowids: readonly number[]): { pass: number[]; undecided: number[] };
  /** Whether the columns rule the row out (false when they cannot tell). */
  fails(rowid: number): boolean;
  /** Whether every condition of the filter is decided from the columns. */
  complete: boolean;
};

/** The chunk holding a row's columns as built; null for a row changed since (or added after) the build. */
function chunkReader(reader: SqliteReader, state: Loaded, changed: ReadonlySet<number>): (id: number) => AttrChunk | null {
  const read = reader.statement(`SELECT "data" FROM "search_attr" WHERE "chunk" = ?`).pluck();
  return (id) => {
    if (changed.has(id)) return null;
    const c = id >> CHUNK_BITS;
    let chunk = state.chunks.get(c);
    if (chunk === undefined) {
      const blob = read.get(c) as Buffer | undefined;
      chunk = blob ? decodeChunk(blob) : null;
      state.chunks.set(c, chunk);
    }
    return chunk;
  };
}

/** Rows' lengths in tokens as built (-1 for a row changed since, or with no question); null when the index has no columns. Call inside the search's snapshot. */
export function attrLengths(reader: SqliteReader, changed: ReadonlySet<number>): ((id: number) => number) | null {
  const state = loaded(reader);
  if (!state) return null;
  const chunkFor = chunkReader(reader, state, changed);
  return (id) => {
    const chunk = chunkFor(id);
    const i = id & (CHUNK_ROWS - 1);
    return chunk && chunk.tabled[i] !== 0 ? chunk.len[i]! : -1;
  };
}

/** The filter's check on the build's columns; null when the index has none. Call inside the search's snapshot. */
export function attrCheck(reader: SqliteReader, filters: SearchSqlFilters, changed: ReadonlySet<number>, today?: Date): AttrCheck | null {
  const state = loaded(reader);
  if (!state) return null;
  const { test, complete } = attrTest(filters, state.codes, today);
  const chunkFor = chunkReader(reader, state, changed);
  return {
    complete,
    fails(id) {
      const chunk = chunkFor(id);
      return chunk !== null && !test(chunk, id & (CHUNK_ROWS - 1));
    },
    split(rowids) {
      const pass: number[] = [];
      const undecided: number[] = [];
      for (const id of rowids) {
        const chunk = chunkFor(id);
        if (!chunk) undecided.push(id);
        else if (test(chunk, id & (CHUNK_ROWS - 1))) pass.push(id);
      }
      return { pass, undecided };
    },
  };
}
