import "server-only";
import { NextResponse } from "next/server";
import type { z } from "zod";
import { DomainValidationError, NotFoundError } from "@/lib/data/errors";

/** JSON error body of every API route: { error, field? }. */
export type ApiErrorBody = { error: string; field?: string };

export function jsonError(status: number, error: string, field?: string) {
  return NextResponse.json<ApiErrorBody>(field ? { error, field } : { error }, { status });
}

/**
 * Parses query parameters with a zod schema. Repeated names become arrays.
 * Returns the parsed value, or a 400 response naming the first bad field.
 */
export function parseQuery<S extends z.ZodType>(schema: S, url: string | URL): { ok: true; data: z.output<S> } | { ok: false; response: NextResponse } {
  const params = new URL(url).searchParams;
  const raw: Record<string, string | string[]> = {};
  for (const key of new Set(params.keys())) {
    const all = params.getAll(key);
    raw[key] = all.length > 1 ? all : (all[0] ?? "");
  }
  const parsed = schema.safeParse(raw);
  if (parsed.success) return { ok: true, data: parsed.data };
  const issue = parsed.error.issues[0];
  const field =
    issue?.code === "unrecognized_keys" ? issue.keys[0] : issue?.path.length ? String(issue.path[0]) : undefined;
  if (issue?.code === "unrecognized_keys") {
    return { ok: false, response: jsonError(400, `${field}: unknown parameter`, field) };
  }
  return { ok: false, response: jsonError(400, field ? `${field}: ${issue?.message}` : (issue?.message ?? "Bad request"), field) };
}

export { parseRouteId } from "@/lib/http/route-id";

/** Maps the data layer's known errors to HTTP; anything else is a real 500. */
export function apiErrorResponse(e: unknown) {
  if (e instanceof NotFoundError) return jsonError(404, e.message);
  if (e instanceof DomainValidationError) {
    const [field, messages] = Object.entries(e.fieldErrors)[0] ?? [];
    return jsonError(400, messages?.[0] ?? e.message, field);
  }
  console.error("API error", e);
  return jsonError(500, "Internal error");
}
