import { NextResponse } from "next/server";
import { getQuestion } from "@/lib/data/question-detail";
import { apiErrorResponse, jsonError, parseRouteId } from "@/lib/http/api";

export const dynamic = "force-dynamic";

export async function GET(_request: Request, { params }: { params: Promise<{ id: string }> }) {
  const id = parseRouteId((await params).id);
  if (!id) return jsonError(404, "Question not found");
  try {
    return NextResponse.json(await getQuestion({ id }));
  } catch (e) {
    return apiErrorResponse(e);
  }
}
