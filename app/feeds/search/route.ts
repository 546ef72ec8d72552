import { searchFeedGET } from "@/lib/http/feed-routes";

export const dynamic = "force-dynamic";

/** GET /feeds/search?q=…&<filters> → Atom feed of the newest matching questions. */
export const GET = searchFeedGET;
