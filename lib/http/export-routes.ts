import "server-only";
import { apiErrorResponse, jsonError, parseQuery, parseRouteId } from "@/lib/http/api";
import { exportFilename, exportFormatSchema, exportResponse } from "@/lib/export/response";
import { SEARCH_EXPORT_COLUMNS, searchExportBatches } from "@/lib/export/search";
import { TIMELINE_EXPORT_COLUMNS, timelineExportBatches } from "@/lib/export/timeline";
import { LEDGER_EXPORT_COLUMNS, ledgerExportBatches } from "@/lib/export/ledger";
import { searchOptionsFromParams, searchParamsSchema } from "@/lib/validation/search-params";
import { timelineParamsSchema, timelineQueryOf } from "@/lib/validation/timeline-params";
import { ledgerParamsSchema, ledgerQueryOf } from "@/lib/validation/ledger-params";

/**
 * The GET handlers behind /api/export/**: the list's own parameters plus
 * format=csv|json, validated before anything streams (400 naming the field;
 * 404 for a missing member or department).
 */
type IdContext = { params: Promise<{ id: string }> };

export async function searchExportGET(request: Request): Promise<Response> {
  const parsed = parseQuery(searchParamsSchema, request.url);
  if (!parsed.ok) return parsed.response;
  const format = parseQuery(exportFormatSchema, request.url);
  if (!format.ok) return format.response;
  const { page: _page, ...opts } = searchOptionsFromParams(parsed.data);
  try {
    return await exportResponse({
      format: format.data.format,
      filename: exportFilename("search", format.data.format),
      columns: SEARCH_EXPORT_COLUMNS,
      batches: searchExportBatches(opts, { origin: new URL(request.url).origin }),
    });
  } catch (e) {
    return apiErrorResponse(e);
  }
}

export function timelineExportRoute(kind: "member" | "department") {
  const label = kind === "member" ? "Member" : "Department";
  return async function GET(request: Request, { params }: IdContext): Promise<Response> {
    const id = parseRouteId((await params).id);
    if (!id) return jsonError(404, `${label} not found`);
    const parsed = parseQuery(timelineParamsSchema, request.url);
    if (!parsed.ok) return parsed.response;
    const format = parseQuery(exportFormatSchema, request.url);
    if (!format.ok) return format.response;
    // The export is the whole timeline: cursor and limit, if given, are ignored.
    const { filters, order } = timelineQueryOf(parsed.data);
    try {
      return await exportResponse({
        format: format.data.format,
        filename: exportFilename(`${kind}-${id}-timeline`, format.data.format),
        columns: TIMELINE_EXPORT_COLUMNS,
        batches: timelineExportBatches({ scope: { kind, id }, filters, order }, { origin: new URL(request.url).origin }),
      });
    } catch (e) {
      return apiErrorResponse(e);
    }
  };
}

export async function figuresExportGET(request: Request): Promise<Response> {
  const parsed = parseQuery(ledgerParamsSchema, request.url);
  if (!parsed.ok) return parsed.response;
  const format = parseQuery(exportFormatSchema, request.url);
  if (!format.ok) return format.response;
  const { page: _page, pageSize: _pageSize, ...opts } = ledgerQueryOf(parsed.data);
  try {
    return await exportResponse({
      format: format.data.format,
      filename: exportFilename("figures", format.data.format),
      columns: LEDGER_EXPORT_COLUMNS,
      batches: ledgerExportBatches(opts, { origin: new URL(request.url).origin }),
    });
  } catch (e) {
    return apiErrorResponse(e);
  }
}
