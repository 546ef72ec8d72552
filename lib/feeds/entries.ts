import { TIMELINE_KIND_LABELS, type TimelineEvent } from "@/lib/domain/timeline";
import type { SearchResultItem } from "@/lib/data/search";
import type { LedgerItem } from "@/lib/data/ledger";
import type { ResolvedFigureItem } from "@/lib/data/figure-feeds";
import { atomTagId, type AtomEntry } from "@/lib/feeds/atom";
import { uinLabel } from "@/lib/domain/house";

/** Data-layer items as Atom entries. Pure: the origin makes the links absolute. */
const dayDate = (day: string) => new Date(`${day}T00:00:00Z`);

function figureValue(f: { value: number | null; valueText: string | null; unit: string | null }): string {
  if (f.valueText) return f.valueText;
  if (f.value === null) return "no figure given";
  return `${f.value}${f.unit ? ` ${f.unit}` : ""}`;
}

export function timelineEntry(e: TimelineEvent, origin: string): AtomEntry {
  const label = TIMELINE_KIND_LABELS[e.kind];
  const date = dayDate(e.date);
  switch (e.kind) {
    case "HOLDING_ANSWER":
    case "ANSWER_RECEIVED":
    case "ANSWER_CORRECTED": {
      const q = e.questions[0]!;
      const by = e.answer.answeringMember?.name;
      return {
        id: atomTagId("answer", e.answer.id),
        title: `${label}: ${q.heading} (${e.questions.map(uinLabel).join(", ")})`,
        updated: date,
        url: `${origin}/questions/${q.id}`,
        authors: by ? [by] : undefined,
        categories: [e.kind],
        summary: e.answer.excerpt,
      };
    }
    case "FIGURE_LEFT_UNRESOLVED":
    case "FIGURE_RESOLVED":
      return {
        id: atomTagId("figure", e.figure.id, e.kind === "FIGURE_RESOLVED" ? "resolved" : "left-open"),
        title: `${label}: ${e.figure.measure}`,
        updated: date,
        url: `${origin}/figures/${e.figure.id}`,
        categories: [e.kind],
        summary: `${e.figure.measure}: ${figureValue(e.figure)} (${e.question.heading}, ${uinLabel(e.question)})`,
      };
    case "FOLLOW_UP_TABLED":
      return {
        id: atomTagId("follow-up", e.followUp.id),
        title: `${label}: ${e.question.heading} (${uinLabel(e.question)})`,
        updated: date,
        url: `${origin}/questions/${e.question.id}`,
        authors: [e.question.askingMember.name],
        categories: [e.kind],
        summary: e.followUp.note ?? `Follows up ${e.from.questions.map(uinLabel).join(", ") || "an earlier answer"}.`,
      };
    case "QUESTION_TABLED":
      return {
        id: atomTagId("question", e.question.id),
        title: `${label}: ${e.question.heading} (${uinLabel(e.question)})`,
        updated: date,
        url: `${origin}/questions/${e.question.id}`,
        authors: [e.question.askingMember.name],
        categories: [e.kind],
        summary: `${e.question.askingMember.name} asked the ${e.question.answeringBody.name}.`,
      };
  }
}

export function searchEntry(item: SearchResultItem, origin: string): AtomEntry {
  const q = item.question;
  return {
    id: atomTagId("question", q.id),
    title: `${q.heading} (${uinLabel(q)})`,
    updated: dayDate(item.answer?.dateAnswered && item.answer.dateAnswered > q.dateTabled ? item.answer.dateAnswered : q.dateTabled),
    published: dayDate(q.dateTabled),
    url: `${origin}/questions/${q.id}`,
    authors: [q.askingMember.name],
    categories: [q.status],
    summary: item.snippetSegments.map((s) => s.text).join(""),
  };
}

export function unresolvedFigureEntry(f: LedgerItem, origin: string): AtomEntry {
  return {
    id: atomTagId("figure", f.id, "left-open"),
    title: `${f.status === "DECLINED" ? "Figure declined" : "Figure left unresolved"}: ${f.measure}`,
    updated: dayDate(f.openedOn),
    url: `${origin}/figures/${f.id}`,
    authors: f.askingMember ? [f.askingMember.name] : undefined,
    categories: [f.status],
    summary: [f.answeringBody?.name, f.question ? `${f.question.heading} (${uinLabel(f.question)})` : null, f.quote ? `“${f.quote}”` : null]
      .filter(Boolean)
      .join(" — "),
  };
}

export function resolvedFigureEntry(f: ResolvedFigureItem, origin: string): AtomEntry {
  return {
    id: atomTagId("figure", f.id, "resolved"),
    title: `Figure resolved: ${f.measure} — ${figureValue(f)}`,
    updated: f.resolvedAtTime,
    url: `${origin}/figures/${f.id}`,
    authors: f.askingMember ? [f.askingMember.name] : undefined,
    categories: ["RESOLVED"],
    summary: [f.answeringBody?.name, f.question ? `${f.question.heading} (${uinLabel(f.question)})` : null].filter(Boolean).join(" — "),
  };
}
