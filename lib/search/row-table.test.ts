import { describe, expect, it } from "vitest";
import { RowTable } from "@/lib/search/row-table";

describe("RowTable", () => {
  it("maps rows to values, growing past the size it was reset for", () => {
    const t = new RowTable();
    t.reset(4);
    const rows = Array.from({ length: 1000 }, (_, i) => (i * 7919) % 100_003);
    rows.forEach((row, i) => t.set(row, i % 50));
    rows.forEach((row, i) => expect(t.get(row)).toBe(i % 50));
    expect(t.size).toBe(1000);
    expect(t.get(5)).toBe(-1);
    expect(t.has(rows[10]!)).toBe(true);
    // Setting a row again replaces its value.
    t.set(rows[0]!, 7);
    expect(t.get(rows[0]!)).toBe(7);
    expect(t.size).toBe(1000);
  });

  it("starts empty after a reset without clearing, whether it shrinks or not", () => {
    const t = new RowTable();
    t.reset(2000);
    for (let row = 0; row < 2000; row++) t.set(row, 3);
    t.reset(10);
    expect(t.get(7)).toBe(-1);
    t.set(7, 1);
    expect([t.get(7), t.get(8), t.size]).toEqual([1, -1, 1]);
    t.reset(3000);
    for (let row = 0; row < 2000; row++) expect(t.has(row)).toBe(false);
    t.reset(10);
    expect(t.has(5)).toBe(false);
  });

  it("forgets what was set before each reset", () => {
    const t = new RowTable();
    t.reset(10);
    t.set(3, 1);
    t.reset(10);
    expect(t.has(3)).toBe(false);
    t.set(4, 2);
    t.reset(10);
    t.set(5, 1);
    t.reset(10);
    expect([t.has(4), t.has(5)]).toEqual([false, false]);
  });
});
