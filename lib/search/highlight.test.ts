import { describe, expect, it } from "vitest";
import { bestWindow, buildSnippet, findMatches, highlightAll, snippetFrom, snippetText, type Segment } from "@/lib/search/highlight";
import { parseSearchQuery } from "@/lib/search/query";
import { foldToken } from "@/lib/search/tokenize";

const ANSWER =
  "The cost of collating information on absconders will depend on a range of variable factors, including the level of detail required and where the information is held. Extracting information from multiple databases and datasets may also involve manual scrutiny of individual records. Given these variables, any general estimate would be unreliable with assessments instead being made in response to individual requests and the specific circumstances.\nThe Home Office has a range of tools to trace those who abscond, the number of staff involved in tracing activity varies across Immigration Enforcement depending on operational need, with c.65 staff currently dedicated to tracing activities, aswell as resources elsewhere within the Migration and Borders System, who are responsible for recording information when individuals are found or come back into contact.";

const terms = (q: string) => parseSearchQuery(q).terms;
const text = (segments: Segment[]) => segments.map((s) => s.text).join("");
const hits = (segments: Segment[]) => segments.filter((s) => s.hit).map((s) => s.text);

describe("buildSnippet", () => {
  it("picks the passage around the hits, marks them, and adds ellipses at the cuts", () => {
    const s = buildSnippet(ANSWER, terms("tracing"));
    const t = text(s);
    expect(t).toContain("c.65 staff");
    expect(hits(s)).toEqual(["tracing", "tracing"]);
    expect(t.startsWith("… ")).toBe(true);
    expect(t.endsWith(" …")).toBe(true);
    expect(t.length).toBeLessThanOrEqual(270);
    expect(t).not.toContain("\n");
  });

  it("prefers the window with the most distinct terms", () => {
    const s = buildSnippet(ANSWER, terms("cost tracing"), { maxLength: 200 });
    // "cost" is only at the start, "tracing" only far from it: either window has one term,
    // so the one with more hits (two "tracing") wins.
    expect(hits(s).map((h) => h.toLowerCase())).toEqual(["tracing", "tracing"]);
    const both = buildSnippet(ANSWER, terms("datasets records"), { maxLength: 200 });
    expect(hits(both)).toEqual(["datasets", "records"]);
  });

  it("matches case- and diacritic-insensitively on token boundaries only", () => {
    const s = highlightAll("Café CAFE cafeteria decaf café", terms("cafe"));
    expect(s).toEqual([
      { text: "Café", hit: true },
      { text: " ", hit: false },
      { text: "CAFE", hit: true },
      { text: " cafeteria decaf ", hit: false },
      { text: "café", hit: true },
    ]);
    expect(hits(highlightAll("naïve", terms("NAIVE")))).toEqual(["naïve"]);
    expect(hits(highlightAll("naive", terms("naïve")))).toEqual(["naive"]);
  });

  it("matches prefixes at word starts and marks the whole word", () => {
    expect(hits(highlightAll("Tracing, retrace, traced", terms("trac*")))).toEqual(["Tracing", "traced"]);
  });

  it("matches phrases as consecutive tokens across punctuation", () => {
    expect(hits(highlightAll("with c.65 staff; c 65; c, staff 65", terms('"c.65 staff"')))).toEqual(["c.65 staff"]);
    expect(hits(highlightAll("absconder pool and pool absconder", terms('"absconder pool"')))).toEqual(["absconder pool"]);
  });

  it("does not highlight excluded terms", () => {
    expect(hits(highlightAll("pool of absconders", terms("pool -absconders")))).toEqual(["pool"]);
  });

  it("returns the whole text for a short field, and the start when nothing matches", () => {
    expect(buildSnippet("Short answer.", terms("tracing"))).toEqual([{ text: "Short answer.", hit: false }]);
    const s = buildSnippet(ANSWER, terms("zebra"), { maxLength: 100 });
    expect(s).toHaveLength(1);
    expect(s[0]!.text.startsWith("The cost of collating")).toBe(true);
    expect(s[0]!.text.endsWith(" …")).toBe(true);
    expect(buildSnippet("   ", terms("x"))).toEqual([]);
  });

  it("cuts on word boundaries", () => {
    const t = text(buildSnippet(ANSWER, terms("Migration"), { maxLength: 120 }));
    const inner = t.replace(/^… /, "").replace(/ …$/, "");
    expect(ANSWER.replace(/\s+/g, " ")).toContain(inner);
    const words = ANSWER.replace(/\s+/g, " ").split(" ");
    expect(words).toContain(inner.split(" ")[0]);
    expect(words).toContain(inner.split(" ").at(-1));
  });

  it("does not mark anything for no terms, and never returns HTML", () => {
    const s = highlightAll("<b>tracing</b> & more", terms("tracing"));
    expect(s).toEqual([
      { text: "<b>", hit: false },
      { text: "tracing", hit: true },
      { text: "</b> & more", hit: false },
    ]);
    expect(highlightAll("anything", [])).toEqual([{ text: "anything", hit: false }]);
  });

  it("makes a text ready once: whitespace flattened, its distinct terms to choose texts by, then the snippet cut from it", () => {
    expect(snippetText(ANSWER, terms("tracing staff zebra")).distinct).toBe(2);
    const raw = `  Tracing\n\n staff\tfirst.  ${ANSWER}`;
    const ready = snippetText(raw, terms("tracing staff zebra"));
    expect(ready.flat.startsWith("Tracing staff first. ")).toBe(true);
    expect(ready.matches.map((m) => ready.flat.slice(m.start, m.end))).toEqual(expect.arrayContaining(["Tracing", "staff"]));
    expect(snippetFrom(ready, { maxLength: 80 })).toEqual(buildSnippet(raw, terms("tracing staff zebra"), { maxLength: 80 }));
    expect(snippetText(" \n ", terms("tracing"))).toEqual({ flat: "", matches: [], distinct: 0 });
  });
});

