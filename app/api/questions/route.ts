import { NextResponse } from "next/server";
import { listQuestions } from "@/lib/data/questions";
import { apiErrorResponse, parseQuery } from "@/lib/http/api";
import { questionListParamsSchema } from "@/lib/validation/question-list-params";

export const dynamic = "force-dynamic";

export async function GET(request: Request) {
  const parsed = parseQuery(questionListParamsSchema, request.url);
  if (!parsed.ok) return parsed.response;
  const { member, dept, status, house, from, to, page, pageSize } = parsed.data;
  try {
    return NextResponse.json(
      await listQuestions({ filters: { memberId: member, answeringBodyId: dept, status, house, from, to }, page, pageSize }),
    );
  } catch (e) {
    return apiErrorResponse(e);
  }
}
