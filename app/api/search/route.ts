import { NextResponse } from "next/server";
import { searchQuestions } from "@/lib/data/search";
import { apiErrorResponse, parseQuery } from "@/lib/http/api";
import { searchOptionsFromParams, searchParamsSchema } from "@/lib/validation/search-params";

export const dynamic = "force-dynamic";

export async function GET(request: Request) {
  const parsed = parseQuery(searchParamsSchema, request.url);
  if (!parsed.ok) return parsed.response;
  try {
    return NextResponse.json(await searchQuestions({ ...searchOptionsFromParams(parsed.data), facets: true }));
  } catch (e) {
    return apiErrorResponse(e);
  }
}
