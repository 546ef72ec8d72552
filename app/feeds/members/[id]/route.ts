import { timelineFeedRoute } from "@/lib/http/feed-routes";

export const dynamic = "force-dynamic";

/** GET /feeds/members/:id → Atom feed of the member's timeline, newest first. */
export const GET = timelineFeedRoute("member");
