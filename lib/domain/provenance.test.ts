import { describe, expect, it } from "vitest";
import { describeProvenance, formatBytes } from "@/lib/domain/provenance";

describe("describeProvenance", () => {
  it("names the API, file and record of an API import", () => {
    expect(describeProvenance({ format: "uk-parliament-api", ref: "commons-2025-12.as-of-2025-12-10.json#135" })).toEqual({
      kind: "import",
      origin: "the UK Parliament Written Questions API",
      file: "commons-2025-12.as-of-2025-12-10.json",
      position: "record #135",
      url: null,
      capturedOn: null,
    });
  });

  it("reads the capture date the importer appends to a ref", () => {
    expect(describeProvenance({ format: "uk-parliament-api", ref: "snapshot-2025-12-10.json#1 (as-of-2025-12-08)" })).toMatchObject({
      file: "snapshot-2025-12-10.json",
      position: "record #1",
      capturedOn: "2025-12-08",
    });
  });

  it("keeps an XML line position and a URL ref", () => {
    expect(describeProvenance({ format: "hansard-xml", ref: "answers2025-12-01a.xml#line 812 wrans/2025-12-01a.1.0 qnum 95752 (note)" })).toMatchObject({
      origin: "Hansard (parlparse XML)",
      file: "answers2025-12-01a.xml",
      position: "line 812 wrans/2025-12-01a.1.0 qnum 95752 (note)",
    });
    expect(describeProvenance({ format: "uk-parliament-api", ref: "https://questions-statements-api.parliament.uk/api/writtenquestions/questions/1" })).toMatchObject({ url: expect.stringMatching(/^https:/), file: null });
  });

  it("hand-logged and seeded records, and unknown formats", () => {
    expect(describeProvenance({ format: "form", ref: null })).toMatchObject({ kind: "hand", origin: "Logged by hand" });
    expect(describeProvenance({ format: "seed", ref: null }).kind).toBe("seed");
    expect(describeProvenance({ format: "csv", ref: "x.csv" })).toMatchObject({ origin: "an import (csv)", file: "x.csv", position: null });
  });
});

describe("formatBytes", () => {
  it.each([
    [null, null],
    [512, "512 bytes"],
    [2048, "2.0 kB"],
    [350_000, "342 kB"],
    [5 * 1024 * 1024, "5.0 MB"],
  ])("%s → %s", (bytes, out) => expect(formatBytes(bytes)).toBe(out));
});
