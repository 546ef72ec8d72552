import { describe, expect, it } from "vitest";
import { TextVarintReader, TextVarintWriter } from "@/lib/search/text-varint";
import { mergeWords } from "@/lib/search/rank-parts";

describe("text varints", () => {
  it("read back every number written, in printable ASCII, five bits a character", () => {
    let seed = 7;
    const rnd = () => (seed = (seed * 48271) % 2147483647) / 2147483647;
    const values = [0, 1, 31, 32, 1023, 1024, 2 ** 31 - 1, 2 ** 31, 2 ** 40 + 5, ...Array.from({ length: 500 }, () => Math.floor(rnd() ** 4 * 2 ** 33))];
    const w = new TextVarintWriter();
    for (const v of values) w.write(v);
    const text = w.text();
    expect(text).toMatch(/^[0-o]+$/);
    expect(new TextVarintWriter().text()).toBe("");
    const r = new TextVarintReader(text);
    expect(values.map(() => r.read())).toEqual(values);
    expect(r.done).toBe(true);
    // One character up to 31, two up to 1,023.
    const one = new TextVarintWriter();
    one.write(31);
    expect(one.text()).toHaveLength(1);
    one.reset();
    one.write(1023);
    expect(one.text()).toHaveLength(2);
  });

  it("refuse a truncated or foreign number rather than read a wrong one", () => {
    const w = new TextVarintWriter();
    w.write(5000);
    expect(() => new TextVarintReader(w.text().slice(0, -1)).read()).toThrow(/rank index/);
    expect(() => new TextVarintReader("\u0001\u0002").read()).toThrow(/rank index/);
  });

  it("agree with mergeWords, which walks a row's word list without a reader", () => {
    let seed = 11;
    const rnd = () => (seed = (seed * 48271) % 2147483647) / 2147483647;
    for (let round = 0; round < 50; round++) {
      const pairs = new Map<number, number>();
      for (let i = 0; i < 1 + rnd() * 60; i++) pairs.set(Math.floor(rnd() * 5000), 1 + Math.floor(rnd() * 3000));
      const ids = [...pairs.keys()].sort((a, b) => a - b);
      const w = new TextVarintWriter();
      let prev = 0;
      for (const id of ids) {
        w.write(id - prev);
        w.write(pairs.get(id)!);
        prev = id;
      }
      const wanted = [...new Set(Array.from({ length: 8 }, () => (rnd() < 0.5 ? ids[Math.floor(rnd() * ids.length)]! : Math.floor(rnd() * 5000))))].sort((a, b) => a - b);
      const seen: [number, number][] = [];
      mergeWords(w.text(), wanted, (k, tf) => seen.push([wanted[k]!, tf]));
      expect(seen).toEqual(wanted.filter((id) => pairs.has(id)).map((id) => [id, pairs.get(id)!]));
    }
  });
});
