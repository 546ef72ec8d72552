import "server-only";
import { apiErrorResponse, jsonError, parseQuery, parseRouteId } from "@/lib/http/api";
import { getMember } from "@/lib/data/members";
import { getAnsweringBody } from "@/lib/data/answering-bodies";
import { listTimeline } from "@/lib/data/timeline";
import { searchQuestions } from "@/lib/data/search";
import { listLedger } from "@/lib/data/ledger";
import { listRecentlyResolvedFigures } from "@/lib/data/figure-feeds";
import { ATOM_CONTENT_TYPE, atomTagId, buildAtomFeed, type AtomFeed } from "@/lib/feeds/atom";
import { resolvedFigureEntry, searchEntry, timelineEntry, unresolvedFigureEntry } from "@/lib/feeds/entries";
import { searchOptionsFromParams, searchParamsSchema, searchQueryRecord, emptySearchValues, SEARCH_FIELDS } from "@/lib/validation/search-params";
import { timelineFilterStrings, timelineParamsSchema, timelineQueryOf } from "@/lib/validation/timeline-params";

/** The GET handlers behind /feeds/**: Atom documents of the ~50 newest entries. */
export const FEED_SIZE = 50;

type IdContext = { params: Promise<{ id: string }> };

function atomResponse(feed: AtomFeed): Response {
  return new Response(buildAtomFeed(feed), {
    status: 200,
    // Feed readers poll; a few minutes of caching spares the database.
    headers: { "Content-Type": ATOM_CONTENT_TYPE, "Cache-Control": "public, max-age=300", "X-Content-Type-Options": "nosniff" },
  });
}

const withQuery = (path: string, query: Record<string, string>) => {
  const qs = new URLSearchParams(query).toString();
  return qs ? `${path}?${qs}` : path;
};

export function timelineFeedRoute(kind: "member" | "department") {
  const label = kind === "member" ? "Member" : "Department";
  return async function GET(request: Request, { params }: IdContext): Promise<Response> {
    const id = parseRouteId((await params).id);
    if (!id) return jsonError(404, `${label} not found`);
    const parsed = parseQuery(timelineParamsSchema, request.url);
    if (!parsed.ok) return parsed.response;
    const url = new URL(request.url);
    try {
      const name = kind === "member" ? (await getMember({ id })).name : (await getAnsweringBody({ id })).name;
      const { filters } = timelineQueryOf(parsed.data);
      const page = await listTimeline({ scope: { kind, id }, filters, limit: FEED_SIZE, order: "desc" });
      const { cursor: _c, limit: _l, order: _o, ...filterParams } = parsed.data;
      const query = timelineFilterStrings(filterParams);
      const base = kind === "member" ? `/members/${id}` : `/departments/${id}`;
      return atomResponse({
        id: atomTagId(kind, id, "timeline", ...Object.entries(query).map(([k, v]) => `${k}=${v}`)),
        title: `${name}: written questions and answers`,
        subtitle: kind === "member" ? `Questions tabled by ${name}, the answers they got, follow-ups and figures left open.` : `Questions put to the ${name}, its answers, follow-ups and figures left open.`,
        selfUrl: `${url.origin}${withQuery(`/feeds${base}`, query)}`,
        alternateUrl: `${url.origin}${withQuery(base, query)}`,
        entries: page.events.map((e) => timelineEntry(e, url.origin)),
      });
    } catch (e) {
      return apiErrorResponse(e);
    }
  };
}

export async function searchFeedGET(request: Request): Promise<Response> {
  const parsed = parseQuery(searchParamsSchema, request.url);
  if (!parsed.ok) return parsed.response;
  const url = new URL(request.url);
  const values = emptySearchValues();
  for (const f of SEARCH_FIELDS) values[f] = url.searchParams.get(f) ?? "";
  const { order: _order, page: _page, ...query } = searchQueryRecord(values);
  try {
    const result = await searchQuestions({ ...searchOptionsFromParams(parsed.data), order: "newest", page: 1, pageSize: FEED_SIZE });
    const described = query.q ? `“${query.q}”` : "filtered questions";
    return atomResponse({
      id: atomTagId("search", new URLSearchParams(query).toString()),
      title: `Answerable search: ${described}`,
      subtitle: "The newest written questions matching this search.",
      selfUrl: `${url.origin}${withQuery("/feeds/search", query)}`,
      alternateUrl: `${url.origin}${withQuery("/search", { ...query, order: "newest" })}`,
      entries: result.items.map((i) => searchEntry(i, url.origin)),
    });
  } catch (e) {
    return apiErrorResponse(e);
  }
}

export async function unresolvedFiguresFeedGET(request: Request): Promise<Response> {
  const { origin } = new URL(request.url);
  try {
    const ledger = await listLedger({ status: "OPEN", sort: "newest", page: 1, pageSize: FEED_SIZE });
    return atomResponse({
      id: atomTagId("figures", "unresolved"),
      title: "Answerable: figures newly left unresolved",
      subtitle: "Figures ministers were asked for and declined or did not give, newest first.",
      selfUrl: `${origin}/feeds/figures/unresolved`,
      alternateUrl: `${origin}/figures?sort=newest`,
      entries: ledger.items.map((f) => unresolvedFigureEntry(f, origin)),
    });
  } catch (e) {
    return apiErrorResponse(e);
  }
}

export async function resolvedFiguresFeedGET(request: Request): Promise<Response> {
  const { origin } = new URL(request.url);
  try {
    const figures = await listRecentlyResolvedFigures({ limit: FEED_SIZE });
    return atomResponse({
      id: atomTagId("figures", "resolved"),
      title: "Answerable: figures newly resolved",
      subtitle: "Figures a later answer finally gave, most recently resolved first.",
      selfUrl: `${origin}/feeds/figures/resolved`,
      alternateUrl: `${origin}/figures?status=RESOLVED`,
      entries: figures.map((f) => resolvedFigureEntry(f, origin)),
    });
  } catch (e) {
    return apiErrorResponse(e);
  }
}
