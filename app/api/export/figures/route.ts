import { figuresExportGET } from "@/lib/http/export-routes";

export const dynamic = "force-dynamic";

/** GET /api/export/figures?<ledger params>&format=csv|json → every ledger row, streamed (status=ALL for all). */
export const GET = figuresExportGET;
