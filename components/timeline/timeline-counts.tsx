import type { TimelineCounts } from "@/lib/data/timeline";
import { shareLabel } from "@/lib/domain/non-answer-labels";

type CountKey = Exclude<keyof TimelineCounts, "answersWithNonAnswer">;

const ITEMS: { key: CountKey; label: string }[] = [
  { key: "questions", label: "Questions" },
  { key: "awaiting", label: "Awaiting answer" },
  { key: "holding", label: "Holding answer" },
  { key: "answered", label: "Answered" },
  { key: "corrected", label: "Corrected" },
  { key: "withdrawn", label: "Withdrawn" },
  { key: "overdue", label: "Overdue" },
  { key: "followUps", label: "Follow-ups" },
  { key: "answers", label: "Answers" },
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
      {counts.answers > 0 ? (
        <li title={`${counts.answersWithNonAnswer.toLocaleString("en-GB")} of ${counts.answers.toLocaleString("en-GB")} answers`}>
          <strong>{shareLabel(counts.answersWithNonAnswer, counts.answers)}</strong> of answers contained a non-answer
        </li>
      ) : null}
    </ul>
  );
}
