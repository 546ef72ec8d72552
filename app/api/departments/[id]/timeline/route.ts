import { timelineRoute } from "@/lib/http/timeline-route";

export const dynamic = "force-dynamic";

/** GET /api/departments/:id/timeline → { events, nextCursor, counts? } */
export const GET = timelineRoute("department");
