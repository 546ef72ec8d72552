import { describe, expect, it } from "vitest";
import { PairTable } from "@/lib/search/pair-table";

describe("PairTable", () => {
  it("numbers pairs in the order first added, growing as it fills, order within a pair counting", () => {
    const t = new PairTable(4);
    const pairs = Array.from({ length: 50_000 }, (_, i): [number, number] => [i % 1_000, (i * 104_729) % 4_000_000_007]);
    const numbers = pairs.map((_, i) => i);
    expect(pairs.map(([x, y]) => t.add(x, y))).toEqual(numbers);
    expect(pairs.map(([x, y]) => t.add(x, y))).toEqual(numbers);
    expect(pairs.map(([x, y]) => t.get(x, y))).toEqual(numbers);
    expect(t.size).toBe(50_000);
    expect([t.x(123), t.y(123)]).toEqual(pairs[123]);
    expect(t.get(1, 2)).toBe(-1);
    const u = new PairTable();
    u.add(1, 2);
    expect([u.get(2, 1), u.add(2, 1), u.get(1, 2), u.get(1, 3), u.add(1, 3), u.get(0xffff_ffff, 0)]).toEqual([-1, 1, 0, -1, 2, -1]);
  });
});
