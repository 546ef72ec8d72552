import { describe, expect, it } from "vitest";
import { VarintReader, VarintWriter } from "@/lib/search/varint";

describe("varints", () => {
  it("round-trip values from 0 to beyond 2^32", () => {
    const values = [0, 1, 127, 128, 255, 16_383, 16_384, 2 ** 21, 2 ** 31 - 1, 2 ** 32 + 5, 2 ** 45];
    const w = new VarintWriter(4);
    for (const v of values) w.write(v);
    const r = new VarintReader(w.bytes());
    expect(values.map(() => r.read())).toEqual(values);
    expect(r.done).toBe(true);
  });

  it("small values take one byte; a truncated value is an error, not a wrong number", () => {
    const w = new VarintWriter();
    w.write(100);
    expect(w.bytes().length).toBe(1);
    expect(() => new VarintReader(Uint8Array.of(0x80)).read()).toThrow(/Truncated/);
  });
});
