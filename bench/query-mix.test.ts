import { describe, expect, it } from "vitest";
import { QUERIES } from "@/bench/queries";
import { HOLDOUT_QUERIES } from "@/bench/queries-holdout";
import { checkMix, queryLabel, type BenchQuery } from "@/bench/query-mix";
import { CsvRecordCounter } from "@/bench/measure-http";
import { spreadOrder } from "@/bench/stats";

const kinds = (mix: readonly BenchQuery[]) => new Set(mix.map((m) => m.kind));

describe("query mixes", () => {
  it("have at least 50 well-formed queries of every kind", () => {
    for (const mix of [QUERIES, HOLDOUT_QUERIES]) {
      expect(mix.length).toBeGreaterThanOrEqual(50);
      expect(checkMix(mix)).toEqual([]);
      expect([...kinds(mix)].sort()).toEqual(["boolean", "common", "filter", "phrase", "prefix", "rare", "words", "zero"]);
      expect(new Set(mix.map(queryLabel)).size).toBe(mix.length);
    }
  });

  it("include the issue's phrases", () => {
    const qs = QUERIES.map((q) => q.q);
    for (const p of ["cost of living", "net zero", "special educational needs"]) expect(qs).toContain(`"${p}"`);
  });

  it("are different mixes", () => {
    const main = new Set(QUERIES.map(queryLabel));
    expect(HOLDOUT_QUERIES.filter((q) => main.has(queryLabel(q)))).toEqual([]);
  });

  it("flags broken entries", () => {
    expect(checkMix([{ kind: "filter", q: "x" }, { kind: "common" }, { kind: "filter", filters: { from: "2025-02-01", to: "2025-01-01" } }])).toHaveLength(3);
  });
});

describe("spreadOrder", () => {
  it("visits every index once, spread from the start", () => {
    const order = spreadOrder(10);
    expect([...order].sort((a, b) => a - b)).toEqual([0, 1, 2, 3, 4, 5, 6, 7, 8, 9]);
    expect(order.slice(0, 2)).toEqual([0, 5]);
  });
});

describe("CsvRecordCounter", () => {
  it("counts records, not line breaks inside quoted fields, across chunks", () => {
    const c = new CsvRecordCounter();
    for (const part of ['id,text\r\n1,"a\nb"\r', '\n2,"say ""hi""\n', '"\n3,plain']) c.push(part);
    expect(c.end()).toBe(4); // header + 3
  });
});
