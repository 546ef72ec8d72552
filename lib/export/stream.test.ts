import { describe, expect, it } from "vitest";
import { prime, readText, textStream } from "@/lib/export/stream";
import { exportFilename, exportFormatSchema, exportResponse } from "@/lib/export/response";

describe("textStream", () => {
  it("encodes each chunk as UTF-8, keeping a BOM", async () => {
    async function* gen() {
      yield "\uFEFFé";
      yield "😀";
    }
    const bytes = new Uint8Array(await new Response(textStream(gen())).arrayBuffer());
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(await readText(textStream(gen()))).toBe("\uFEFFé😀");
  });

  it("pulls lazily and stops the generator when cancelled", async () => {
    let produced = 0;
    let finished = false;
    async function* gen() {
      try {
        for (;;) {
          produced++;
          yield "x";
        }
      } finally {
        finished = true;
      }
    }
    const reader = textStream(gen()).getReader();
    await reader.read();
    await reader.read();
    await reader.cancel();
    expect(produced).toBeLessThanOrEqual(3);
    expect(finished).toBe(true);
  });

  it("errors the stream when the generator throws mid-way", async () => {
    async function* gen() {
      yield "a";
      throw new Error("boom");
    }
    await expect(readText(textStream(gen()))).rejects.toThrow("boom");
  });
});

describe("prime", () => {
  it("surfaces an error from the first item before streaming", async () => {
    async function* gen(): AsyncGenerator<number> {
      throw new Error("not found");
    }
    await expect(prime(gen())).rejects.toThrow("not found");
  });

  it("replays the first item then the rest", async () => {
    let started = 0;
    async function* gen() {
      started++;
      yield 1;
      yield 2;
    }
    const primed = await prime(gen());
    expect(started).toBe(1);
    const out: number[] = [];
    for await (const n of primed) out.push(n);
    expect(out).toEqual([1, 2]);
  });
});

describe("exportResponse", () => {
  async function* rows() {
    yield [{ id: 1, t: "=x" }];
    yield [{ id: 2, t: "y" }];
  }

  it("sends CSV as an attachment with the filename", async () => {
    const res = await exportResponse({ format: "csv", filename: "answerable-x-2026-11-26.csv", columns: ["id", "t"], batches: rows() });
    expect(res.headers.get("content-type")).toMatch(/^text\/csv; charset=utf-8/);
    expect(res.headers.get("content-disposition")).toBe('attachment; filename="answerable-x-2026-11-26.csv"');
    expect(await readText(res.body!)).toBe("\uFEFFid,t\r\n1,'=x\r\n2,y\r\n");
  });

  it("sends JSON as a parseable array", async () => {
    const res = await exportResponse({ format: "json", filename: "f.json", columns: ["id", "t"], batches: rows() });
    expect(res.headers.get("content-type")).toBe("application/json; charset=utf-8");
    expect(JSON.parse(await res.text())).toEqual([{ id: 1, t: "=x" }, { id: 2, t: "y" }]);
  });
});

describe("exportFilename and format", () => {
  it("names the file by what, day and format", () => {
    expect(exportFilename("search", "csv", new Date(Date.UTC(2026, 10, 26)))).toBe("answerable-search-2026-11-26.csv");
    expect(exportFilename("Member 5/timeline", "json", new Date(Date.UTC(2026, 0, 2)))).toBe("answerable-member-5-timeline-2026-01-02.json");
  });

  it("defaults to csv and rejects other formats", () => {
    expect(exportFormatSchema.parse({}).format).toBe("csv");
    expect(exportFormatSchema.parse({ format: "JSON" }).format).toBe("json");
    expect(exportFormatSchema.safeParse({ format: "xml" }).success).toBe(false);
  });
});
