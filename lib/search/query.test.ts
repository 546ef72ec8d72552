import Database from "better-sqlite3";
import { afterAll, describe, expect, it } from "vitest";
import { MAX_QUERY_TERMS, parseSearchQuery } from "@/lib/search/query";

// An in-memory index with the same tokenizer as the real one: proves that what
// the parser emits is valid FTS5 and matches what it should.
const fts = new Database(":memory:");
fts.exec(`CREATE VIRTUAL TABLE s USING fts5(heading, question, answer, content='', contentless_delete=1, tokenize='unicode61 remove_diacritics 2')`);
const insert = fts.prepare("INSERT INTO s(rowid, heading, question, answer) VALUES (?, ?, ?, ?)");
insert.run(1, "Deportation", "How many staff trace absconders?", "with c.65 staff currently dedicated to tracing activities");
insert.run(2, "Undocumented Migrants", "When were total absconder pool figures first compiled?", "The figures are not held.");
insert.run(3, "Café policy", "Naïve question about the \"total\" pool", null);
afterAll(() => fts.close());

function run(query: string | null): number[] {
  if (query === null) return [];
  return fts.prepare("SELECT rowid FROM s WHERE s MATCH ? ORDER BY rowid").all(query).map((r) => (r as { rowid: number }).rowid);
}