describe("foldToken", () => {
  it("folds ASCII by case alone and everything else by case and accents, as FTS5 does", () => {
    expect(foldToken("NHS")).toBe("nhs");
    expect(foldToken("Café")).toBe("cafe");
    expect(foldToken("cafe\u0301")).toBe("cafe");
    expect(foldToken("ÁINE")).toBe("aine");
  });
});

describe("findMatches on ASCII text (found in place) agrees with the tokenizing path", () => {
  it("for words, phrases and prefixes in random text", () => {
    let seed = 11;
    const rnd = () => (seed = (seed * 48271) % 2147483647) / 2147483647;
    const words = ["net", "zero", "Net", "ZERO", "netzero", "cost", "of", "living", "costs", "2050", "a1"];
    const seps = [" ", "-", "’", " — ", ", ", "\n", "“", "."];
    const terms = [
      { text: "net zero", prefix: false },
      { text: "cost", prefix: true },
      { text: "of living", prefix: false },
      { text: "2050", prefix: false },
    ];
    for (let i = 0; i < 300; i++) {
      let text = "";
      for (let w = 0; w < 30; w++) text += words[Math.floor(rnd() * words.length)]! + seps[Math.floor(rnd() * seps.length)]!;
      // A letter beyond ASCII at the very end sends the same text down the tokenizing path.
      expect(findMatches(text, terms)).toEqual(findMatches(`${text} é`, terms));
    }
  });
});

describe("findMatches merging", () => {
  it("puts several terms' hits in order and merges those that overlap or touch", () => {
    const t = "the cost of living and living costs";
    const found = findMatches(t, [
      { text: "of living", prefix: false },
      { text: "cost of", prefix: false },
      { text: "living", prefix: false },
    ]);
    expect(found.map((m) => t.slice(m.start, m.end))).toEqual(["cost of living", "living"]);
    expect(found.map((m) => m.term)).toEqual([1, 2]);
  });
});

describe("bestWindow", () => {
  // The definition: one window per hit, the hits wholly inside it counted, the first best kept.
  function naive(matches: { start: number; end: number; term: number }[], lead: number, maxLength: number, textLength: number): number {
    let best = { start: 0, distinct: -1, hits: -1 };
    for (const anchor of matches) {
      const from = Math.max(0, Math.min(anchor.start - lead, textLength - maxLength));
      const inside = matches.filter((m) => m.start >= from && m.end <= from + maxLength);
      const distinct = new Set(inside.map((m) => m.term)).size;
      if (distinct > best.distinct || (distinct === best.distinct && inside.length > best.hits)) best = { start: from, distinct, hits: inside.length };
    }
    return best.start;
  }

  it("picks the window the one-window-per-hit definition picks, for random hits", () => {
    let seed = 5;
    const rnd = () => (seed = (seed * 48271) % 2147483647) / 2147483647;
    let differentFromFirst = 0;
    for (let i = 0; i < 500; i++) {
      const matches: { start: number; end: number; term: number }[] = [];
      let at = Math.floor(rnd() * 50);
      for (let k = Math.floor(rnd() * 40); k > 0; k--) {
        const len = 2 + Math.floor(rnd() * 12);
        matches.push({ start: at, end: at + len, term: Math.floor(rnd() * 4) });
        at += len + 1 + Math.floor(rnd() * 150);
      }
      const textLength = at + Math.floor(rnd() * 100);
      const maxLength = 40 + Math.floor(rnd() * 300);
      const got = bestWindow(matches, Math.floor(maxLength / 4), maxLength, textLength);
      expect(got).toBe(naive(matches, Math.floor(maxLength / 4), maxLength, textLength));
      if (matches.length && got !== naive(matches.slice(0, 1), Math.floor(maxLength / 4), maxLength, textLength)) differentFromFirst++;
    }
    // The cases are not all won by the first hit's window.
    expect(differentFromFirst).toBeGreaterThan(50);
  });
});

describe("buildSnippet's whitespace", () => {
  it("collapses every run of whitespace, of any kind, to one space", () => {
    let seed = 3;
    const rnd = () => (seed = (seed * 48271) % 2147483647) / 2147483647;
    const pieces = ["a", "bb", " ", "  ", "\n", "\t", "\u00a0", "\r\n", " \n ", "\u2003", "c."];
    for (let i = 0; i < 300; i++) {
      let t = "";
      for (let k = 0; k < 20; k++) t += pieces[Math.floor(rnd() * pieces.length)]!;
      expect(text(buildSnippet(t, terms("zzz"), { maxLength: 1000 }))).toBe(t.replace(/\s+/g, " ").trim());
    }
  });
});
