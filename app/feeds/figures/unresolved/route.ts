import { unresolvedFiguresFeedGET } from "@/lib/http/feed-routes";

export const dynamic = "force-dynamic";

/** GET /feeds/figures/unresolved → Atom feed of figures newly left open. */
export const GET = unresolvedFiguresFeedGET;
