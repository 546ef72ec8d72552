import { z } from "zod";

export type FormValues = Record<string, string | string[]>;
export type FieldErrors = Record<string, string[]>;

/**
 * FormData as a plain object, the same on the client and the server so that one
 * zod schema validates both. Repeated names become arrays; files are ignored.
 */
export function formDataToObject(formData: FormData): FormValues {
  const out: FormValues = {};
  for (const [key, raw] of formData.entries()) {
    if (typeof raw !== "string" || key.startsWith("$ACTION")) continue;
    const prev = out[key];
    if (prev === undefined) out[key] = raw;
    else out[key] = Array.isArray(prev) ? [...prev, raw] : [prev, raw];
  }
  return out;
}

export function fieldErrorsOf(error: z.ZodError): FieldErrors {
  const out: FieldErrors = {};
  for (const issue of error.issues) {
    const key = issue.path.length ? String(issue.path[0]) : "form";
    (out[key] ??= []).push(issue.message);
  }
  return out;
}

// Building blocks for form schemas: every field arrives as a string (or not at all).
const blankToUndefined = (v: unknown) => (typeof v === "string" && v.trim() === "" ? undefined : v);

export const formText = (label: string, max = 10_000) =>
  z.string({ error: `${label} is required.` }).trim().min(1, `${label} is required.`).max(max, `${label} is too long (at most ${max} characters).`);

export const optionalFormText = (label: string, max = 10_000) =>
  z.preprocess(blankToUndefined, z.string().trim().max(max, `${label} is too long (at most ${max} characters).`).optional());

export const formId = (label: string) =>
  z.preprocess(
    blankToUndefined,
    z.coerce.number({ error: `Choose ${label}.` }).int(`Choose ${label}.`).positive(`Choose ${label}.`),
  );

export const optionalFormId = (label: string) =>
  z.preprocess(blankToUndefined, z.coerce.number().int(`Choose ${label}.`).positive(`Choose ${label}.`).optional());

export const formCheckbox = () => z.preprocess((v) => v === "on" || v === "true" || v === true, z.boolean());

const DAY = /^\d{4}-\d{2}-\d{2}$/;
function toUtcDay(v: string): Date | null {
  if (!DAY.test(v)) return null;
  const [y, m, d] = v.split("-").map(Number) as [number, number, number];
  const date = new Date(Date.UTC(y, m - 1, d));
  return date.getUTCMonth() === m - 1 && date.getUTCDate() === d ? date : null;
}

export const formDay = (label: string) =>
  z
    .string({ error: `${label} is required.` })
    .trim()
    .min(1, `${label} is required.`)
    .transform((v, ctx) => {
      const d = toUtcDay(v);
      if (!d) {
        ctx.addIssue({ code: "custom", message: `${label} must be a date (YYYY-MM-DD).` });
        return z.NEVER;
      }
      return d;
    });

export const optionalFormDay = (label: string) =>
  z.preprocess(blankToUndefined, formDay(label).optional());