describe("parseSearchQuery", () => {
  it("ANDs plain words, each as an FTS5 string", () => {
    const p = parseSearchQuery("staff tracing");
    expect(p.ftsQuery).toBe('"staff" AND "tracing"');
    expect(p.terms).toEqual([
      { text: "staff", prefix: false },
      { text: "tracing", prefix: false },
    ]);
    expect(p.notices).toEqual([]);
    expect(run(p.ftsQuery)).toEqual([1]);
  });

  it("keeps quoted phrases together", () => {
    const p = parseSearchQuery('"absconder pool" figures');
    expect(p.ftsQuery).toBe('"absconder pool" AND "figures"');
    expect(p.terms[0]).toEqual({ text: "absconder pool", prefix: false });
    expect(run(p.ftsQuery)).toEqual([2]);
    expect(run(parseSearchQuery('"pool absconder"').ftsQuery)).toEqual([]);
  });

  it("turns a word with punctuation into a phrase of its tokens (c.65 matches 'c.65 staff')", () => {
    const p = parseSearchQuery("c.65");
    expect(p.ftsQuery).toBe('"c 65"');
    expect(p.terms).toEqual([{ text: "c 65", prefix: false }]);
    expect(run(p.ftsQuery)).toEqual([1]);
  });

  it("supports OR between terms", () => {
    const p = parseSearchQuery("tracing OR compiled staff");
    expect(p.ftsQuery).toBe('("tracing" OR "compiled") AND "staff"');
    expect(run(p.ftsQuery)).toEqual([1]);
    expect(run(parseSearchQuery("tracing OR compiled").ftsQuery)).toEqual([1, 2]);
  });

  it("excludes -words and NOT words, and does not highlight them", () => {
    const p = parseSearchQuery("pool -naive");
    expect(p.ftsQuery).toBe('"pool" NOT "naive"');
    expect(p.terms).toEqual([{ text: "pool", prefix: false }]);
    expect(run(p.ftsQuery)).toEqual([2]);
    expect(parseSearchQuery("pool NOT naive").ftsQuery).toBe('"pool" NOT "naive"');
    expect(run(parseSearchQuery('absconders staff -"c.65" -x').ftsQuery)).toEqual([]);
    expect(parseSearchQuery('absconders staff -"c.65" -x').ftsQuery).toBe('("absconders" AND "staff") NOT ("c 65" OR "x")');
  });

  it("gives null with a notice for a query made only of exclusions", () => {
    const p = parseSearchQuery("-tracing -pool");
    expect(p.ftsQuery).toBeNull();
    expect(p.terms).toEqual([]);
    expect(p.notices.join(" ")).toMatch(/only of words to leave out/);
  });

  it("supports prefixes", () => {
    const p = parseSearchQuery("trac*");
    expect(p.ftsQuery).toBe('"trac" *');
    expect(p.terms).toEqual([{ text: "trac", prefix: true }]);
    expect(run(p.ftsQuery)).toEqual([1]);
    expect(run(parseSearchQuery('"absconder po"*').ftsQuery)).toEqual([2]);
  });

  it("matches diacritics either way", () => {
    expect(run(parseSearchQuery("naive cafe").ftsQuery)).toEqual([3]);
    expect(run(parseSearchQuery("Naïve CAFÉ").ftsQuery)).toEqual([3]);
  });

  it("returns nothing and no notice for blank input", () => {
    expect(parseSearchQuery("   \n ")).toEqual({ ftsQuery: null, terms: [], notices: [] });
  });

  it("reads an unbalanced quote as plain words, with a notice", () => {
    const p = parseSearchQuery('"absconder pool');
    expect(p.ftsQuery).toBe('"absconder" AND "pool"');
    expect(p.notices.join(" ")).toMatch(/quotation mark/);
  });

  it("ignores stray operators with a notice", () => {
    expect(parseSearchQuery("OR tracing").ftsQuery).toBe('"tracing"');
    expect(parseSearchQuery("OR tracing").notices.join(" ")).toMatch(/OR/);
    expect(parseSearchQuery("tracing OR").ftsQuery).toBe('"tracing"');
    expect(parseSearchQuery("tracing AND staff").ftsQuery).toBe('"tracing" AND "staff"');
    expect(parseSearchQuery("tracing - staff").ftsQuery).toBe('"tracing" AND "staff"');
    expect(parseSearchQuery("tracing - staff").notices.join(" ")).toMatch(/minus/);
    expect(parseSearchQuery("or").ftsQuery).toBe('"or"');
  });

  it("dedupes repeated terms", () => {
    expect(parseSearchQuery("pool Pool pool").ftsQuery).toBe('"pool"');
  });

  it("caps the number of terms and the length", () => {
    const many = Array.from({ length: 30 }, (_, i) => `w${i}`).join(" ");
    const p = parseSearchQuery(many);
    expect(p.terms).toHaveLength(MAX_QUERY_TERMS);
    expect(p.notices.join(" ")).toMatch(/first 12/);
    const huge = parseSearchQuery("a".repeat(5000));
    expect(huge.ftsQuery!.length).toBeLessThan(400);
    expect(huge.notices.join(" ")).toMatch(/cut to its first/);
    const repeated = parseSearchQuery("tracing ".repeat(30));
    expect(repeated.ftsQuery).toBe('"tracing"');
    expect(repeated.notices).toEqual([]);
  });

  const hostile = [
    '"',
    '""',
    '"""',
    "AND",
    "NOT",
    "OR OR OR",
    "NEAR(",
    "NEAR(a b, 2)",
    "*",
    "**",
    "-",
    "--",
    "-*",
    "col:term",
    "heading:tracing",
    "{heading answer}: pool",
    "^",
    "^pool",
    "😀",
    "😀 pool 👍🏽",
    "pool)",
    "(pool",
    "a + b",
    "a' OR 1=1; DROP TABLE Question; --",
    "\u0000\u0001",
    "\u0301",
    "x".repeat(5000),
    "tracing ".repeat(1000),
    '"'.repeat(5000),
    "-".repeat(5000),
    Array.from({ length: 5000 }, (_, i) => String.fromCharCode(33 + (i % 90))).join(""),
  ];
  it.each(hostile.map((h) => [h.length > 40 ? `${h.slice(0, 40)}… (${h.length})` : h, h]))("never produces invalid FTS5: %s", (_label, input) => {
    const p = parseSearchQuery(input);
    expect(() => run(p.ftsQuery)).not.toThrow();
    if (p.ftsQuery === null) expect(p.terms).toEqual([]);
    for (const t of p.terms) expect(t.text.length).toBeGreaterThan(0);
  });

  it("reads syntax characters as plain words", () => {
    expect(parseSearchQuery("NEAR(pool absconder)").ftsQuery).toBe('"NEAR pool" AND "absconder"');
    expect(parseSearchQuery("col:term").ftsQuery).toBe('"col term"');
    expect(parseSearchQuery("^").ftsQuery).toBeNull();
    expect(parseSearchQuery("^").notices.join(" ")).toMatch(/no letters or digits/);
    expect(parseSearchQuery("😀").ftsQuery).toBeNull();
    expect(run(parseSearchQuery("^pool 😀").ftsQuery)).toEqual([2, 3]);
  });
});
