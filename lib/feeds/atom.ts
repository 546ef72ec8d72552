/**
 * Atom 1.0 (RFC 4287) documents, built as strings. Pure: callers pass absolute
 * URLs and dates; every piece of text is escaped here.
 */
export type AtomEntry = {
  /** A stable IRI, e.g. from atomTagId(). */
  id: string;
  title: string;
  updated: Date;
  published?: Date;
  /** Absolute URL of the entry's page. */
  url: string;
  summary?: string;
  /** Plain text; sent as type="text". */
  content?: string;
  authors?: string[];
  categories?: string[];
};

export type AtomFeed = {
  id: string;
  title: string;
  subtitle?: string;
  /** Absolute URL of the feed itself. */
  selfUrl: string;
  /** Absolute URL of the page the feed follows. */
  alternateUrl: string;
  /** Used when there are no entries; otherwise the newest entry's date. */
  fallbackUpdated?: Date;
  entries: AtomEntry[];
  generator?: string;
};

export const ATOM_CONTENT_TYPE = "application/atom+xml; charset=utf-8";

// Characters XML 1.0 forbids outright (C0 controls other than tab, LF, CR; lone surrogates; U+FFFE/U+FFFF).
const INVALID_XML = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

export function xmlEscape(text: string): string {
  return text
    .replace(INVALID_XML, "")
    .replace(/&/g, "&amp;")
    .replace(/</g, "&lt;")
    .replace(/>/g, "&gt;")
    .replace(/"/g, "&quot;")
    .replace(/'/g, "&apos;");
}

/** "tag:answerable,2025:question/123" (RFC 4151): stable whatever host serves the feed. */
export function atomTagId(...path: (string | number)[]): string {
  return `tag:answerable,2025:${path.map((p) => encodeURIComponent(String(p))).join("/")}`;
}

const el = (name: string, text: string, attrs = "") => `<${name}${attrs}>${xmlEscape(text)}</${name}>`;
const link = (href: string, rel: string, type?: string) =>
  `<link rel="${rel}" href="${xmlEscape(href)}"${type ? ` type="${xmlEscape(type)}"` : ""}/>`;
const iso = (d: Date) => d.toISOString();

function entryXml(e: AtomEntry): string {
  const parts = [
    el("id", e.id),
    el("title", e.title, ' type="text"'),
    el("updated", iso(e.updated)),
    e.published ? el("published", iso(e.published)) : "",
    link(e.url, "alternate", "text/html"),
    ...(e.authors ?? []).map((a) => `<author>${el("name", a)}</author>`),
    ...(e.categories ?? []).map((c) => `<category term="${xmlEscape(c)}"/>`),
    e.summary ? el("summary", e.summary, ' type="text"') : "",
    e.content ? el("content", e.content, ' type="text"') : "",
  ];
  return `  <entry>\n    ${parts.filter(Boolean).join("\n    ")}\n  </entry>`;
}

/** The newest entry's date: what a feed's <updated> must say. */
export function feedUpdated(entries: AtomEntry[], fallback: Date): Date {
  return entries.reduce((max, e) => (e.updated > max ? e.updated : max), entries.length ? new Date(0) : fallback);
}

export function buildAtomFeed(feed: AtomFeed): string {
  const updated = feedUpdated(feed.entries, feed.fallbackUpdated ?? new Date(0));
  const head = [
    el("id", feed.id),
    el("title", feed.title, ' type="text"'),
    feed.subtitle ? el("subtitle", feed.subtitle, ' type="text"') : "",
    el("updated", iso(updated)),
    link(feed.selfUrl, "self", "application/atom+xml"),
    link(feed.alternateUrl, "alternate", "text/html"),
    // A feed without an author on every entry needs one at feed level (RFC 4287 §4.1.1).
    `<author>${el("name", "Answerable")}</author>`,
    el("generator", feed.generator ?? "Answerable"),
  ];
  return [
    `<?xml version="1.0" encoding="utf-8"?>`,
    `<feed xmlns="http://www.w3.org/2005/Atom">`,
    `  ${head.filter(Boolean).join("\n  ")}`,
    ...feed.entries.map(entryXml),
    `</feed>`,
    "",
  ].join("\n");
}
