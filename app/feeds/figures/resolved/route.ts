import { resolvedFiguresFeedGET } from "@/lib/http/feed-routes";

export const dynamic = "force-dynamic";

/** GET /feeds/figures/resolved → Atom feed of figures newly resolved. */
export const GET = resolvedFiguresFeedGET;
