import { describe, expect, it } from "vitest";
import { createLineParser, encodeLine, readImportStream, splitSourceRef, type ImportStreamLine } from "@/lib/import/progress-stream";

const progress: ImportStreamLine = { type: "progress", file: "a.json", records: 200, perSecond: 150.5, fileIndex: 1, fileCount: 2 };
const error: ImportStreamLine = { type: "error", error: "boom" };

function streamOf(chunks: string[]): ReadableStream<Uint8Array> {
  const enc = new TextEncoder();
  return new ReadableStream({
    start(c) {
      for (const ch of chunks) c.enqueue(enc.encode(ch));
      c.close();
    },
  });
}

describe("createLineParser", () => {
  it("keeps a line split across chunks until its newline arrives", () => {
    const p = createLineParser();
    const text = encodeLine(progress) + encodeLine(error);
    const cut = 17;
    expect(p.push(text.slice(0, cut))).toEqual([]);
    expect(p.push(text.slice(cut))).toEqual([progress, error]);
    expect(p.end()).toEqual([]);
  });

  it("returns a last line without a newline at the end, skips blank lines", () => {
    const p = createLineParser();
    expect(p.push("\n\n" + JSON.stringify(error))).toEqual([]);
    expect(p.end()).toEqual([error]);
  });

  it("turns garbage and unknown types into error lines instead of throwing", () => {
    const p = createLineParser();
    const lines = p.push('not json\n{"type":"other"}\n');
    expect(lines.map((l) => l.type)).toEqual(["error", "error"]);
    expect(lines[0]).toMatchObject({ error: expect.stringMatching(/Unreadable/) });
  });
});

describe("readImportStream", () => {
  it("reads byte chunks that split a multi-byte character and a line", async () => {
    const text = encodeLine({ ...progress, file: "é-questions.json" }) + encodeLine(error);
    const bytes = new TextEncoder().encode(text);
    const at = bytes.indexOf(0xc3) + 1; // inside "é"
    const seen: string[] = [];
    const body = new ReadableStream<Uint8Array>({
      start(c) {
        c.enqueue(bytes.slice(0, at));
        c.enqueue(bytes.slice(at));
        c.close();
      },
    });
    const lines = await readImportStream(body, (l) => seen.push(l.type));
    expect(lines[0]).toMatchObject({ type: "progress", file: "é-questions.json" });
    expect(seen).toEqual(["progress", "error"]);
  });

  it("handles many lines in one chunk", async () => {
    const lines = await readImportStream(streamOf([encodeLine(progress).repeat(3)]));
    expect(lines).toHaveLength(3);
  });
});

describe("splitSourceRef", () => {
  it.each([
    ["commons-2025-12.json#135", { file: "commons-2025-12.json", position: "record #135" }],
    ["debates.xml#line 12 wrans/2025-12-01a.1.0", { file: "debates.xml", position: "line 12 wrans/2025-12-01a.1.0" }],
    ["snap.json#4 (as-of-2025-12-08)", { file: "snap.json", position: "record #4 (as-of-2025-12-08)" }],
    ["broken.json", { file: "broken.json", position: null }],
    ["a#b.json#3", { file: "a#b.json", position: "record #3" }],
  ])("%s", (ref, expected) => expect(splitSourceRef(ref)).toEqual(expected));
});
