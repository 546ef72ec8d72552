import type { FigureStatus } from "@/lib/generated/prisma/enums";

export const FIGURE_STATUS_LABELS: Record<FigureStatus, string> = {
  STATED: "Stated",
  UNRESOLVED: "Unresolved",
  DECLINED: "Declined",
  REPORTED_UNCONFIRMED: "Reported, not confirmed",
  RESOLVED: "Resolved",
};

export function FigureStatusBadge({ status }: { status: FigureStatus }) {
  return <span className={`badge badge--${status}`}>{FIGURE_STATUS_LABELS[status]}</span>;
}

/** "c.65 staff", "none", or an em dash for a figure nobody has given. */
export function figureValueLabel(f: { value: number | null; valueText: string | null; unit: string | null }): string {
  const value = f.valueText ?? (f.value != null ? f.value.toLocaleString("en-GB") : null);
  if (!value) return "—";
  // "none" or "nil" reads badly with a unit after it ("none targets").
  if (!f.unit || !/\d/.test(value)) return value;
  // Analysis keeps the unit in the text as written ("£1.2m", "23%", "65 staff").
  if (value.toLowerCase().includes(f.unit.toLowerCase())) return value;
  return f.unit === "£" ? `£${value}` : `${value} ${f.unit}`;
}
