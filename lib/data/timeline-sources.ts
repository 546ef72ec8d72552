import type { DbOrTx } from "@/lib/db";
import { toDay } from "@/lib/dates";
import { questionRef, type QuestionRef } from "@/lib/data/dto";
import {
  answerDateRows,
  answerLinkRows,
  answerRows,
  figureRows,
  followUpRows,
  questionRows,
  type EventKey,
  type QuestionRow,
} from "@/lib/data/timeline-sqlite";
import {
  ANSWER_EVENT_KIND,
  eventKey,
  excerptOf,
  type AnswerEvent,
  type FigureEvent,
  type FollowUpTabledEvent,
  type QuestionTabledEvent,
  type TimelineEvent,
  type TimelineEventKind,
  type TimelineQuestion,
} from "@/lib/domain/timeline";

/**
 * Loads the events of one timeline page by id (lib/data/timeline-sqlite.ts
 * decides which ids, in which order): two rounds of primary-key look-ups,
 * whatever the size of the member's or department's history.
 */

/** Which of an answer's questions a page shows: those in the timeline's scope. */
export type InScope = (q: QuestionRow) => boolean;

function timelineQuestion(q: QuestionRow): TimelineQuestion {
  return { ...questionRef(q), askingMember: { id: q.askingMemberId, name: q.memberName }, answeringBody: { id: q.answeringBodyId, name: q.bodyName } };
}

/** The first of `lists` in scope that is the question asked, else the first in scope. */
function pickQuestion(askedInQuestionId: number | null, inScope: InScope, ...lists: QuestionRow[][]): TimelineQuestion | null {
  const all = lists.flat().filter(inScope);
  const q = all.find((x) => x.id === askedInQuestionId) ?? all[0];
  return q ? timelineQuestion(q) : null;
}

/** The events behind `keys`, in the same order; a record deleted meanwhile is left out. */
export async function loadEvents(tx: DbOrTx, keys: readonly EventKey[], inScope: InScope): Promise<TimelineEvent[]> {
  const ids = (...kinds: TimelineEventKind[]) => keys.filter((k) => kinds.includes(k.kind)).map((k) => k.id);
  const answerIds = ids("HOLDING_ANSWER", "ANSWER_RECEIVED", "ANSWER_CORRECTED");
  const [questions, answers, followUps, figures] = await Promise.all([
    questionRows(tx, ids("QUESTION_TABLED")),
    answerRows(tx, answerIds),
    followUpRows(tx, ids("FOLLOW_UP_TABLED")),
    figureRows(tx, ids("FIGURE_LEFT_UNRESOLVED", "FIGURE_RESOLVED")),
  ]);

  const figureAnswerIds = figures.flatMap((f) => [f.sourceAnswerId, f.resolvedByAnswerId]).filter((x): x is number => x !== null);
  const linkedAnswerIds = [...new Set([...answerIds, ...figureAnswerIds, ...followUps.flatMap((f) => (f.fromAnswerId === null ? [] : [f.fromAnswerId]))])];
  const followUpQuestionIds = [...new Set(followUps.flatMap((f) => (f.fromQuestionId === null ? [f.toQuestionId] : [f.toQuestionId, f.fromQuestionId])))];
  const [links, figureAnswers, followUpQuestions] = await Promise.all([
    answerLinkRows(tx, linkedAnswerIds),
    answerDateRows(tx, [...new Set(figureAnswerIds)]),
    questionRows(tx, followUpQuestionIds),
  ]);
  const linksOf = new Map<number, QuestionRow[]>();
  for (const l of links) linksOf.set(l.answerId, [...(linksOf.get(l.answerId) ?? []), l]);
  const answerById = new Map(figureAnswers.map((a) => [a.id, a]));
  const questionById = new Map(followUpQuestions.map((q) => [q.id, q]));

  const events = new Map<string, TimelineEvent>();
  for (const q of questions) {
    const e: QuestionTabledEvent = { kind: "QUESTION_TABLED", date: toDay(q.dateTabled), id: q.id, key: eventKey("QUESTION_TABLED", q.id), question: timelineQuestion(q) };
    events.set(e.key, e);
  }
  for (const a of answers) {
    const kind = ANSWER_EVENT_KIND[a.kind];
    const e: AnswerEvent = {
      kind,
      date: toDay(a.dateAnswered),
      id: a.id,
      key: eventKey(kind, a.id),
      answer: {
        id: a.id,
        kind: a.kind,
        dateIsApproximate: a.dateIsApproximate,
        answeringMember: a.answeringMemberId === null ? null : { id: a.answeringMemberId, name: a.answeringMemberName ?? "" },
        correctsAnswerId: a.correctsAnswerId,
        excerpt: excerptOf(a.text),
      },
      questions: (linksOf.get(a.id) ?? []).filter(inScope).map(timelineQuestion),
    };
    events.set(e.key, e);
  }
  for (const f of followUps) {
    const to = questionById.get(f.toQuestionId);
    if (!to) continue;
    const fromQuestion = f.fromQuestionId === null ? undefined : questionById.get(f.fromQuestionId);
    const from: QuestionRef[] = fromQuestion ? [questionRef(fromQuestion)] : (linksOf.get(f.fromAnswerId ?? -1) ?? []).map(questionRef);
    const e: FollowUpTabledEvent = {
      kind: "FOLLOW_UP_TABLED",
      date: toDay(to.dateTabled),
      id: f.id,
      key: eventKey("FOLLOW_UP_TABLED", f.id),
      followUp: { id: f.id, kind: f.kind, note: f.note, figureId: f.figureId },
      question: timelineQuestion(to),
      from: { viaAnswerId: f.fromAnswerId, questions: from },
    };
    events.set(e.key, e);
  }
  const figureById = new Map(figures.map((f) => [f.id, f]));
  // A figure both left open and resolved on the page is two events.
  for (const key of keys) {
    if (key.kind !== "FIGURE_LEFT_UNRESOLVED" && key.kind !== "FIGURE_RESOLVED") continue;
    const row = figureById.get(key.id);
    if (!row) continue;
    const { sourceAnswerId, resolvedByAnswerId, askedInQuestionId, ...figure } = row;
    // Left open: dated by the answer that left it. Resolved: by the one that resolved it, shown with either answer's question.
    const answerId = key.kind === "FIGURE_LEFT_UNRESOLVED" ? sourceAnswerId : resolvedByAnswerId;
    const answer = answerId === null ? undefined : answerById.get(answerId);
    const lists = [linksOf.get(answerId ?? -1) ?? [], ...(key.kind === "FIGURE_RESOLVED" ? [linksOf.get(sourceAnswerId ?? -1) ?? []] : [])];
    const question = pickQuestion(askedInQuestionId, inScope, ...lists);
    if (!answer || !question) continue;
    const e: FigureEvent = {
      kind: key.kind,
      date: toDay(answer.dateAnswered),
      id: figure.id,
      key: key.key,
      figure,
      answer: { id: answer.id, dateIsApproximate: answer.dateIsApproximate },
      question,
    };
    events.set(e.key, e);
  }
  return keys.flatMap((k) => events.get(k.key) ?? []);
}
