/**
 * Plain-English provenance of a question record, from Question.sourceFormat,
 * sourceRef and importedAt. Pure, so the page and tests share the wording.
 */
const FORMATS: Record<string, string> = {
  "uk-parliament-api": "the UK Parliament Written Questions API",
  "hansard-xml": "Hansard (parlparse XML)",
  "moj-xml": "the Ministry of Justice PQ feed (XML)",
};

export type Provenance = {
  /** "hand" logged in the app, "seed" shipped sample data, "import" from a file or API. */
  kind: "hand" | "seed" | "import";
  /** Where it came from, e.g. "the UK Parliament Written Questions API". */
  origin: string;
  file: string | null;
  /** "record #135", "line 812 wrans/…", or null when the ref names only a file. */
  position: string | null;
  /** A URL when the ref is one (an API fetch rather than a file). */
  url: string | null;
  /** "YYYY-MM-DD" the source data was captured, when the importer noted it (lib/import/capture.ts). */
  capturedOn: string | null;
};

// lib/import/capture.ts appends " (as-of-YYYY-MM-DD)" to a ref whose file name does not carry the capture date.
const CAPTURE = / \(as-of-(\d{4}-\d{2}-\d{2})\)$/;

export function describeProvenance(source: { format: string; ref: string | null }): Provenance {
  const none = { file: null, position: null, url: null, capturedOn: null };
  if (source.format === "form") return { kind: "hand", origin: "Logged by hand", ...none };
  if (source.format === "seed") return { kind: "seed", origin: "Sample data shipped with Answerable", ...none };
  const origin = FORMATS[source.format] ?? `an import (${source.format})`;
  let ref = source.ref?.trim() || null;
  if (!ref) return { kind: "import", origin, ...none };
  const captured = CAPTURE.exec(ref);
  if (captured) ref = ref.slice(0, captured.index);
  const base = { kind: "import" as const, origin, ...none, capturedOn: captured?.[1] ?? null };
  if (/^https?:\/\//i.test(ref)) return { ...base, url: ref };
  const record = /^(.+)#(\d+)$/.exec(ref);
  if (record) return { ...base, file: record[1]!, position: `record #${record[2]}` };
  const at = ref.indexOf("#");
  if (at > 0) return { ...base, file: ref.slice(0, at), position: ref.slice(at + 1) };
  return { ...base, file: ref };
}

/** "12.3 kB" style sizes for attachment lists. */
export function formatBytes(bytes: number | null): string | null {
  if (bytes == null || !Number.isFinite(bytes) || bytes < 0) return null;
  if (bytes < 1024) return `${bytes} bytes`;
  const units = ["kB", "MB", "GB"];
  let v = bytes / 1024;
  let u = 0;
  while (v >= 1024 && u < units.length - 1) {
    v /= 1024;
    u++;
  }
  return `${v < 10 ? v.toFixed(1) : Math.round(v)} ${units[u]}`;
}
