import { searchExportGET } from "@/lib/http/export-routes";

export const dynamic = "force-dynamic";

/** GET /api/export/search?<search params>&format=csv|json → every matching question, streamed. */
export const GET = searchExportGET;
