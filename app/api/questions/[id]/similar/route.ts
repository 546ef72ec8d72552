import { NextResponse } from "next/server";
import { findSimilarEarlierQuestions } from "@/lib/data/similar";
import { apiErrorResponse, jsonError, parseQuery, parseRouteId } from "@/lib/http/api";
import { similarParamsSchema } from "@/lib/validation/similar-params";

export const dynamic = "force-dynamic";

/** "More like this": earlier questions on the same subject, best first — { items }. */
export async function GET(request: Request, { params }: { params: Promise<{ id: string }> }) {
  const id = parseRouteId((await params).id);
  if (!id) return jsonError(404, "Question not found");
  const parsed = parseQuery(similarParamsSchema, request.url);
  if (!parsed.ok) return parsed.response;
  try {
    return NextResponse.json({ items: await findSimilarEarlierQuestions({ id, limit: parsed.data.limit }) });
  } catch (e) {
    return apiErrorResponse(e);
  }
}
