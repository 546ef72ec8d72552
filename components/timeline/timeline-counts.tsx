import type { TimelineCounts } from "@/lib/data/timeline";

const ITEMS: { key: keyof TimelineCounts; label: string }[] = [
  { key: "questions", label: "Questions" },
  { key: "awaiting", label: "Awaiting answer" },
  { key: "holding", label: "Holding answer" },
  { key: "answered", label: "Answered" },
  { key: "corrected", label: "Corrected" },
  { key: "withdrawn", label: "Withdrawn" },
  { key: "overdue", label: "Overdue" },
  { key: "followUps", label: "Follow-ups" },
  { key: "figuresUnresolved", label: "Figures unresolved" },
  { key: "figuresResolved", label: "Figures resolved" },
];

export function TimelineCountsList({ counts }: { counts: TimelineCounts }) {
  return (
    <ul className="counts" aria-label="Totals for these filters">
      {ITEMS.map(({ key, label }) => (
        <li key={key} className={key === "overdue" && counts.overdue > 0 ? "overdue" : undefined}>
          <strong>{counts[key].toLocaleString("en-GB")}</strong> {label}
        </li>
      ))}
    </ul>
  );
}
