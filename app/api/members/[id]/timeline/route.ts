import { timelineRoute } from "@/lib/http/timeline-route";

export const dynamic = "force-dynamic";

/** GET /api/members/:id/timeline → { events, nextCursor, counts? } */
export const GET = timelineRoute("member");
