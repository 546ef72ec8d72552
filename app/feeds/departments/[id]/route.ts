import { timelineFeedRoute } from "@/lib/http/feed-routes";

export const dynamic = "force-dynamic";

/** GET /feeds/departments/:id → Atom feed of the department's timeline, newest first. */
export const GET = timelineFeedRoute("department");
