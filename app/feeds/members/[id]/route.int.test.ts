import { beforeAll, describe, expect, it } from "vitest";
import { DomUtils, parseDocument } from "htmlparser2";
import { GET } from "@/app/feeds/members/[id]/route";
import { GET as GET_DEPT } from "@/app/feeds/departments/[id]/route";
import { GET as GET_SEARCH } from "@/app/feeds/search/route";
import { GET as GET_UNRESOLVED } from "@/app/feeds/figures/unresolved/route";
import { GET as GET_RESOLVED } from "@/app/feeds/figures/resolved/route";
import { db } from "@/lib/db";
import { seedFoundingCase } from "@/prisma/seed/founding-case";

const ctx = (id: string | number) => ({ params: Promise.resolve({ id: String(id) }) });
const req = (path: string) => new Request(`http://test.local${path}`);

async function atom(res: Response) {
  expect(res.status).toBe(200);
  expect(res.headers.get("content-type")).toBe("application/atom+xml; charset=utf-8");
  const xml = await res.text();
  const doc = parseDocument(xml, { xmlMode: true });
  const feed = DomUtils.findOne((e) => e.name === "feed", doc.children)!;
  const entries = feed.children.filter((c) => "name" in c && c.name === "entry") as (typeof feed)[];
  const text = (el: typeof feed, name: string) => DomUtils.textContent(DomUtils.findOne((e) => e.name === name, el.children, false)!);
  return { xml, feed, entries, text };
}

let loweId = 0;
beforeAll(async () => {
  await seedFoundingCase(db);
  loweId = (await db.member.findUniqueOrThrow({ where: { parliamentId: 5158 } })).id;
});

describe("GET /feeds/members/:id", () => {
  it("is an Atom feed of the member's timeline, newest first", async () => {
    const { feed, entries, text } = await atom(await GET(req(`/feeds/members/${loweId}`), ctx(loweId)));
    expect(feed.attribs.xmlns).toBe("http://www.w3.org/2005/Atom");
    expect(text(feed, "id")).toBe(`tag:answerable,2025:member/${loweId}/timeline`);
    expect(text(feed, "title")).toContain("Rupert Lowe");
    expect(entries.length).toBeGreaterThan(0);
    expect(entries.length).toBeLessThanOrEqual(50);
    const updated = entries.map((e) => text(e, "updated"));
    expect([...updated].sort().reverse()).toEqual(updated);
    expect(text(feed, "updated")).toBe(updated[0]);
    expect(entries.every((e) => text(e, "id").startsWith("tag:answerable,2025:"))).toBe(true);
    const links = entries.map((e) => DomUtils.findOne((x) => x.name === "link", e.children, false)!.attribs.href!);
    expect(links.every((l) => l.startsWith("http://test.local/"))).toBe(true);
    const self = DomUtils.findAll((x) => x.name === "link" && x.attribs.rel === "self", feed.children)[0];
    expect(self?.attribs.href).toBe(`http://test.local/feeds/members/${loweId}`);
  });

  it("answers 404 for an unknown member and 400 for a bad filter", async () => {
    expect((await GET(req("/feeds/members/999999999"), ctx(999_999_999))).status).toBe(404);
    expect((await GET(req("/feeds/members/x"), ctx("x"))).status).toBe(404);
    const bad = await GET(req(`/feeds/members/${loweId}?status=nope`), ctx(loweId));
    expect(bad.status).toBe(400);
  });
});

describe("GET /feeds/departments/:id", () => {
  it("is an Atom feed for the Home Office", async () => {
    const home = await db.answeringBody.findFirstOrThrow({ where: { name: { contains: "Home Office" } } });
    const { entries, text, feed } = await atom(await GET_DEPT(req(`/feeds/departments/${home.id}`), ctx(home.id)));
    expect(text(feed, "title")).toContain("Home Office");
    expect(entries.length).toBeGreaterThan(0);
    expect((await GET_DEPT(req("/feeds/departments/999999999"), ctx(999_999_999))).status).toBe(404);
  });
});

describe("GET /feeds/search", () => {
  it("lists the newest questions matching tracing, 95752 among them", async () => {
    const { xml, entries, text } = await atom(await GET_SEARCH(req("/feeds/search?q=tracing")));
    expect(entries.length).toBeGreaterThan(0);
    expect(xml).toContain("95752");
    expect(entries.every((e) => /^tag:answerable,2025:question\/\d+$/.test(text(e, "id")))).toBe(true);
  });

  it("answers 400 naming a bad filter", async () => {
    const res = await GET_SEARCH(req("/feeds/search?q=x&from=bad"));
    expect(res.status).toBe(400);
    expect(await res.json()).toMatchObject({ field: "from" });
  });
});

describe("GET /feeds/figures/*", () => {
  it("lists unresolved figures, newest opened first", async () => {
    const { entries, text } = await atom(await GET_UNRESOLVED(req("/feeds/figures/unresolved")));
    expect(entries.length).toBeGreaterThan(0);
    const updated = entries.map((e) => text(e, "updated"));
    expect([...updated].sort().reverse()).toEqual(updated);
    expect(entries.every((e) => /figure\/\d+\/left-open$/.test(text(e, "id")))).toBe(true);
  });

  it("lists resolved figures by when they were resolved", async () => {
    const resolved = await db.figure.count({ where: { status: "RESOLVED", reviewState: "ACCEPTED", resolvedAt: { not: null } } });
    const { entries, text } = await atom(await GET_RESOLVED(req("/feeds/figures/resolved")));
    expect(entries.length).toBe(Math.min(resolved, 50));
    const updated = entries.map((e) => text(e, "updated"));
    expect([...updated].sort().reverse()).toEqual(updated);
  });
});
