import { describe, expect, it } from "vitest";
import { parseDocument } from "htmlparser2";
import { DomUtils } from "htmlparser2";
import { atomTagId, buildAtomFeed, feedUpdated, xmlEscape, type AtomEntry } from "@/lib/feeds/atom";

const entry = (over: Partial<AtomEntry> = {}): AtomEntry => ({
  id: atomTagId("question", 123),
  title: "Tracing <absconders> & \"others\" 'too'",
  updated: new Date(Date.UTC(2025, 11, 5)),
  url: "https://example.org/questions/123?a=1&b=2",
  summary: "c.65 staff < 100 & more",
  authors: ["Alex Norris"],
  ...over,
});

const feed = (entries: AtomEntry[]) =>
  buildAtomFeed({
    id: atomTagId("member", 1, "timeline"),
    title: "Rupert Lowe & co",
    selfUrl: "https://example.org/feeds/members/1",
    alternateUrl: "https://example.org/members/1",
    fallbackUpdated: new Date(Date.UTC(2020, 0, 1)),
    entries,
  });

describe("xmlEscape", () => {
  it("escapes the five XML specials and drops characters XML forbids", () => {
    expect(xmlEscape(`<a href="x">&'</a>`)).toBe("&lt;a href=&quot;x&quot;&gt;&amp;&apos;&lt;/a&gt;");
    expect(xmlEscape("a\u0000b\u001Fc\td\n")).toBe("abc\td\n");
    expect(xmlEscape("😀")).toBe("😀");
  });
});

describe("atomTagId", () => {
  it("is a tag URI with encoded parts", () => {
    expect(atomTagId("question", 123)).toBe("tag:answerable,2025:question/123");
    expect(atomTagId("search", "q=a b&c")).toBe("tag:answerable,2025:search/q%3Da%20b%26c");
  });
});

describe("buildAtomFeed", () => {
  const older = entry({ id: atomTagId("question", 1), updated: new Date(Date.UTC(2025, 11, 1)) });
  const xml = feed([entry(), older]);
  const doc = parseDocument(xml, { xmlMode: true });
  const root = DomUtils.findOne((e) => e.name === "feed", doc.children)!;
  const children = (name: string, parent = root) => parent.children.filter((c) => "name" in c && c.name === name) as typeof root[];

  it("is well-formed XML with the Atom namespace", () => {
    expect(xml.startsWith('<?xml version="1.0" encoding="utf-8"?>')).toBe(true);
    expect(root.attribs.xmlns).toBe("http://www.w3.org/2005/Atom");
    // Every tag opened is closed: the parser found exactly two entries at top level.
    expect(children("entry")).toHaveLength(2);
    expect(xml.match(/<entry>/g)).toHaveLength(2);
    expect(xml.match(/<\/entry>/g)).toHaveLength(2);
  });

  it("has the required feed elements, updated = newest entry", () => {
    for (const name of ["id", "title", "updated", "author"]) expect(children(name)).toHaveLength(1);
    expect(DomUtils.textContent(children("updated")[0]!)).toBe("2025-12-05T00:00:00.000Z");
    expect(DomUtils.textContent(children("title")[0]!)).toBe("Rupert Lowe & co");
    const self = children("link").find((l) => l.attribs.rel === "self");
    expect(self?.attribs.href).toBe("https://example.org/feeds/members/1");
  });

  it("escapes entry text and links so they round-trip", () => {
    const first = children("entry")[0]!;
    expect(DomUtils.textContent(children("title", first)[0]!)).toBe("Tracing <absconders> & \"others\" 'too'");
    expect(DomUtils.textContent(children("summary", first)[0]!)).toBe("c.65 staff < 100 & more");
    expect(children("link", first)[0]!.attribs.href).toBe("https://example.org/questions/123?a=1&b=2");
    expect(DomUtils.textContent(children("id", first)[0]!)).toBe("tag:answerable,2025:question/123");
    expect(xml).not.toContain("<absconders>");
  });

  it("uses the fallback date for an empty feed", () => {
    const empty = feed([]);
    expect(empty).toContain("<updated>2020-01-01T00:00:00.000Z</updated>");
    expect(empty).not.toContain("<entry>");
    expect(feedUpdated([], new Date(5))).toEqual(new Date(5));
  });
});
