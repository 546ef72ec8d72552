import "server-only";
import { NextResponse } from "next/server";
import { apiErrorResponse, jsonError, parseQuery, parseRouteId } from "@/lib/http/api";
import { getTimelineCounts, listTimeline } from "@/lib/data/timeline";
import { timelineParamsSchema, timelineQueryOf } from "@/lib/validation/timeline-params";

/**
 * The GET handler behind /api/members/:id/timeline and /api/departments/:id/timeline:
 * { events, nextCursor, counts? } — counts on the first page only.
 */
export function timelineRoute(kind: "member" | "department") {
  const label = kind === "member" ? "Member" : "Department";
  return async function GET(request: Request, { params }: { params: Promise<{ id: string }> }) {
    const id = parseRouteId((await params).id);
    if (!id) return jsonError(404, `${label} not found`);
    const parsed = parseQuery(timelineParamsSchema, request.url);
    if (!parsed.ok) return parsed.response;
    try {
      const scope = { kind, id };
      const query = timelineQueryOf(parsed.data);
      const [page, counts] = await Promise.all([
        listTimeline({ scope, ...query }),
        query.cursor ? undefined : getTimelineCounts({ scope, filters: query.filters }),
      ]);
      return NextResponse.json(counts ? { ...page, counts } : page);
    } catch (e) {
      return apiErrorResponse(e);
    }
  };
}
