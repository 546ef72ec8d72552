import Database from "better-sqlite3";
import { afterAll, describe, expect, it } from "vitest";
import { MAX_QUERY_FILTERS, MAX_QUERY_TERMS, parseSearchQuery } from "@/lib/search/query";

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

  it("gives no query but an exclusion expression for a query made only of exclusions", () => {
    const p = parseSearchQuery("-tracing -pool");
    expect(p.ftsQuery).toBeNull();
    expect(p.terms).toEqual([]);
    // FTS5 cannot run a NOT alone: the data layer leaves these out of a filtered search, or says why not.
    expect(p.excludeQuery).toBe('"tracing" OR "pool"');
    expect(run(p.excludeQuery)).toEqual([1, 2, 3]);
    expect(p.notices).toEqual([]);
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
    expect(parseSearchQuery("   \n ")).toEqual({ ftsQuery: null, excludeQuery: null, terms: [], filters: [], notices: [] });
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
    // Field filters gone wrong, and FTS5 keywords typed as words.
    "member:",
    'member:"',
    'member:""',
    '-member:"rupert lowe',
    'foo:bar "unbalanced',
    "date:2025-13-45",
    "date:..",
    "status:",
    "uin:*",
    ":",
    ":::",
    "a:b:c",
    "-:x",
    "NEAR NOT AND OR",
    "NOT member:lowe OR",
    "NEAR(member:lowe, 2)",
    "\u0000member:lo\u0000we\u0000",
    "member:x ".repeat(2000),
    `${"y".repeat(10_000)} member:lowe`,
    Array.from({ length: 10_240 }, (_, i) => 'ab:-*"() \u0000'[i % 11]).join(""),
  ];
  it.each(hostile.map((h) => [h.length > 40 ? `${h.slice(0, 40)}… (${h.length})` : h, h]))("never produces invalid FTS5: %s", (_label, input) => {
    const p = parseSearchQuery(input);
    expect(() => run(p.ftsQuery)).not.toThrow();
    expect(() => run(p.excludeQuery)).not.toThrow();
    if (p.ftsQuery === null) expect(p.terms).toEqual([]);
    for (const t of p.terms) expect(t.text.length).toBeGreaterThan(0);
    expect(p.filters.length).toBeLessThanOrEqual(MAX_QUERY_FILTERS);
    expect(p.notices.join(" ")).not.toMatch(/\u0000/);
  });

  it("reads syntax characters as plain words", () => {
    expect(parseSearchQuery("NEAR(pool absconder)").ftsQuery).toBe('"NEAR pool" AND "absconder"');
    expect(parseSearchQuery("col:term").ftsQuery).toBe('"col term"');
    expect(parseSearchQuery("col:term").notices.join(" ")).toMatch(/not a search filter/);
    expect(parseSearchQuery("^").ftsQuery).toBeNull();
    expect(parseSearchQuery("^").notices.join(" ")).toMatch(/no letters or digits/);
    expect(parseSearchQuery("😀").ftsQuery).toBeNull();
    expect(run(parseSearchQuery("^pool 😀").ftsQuery)).toEqual([2, 3]);
  });
});

