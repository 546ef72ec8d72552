import { describe, expect, it } from "vitest";
import { jsonArrayChunks } from "@/lib/export/json";

async function* batches<T>(...bs: T[][]) {
  for (const b of bs) yield b;
}
async function collect(gen: AsyncIterable<string>) {
  const chunks: string[] = [];
  for await (const c of gen) chunks.push(c);
  return chunks;
}

describe("jsonArrayChunks", () => {
  it("streams a valid array, one object per line, skipping empty batches", async () => {
    const chunks = await collect(jsonArrayChunks(batches<{ a: unknown }>([{ a: 1 }, { a: "x\ny" }], [], [{ a: null }])));
    const text = chunks.join("");
    expect(text).toBe('[\n{"a":1},\n{"a":"x\\ny"},\n{"a":null}\n]\n');
    expect(JSON.parse(text)).toEqual([{ a: 1 }, { a: "x\ny" }, { a: null }]);
    expect(chunks.length).toBe(4);
  });

  it("is an empty array for no rows", async () => {
    const text = (await collect(jsonArrayChunks(batches()))).join("");
    expect(JSON.parse(text)).toEqual([]);
  });
});
