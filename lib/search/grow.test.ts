import { describe, expect, it } from "vitest";
import { grown } from "@/lib/search/grow";

describe("grown", () => {
  it("doubles a typed array of the same kind, or grows it to the length asked, keeping its elements", () => {
    const a = grown(Int32Array.of(-1, 7));
    expect([a instanceof Int32Array, Array.from(a)]).toEqual([true, [-1, 7, 0, 0]]);
    const b = grown(Uint16Array.of(65_535), 5);
    expect([b instanceof Uint16Array, Array.from(b)]).toEqual([true, [65_535, 0, 0, 0, 0]]);
    expect(grown(new Uint32Array(0), 1024)).toHaveLength(1024);
    const c = grown(Float64Array.of(0.5), 3);
    expect([c instanceof Float64Array, Array.from(c)]).toEqual([true, [0.5, 0, 0]]);
  });
});