describe("parseSearchQuery: field filters", () => {
  const only = (q: string) => {
    const p = parseSearchQuery(q);
    expect(p.notices).toEqual([]);
    return p.filters.map(({ raw: _raw, ...f }) => f);
  };

  it("reads member: and dept:, quoted or not, folding case and accents, and leaves them out of the words", () => {
    const p = parseSearchQuery("tracing member:Lowe");
    expect(p.ftsQuery).toBe('"tracing"');
    expect(p.terms).toEqual([{ text: "tracing", prefix: false }]);
    expect(p.filters).toEqual([{ field: "member", words: ["lowe"], prefix: false, negate: false, raw: "member:Lowe" }]);
    expect(only('member:"Rupert LOWE"')).toEqual([{ field: "member", words: ["rupert", "lowe"], prefix: false, negate: false }]);
    expect(only("MEMBER:Sinéad")).toEqual([{ field: "member", words: ["sinead"], prefix: false, negate: false }]);
    expect(only("member:low*")).toEqual([{ field: "member", words: ["low"], prefix: true, negate: false }]);
    expect(only('dept:"home office"')).toEqual([{ field: "dept", words: ["home", "office"], prefix: false, negate: false }]);
    expect(only("department:justice")).toEqual([{ field: "dept", words: ["justice"], prefix: false, negate: false }]);
  });

  it("reads uin: for all three houses", () => {
    expect(only("uin:95752")).toEqual([{ field: "uin", uin: "95752", house: "COMMONS", negate: false }]);
    expect(only("uin:hl1234")).toEqual([{ field: "uin", uin: "HL1234", house: "LORDS", negate: false }]);
    expect(only("uin:S3W-12345")).toEqual([{ field: "uin", uin: "S3W-12345", house: "SCOTTISH", negate: false }]);
  });

  it("reads status:, house:, has: and nonanswer:, with comma lists", () => {
    expect(only("status:unanswered")).toEqual([{ field: "status", statuses: ["TABLED"], negate: false }]);
    expect(only("status:Holding,OVERDUE")).toEqual([{ field: "status", statuses: ["HOLDING", "OVERDUE"], negate: false }]);
    expect(only("status:answered status:corrected status:withdrawn").flatMap((f) => (f.field === "status" ? f.statuses : []))).toEqual([
      "ANSWERED",
      "CORRECTED",
      "WITHDRAWN",
    ]);
    expect(only("house:lords")).toEqual([{ field: "house", houses: ["LORDS"], negate: false }]);
    expect(only("house:commons,scottish")).toEqual([{ field: "house", houses: ["COMMONS", "SCOTTISH"], negate: false }]);
    expect(only("has:unresolved")).toEqual([{ field: "has", has: "unresolved", negate: false }]);
    expect(only("nonanswer:disproportionate_cost")).toEqual([{ field: "nonanswer", kinds: ["disproportionate_cost"], negate: false }]);
    expect(only("nonanswer:not-held,will_write")).toEqual([{ field: "nonanswer", kinds: ["not_held", "will_write"], negate: false }]);
  });

  it("reads date: as a day, month, year or range, open at either end", () => {
    const date = (q: string) => only(q)[0];
    expect(date("date:2025-12-01..2025-12-31")).toEqual({ field: "date", from: "2025-12-01", to: "2025-12-31", negate: false });
    expect(date("date:2025-12")).toEqual({ field: "date", from: "2025-12-01", to: "2025-12-31", negate: false });
    expect(date("date:2024-02")).toMatchObject({ from: "2024-02-01", to: "2024-02-29" });
    expect(date("date:2025")).toMatchObject({ from: "2025-01-01", to: "2025-12-31" });
    expect(date("date:2025-12-05")).toMatchObject({ from: "2025-12-05", to: "2025-12-05" });
    expect(date("date:2025-12-01..")).toMatchObject({ from: "2025-12-01", to: null });
    expect(date("date:..2025-06")).toMatchObject({ from: null, to: "2025-06-30" });
    expect(date("date:2025-1-5..2025-11")).toMatchObject({ from: "2025-01-05", to: "2025-11-30" });
  });

  it("negates a filter with - or NOT", () => {
    expect(only("-status:answered")).toEqual([{ field: "status", statuses: ["ANSWERED"], negate: true }]);
    const p = parseSearchQuery("asylum NOT house:lords");
    expect(p.ftsQuery).toBe('"asylum"');
    expect(p.filters).toEqual([{ field: "house", houses: ["LORDS"], negate: true, raw: "NOT house:lords" }]);
  });

  it("allows a query of filters alone, and filters with exclusions alone", () => {
    const p = parseSearchQuery('member:lowe dept:"home office" status:unanswered date:2025-12');
    expect(p.ftsQuery).toBeNull();
    expect(p.terms).toEqual([]);
    expect(p.filters.map((f) => f.field)).toEqual(["member", "dept", "status", "date"]);
    expect(p.notices).toEqual([]);
    const q = parseSearchQuery("member:lowe -asylum");
    expect(q.ftsQuery).toBeNull();
    expect(q.excludeQuery).toBe('"asylum"');
    expect(q.notices).toEqual([]);
  });

  it("keeps quoted text and filters inside quotes as words", () => {
    const p = parseSearchQuery('"member:lowe" tracing');
    expect(p.filters).toEqual([]);
    expect(p.ftsQuery).toBe('"member lowe" AND "tracing"');
  });

  it("drops repeated filters and caps their number", () => {
    expect(parseSearchQuery("house:lords house:lords House:Lords").filters).toHaveLength(1);
    const many = Array.from({ length: 20 }, (_, i) => `uin:${1000 + i}`).join(" ");
    const p = parseSearchQuery(many);
    expect(p.filters).toHaveLength(MAX_QUERY_FILTERS);
    expect(p.notices.join(" ")).toMatch(/first 12 filters/);
  });

  it("does not let a filter stand in an OR", () => {
    const p = parseSearchQuery("tracing OR status:answered staff");
    expect(p.ftsQuery).toBe('"tracing" AND "staff"');
    expect(p.filters).toHaveLength(1);
    expect(p.notices.join(" ")).toMatch(/OR must stand between/);
  });

  it.each([
    ["foo:bar", '"foo bar"', /“foo:” is not a search filter/],
    ["member:", '"member"', /member:.*needs a value/],
    ["member: lowe", '"member" AND "lowe"', /needs a value/],
    ['member:""', '"member"', /needs a name|needs a value/],
    ["date:2025-13-45", '"date 2025 13 45"', /real day/],
    ["date:2025-02-30", '"date 2025 02 30"', /real day/],
    ["date:2025-12-31..2025-12-01", '"date 2025 12 31 2025 12 01"', /ends before it starts/],
    ["date:..", '"date"', /real day/],
    ["date:yesterday", '"date yesterday"', /real day/],
    ["status:lost", '"status lost"', /unanswered, tabled, holding/],
    ["house:senate", '"house senate"', /commons, lords/],
    ["has:answers", '"has answers"', /has:unresolved/],
    ["nonanswer:rude", '"nonanswer rude"', /disproportionate_cost/],
    ["uin:95752!", '"uin 95752"', /question number/],
  ])("reads the broken filter %s as plain words, with a notice", (input, fts, notice) => {
    const p = parseSearchQuery(input);
    expect(p.filters).toEqual([]);
    expect(p.ftsQuery).toBe(fts);
    expect(p.notices.join(" ")).toMatch(notice);
    expect(() => run(p.ftsQuery)).not.toThrow();
  });

  it("reads an unclosed quote after a field as words, with notices for both", () => {
    const p = parseSearchQuery('foo:bar "unbalanced');
    expect(p.ftsQuery).toBe('"foo bar" AND "unbalanced"');
    expect(p.notices.join(" ")).toMatch(/not a search filter/);
    expect(p.notices.join(" ")).toMatch(/quotation mark was not closed/);
    const q = parseSearchQuery('member:"rupert lowe');
    expect(q.filters).toEqual([]);
    expect(q.ftsQuery).toBe('"member" AND "rupert" AND "lowe"');
    expect(q.notices.join(" ")).toMatch(/“member:” was not used as a filter/);
  });

  it("leaves prose with a colon alone (no filter, no notice)", () => {
    const p = parseSearchQuery("Note: 10:30 figures");
    expect(p.filters).toEqual([]);
    expect(p.notices).toEqual([]);
    expect(p.ftsQuery).toBe('"Note" AND "10 30" AND "figures"');
  });

  it("treats FTS5 keywords typed as words safely", () => {
    expect(parseSearchQuery("NEAR").ftsQuery).toBe('"NEAR"');
    expect(run(parseSearchQuery("NEAR pool").ftsQuery)).toEqual([]);
    expect(parseSearchQuery("AND pool AND").ftsQuery).toBe('"pool"');
    expect(parseSearchQuery("pool NOT").ftsQuery).toBe('"pool"');
    expect(parseSearchQuery("OR").ftsQuery).toBeNull();
    expect(parseSearchQuery("near and not or").ftsQuery).toBe('"near" AND "and" AND "not" AND "or"');
  });

  it("treats control characters and NUL bytes as spaces", () => {
    const p = parseSearchQuery("member:lowe\u0000tracing\u0007staff");
    expect(p.filters).toHaveLength(1);
    expect(p.ftsQuery).toBe('"tracing" AND "staff"');
  });

  it("cuts a 10 KB query and still reads the filters in what is kept", () => {
    const p = parseSearchQuery(`member:lowe ${"tracing ".repeat(1300)}`);
    expect(p.filters).toHaveLength(1);
    expect(p.ftsQuery).toBe('"tracing"');
    expect(p.notices.join(" ")).toMatch(/cut to its first/);
  });
});
