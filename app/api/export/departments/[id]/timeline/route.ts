import { timelineExportRoute } from "@/lib/http/export-routes";

export const dynamic = "force-dynamic";

/** GET /api/export/departments/:id/timeline?<timeline params>&format=csv|json → every event, streamed. */
export const GET = timelineExportRoute("department");
