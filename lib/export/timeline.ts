import { listTimeline, MAX_TIMELINE_LIMIT, type TimelineFilters, type TimelineScope } from "@/lib/data/timeline";
import { TIMELINE_KIND_LABELS, type TimelineEvent, type TimelineOrder } from "@/lib/domain/timeline";

/** One timeline event as a flat export row; several questions (a grouped answer) are joined with "; ". */
export type TimelineExportRow = {
  date: string;
  kind: TimelineEvent["kind"];
  event: string;
  key: string;
  questionIds: string;
  uins: string;
  heading: string;
  askingMember: string;
  answeringBody: string;
  questionStatus: string;
  answerId: number | null;
  answerKind: string | null;
  answeringMember: string | null;
  answerExcerpt: string | null;
  followUpKind: string | null;
  figureId: number | null;
  figureMeasure: string | null;
  figureValue: string | null;
  figureStatus: string | null;
  url: string;
};

export const TIMELINE_EXPORT_COLUMNS = [
  "date",
  "kind",
  "event",
  "key",
  "questionIds",
  "uins",
  "heading",
  "askingMember",
  "answeringBody",
  "questionStatus",
  "answerId",
  "answerKind",
  "answeringMember",
  "answerExcerpt",
  "followUpKind",
  "figureId",
  "figureMeasure",
  "figureValue",
  "figureStatus",
  "url",
] as const satisfies readonly (keyof TimelineExportRow)[];

export function timelineExportRow(e: TimelineEvent, origin: string): TimelineExportRow {
  const questions = "questions" in e ? e.questions : [e.question];
  const q = questions[0]!;
  const row: TimelineExportRow = {
    date: e.date,
    kind: e.kind,
    event: TIMELINE_KIND_LABELS[e.kind],
    key: e.key,
    questionIds: questions.map((x) => x.id).join("; "),
    uins: questions.map((x) => x.uin).join("; "),
    heading: q.heading,
    askingMember: q.askingMember.name,
    answeringBody: q.answeringBody.name,
    questionStatus: q.status,
    answerId: null,
    answerKind: null,
    answeringMember: null,
    answerExcerpt: null,
    followUpKind: null,
    figureId: null,
    figureMeasure: null,
    figureValue: null,
    figureStatus: null,
    url: `${origin}/questions/${q.id}`,
  };
  switch (e.kind) {
    case "HOLDING_ANSWER":
    case "ANSWER_RECEIVED":
    case "ANSWER_CORRECTED":
      return {
        ...row,
        answerId: e.answer.id,
        answerKind: e.answer.kind,
        answeringMember: e.answer.answeringMember?.name ?? null,
        answerExcerpt: e.answer.excerpt,
      };
    case "FOLLOW_UP_TABLED":
      return { ...row, followUpKind: e.followUp.kind };
    case "FIGURE_LEFT_UNRESOLVED":
    case "FIGURE_RESOLVED":
      return {
        ...row,
        answerId: e.answer.id,
        figureId: e.figure.id,
        figureMeasure: e.figure.measure,
        figureValue: e.figure.valueText ?? (e.figure.value === null ? null : `${e.figure.value}${e.figure.unit ? ` ${e.figure.unit}` : ""}`),
        figureStatus: e.figure.status,
        url: `${origin}/figures/${e.figure.id}`,
      };
    default:
      return row;
  }
}

/** Every event of a timeline, following the keyset cursor page after page. */
export async function* timelineExportBatches(
  opts: { scope: TimelineScope; filters?: TimelineFilters; order?: TimelineOrder },
  { origin }: { origin: string },
): AsyncGenerator<TimelineExportRow[]> {
  let cursor: string | null = null;
  do {
    const page = await listTimeline({ ...opts, cursor, limit: MAX_TIMELINE_LIMIT });
    yield page.events.map((e) => timelineExportRow(e, origin));
    cursor = page.nextCursor;
  } while (cursor);
}
