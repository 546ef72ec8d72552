import type { AnswerKind, House, QuestionStatus } from "@/lib/generated/prisma/enums";
import { sqliteReader } from "@/lib/data/sqlite-reader";

/**
 * The rows of a result page in two statements: the questions with their
 * asker and department, then their answers, grouped here. Through Prisma the
 * same read was six queries, each prepared and mapped again; one statement
 * building each question's answers as JSON cost twice these two (0.24
 * against 0.11 ms for a page of 20 at 100k questions), most of it the JSON.
 */
export type SearchItemRow = {
  id: number;
  house: House;
  uin: string;
  heading: string;
  text: string;
  dateTabled: Date;
  dateForAnswer: Date | null;
  status: QuestionStatus;
  askingMember: { id: number; name: string };
  answeringBody: { id: number; name: string };
  answers: { id: number; kind: AnswerKind; dateAnswered: Date; text: string; answeringMemberName: string | null }[];
};

type QuestionRaw = [
  id: number,
  house: House,
  uin: string,
  heading: string,
  text: string,
  dateTabled: string,
  dateForAnswer: string | null,
  status: QuestionStatus,
  memberId: number,
  memberName: string,
  bodyId: number,
  bodyName: string,
];
type AnswerRaw = [questionId: number, id: number, kind: AnswerKind, dateAnswered: string, text: string, answeringMemberName: string | null];

const QUESTIONS_SQL = `SELECT q."id", q."house", q."uin", q."heading", q."text", q."dateTabled", q."dateForAnswer", q."status",
    m."id", m."name", b."id", b."name"
  FROM json_each(?) j
  JOIN "Question" q ON q."id" = j.value
  JOIN "Member" m ON m."id" = q."askingMemberId"
  JOIN "AnsweringBody" b ON b."id" = q."answeringBodyId"`;

const ANSWERS_SQL = `SELECT aq."questionId", a."id", a."kind", a."dateAnswered", a."text", am."name"
  FROM "AnswerQuestion" aq
  JOIN "Answer" a ON a."id" = aq."answerId"
  LEFT JOIN "Member" am ON am."id" = a."answeringMemberId"
  WHERE aq."questionId" IN (SELECT value FROM json_each(?))`;

/** The questions with these ids that still exist, in no particular order. */
export function loadSearchItemRows(ids: readonly number[]): SearchItemRow[] {
  if (!ids.length) return [];
  const reader = sqliteReader();
  const json = JSON.stringify(ids);
  // One snapshot: an answer saved meanwhile is seen with its question or not at all.
  const [questions, answers] = reader.snapshot(
    () => [reader.statement(QUESTIONS_SQL).raw().all(json) as QuestionRaw[], reader.statement(ANSWERS_SQL).raw().all(json) as AnswerRaw[]] as const,
  );
  const byQuestion = new Map<number, SearchItemRow["answers"]>();
  for (const [questionId, id, kind, dateAnswered, text, answeringMemberName] of answers) {
    const list = byQuestion.get(questionId) ?? [];
    list.push({ id, kind, dateAnswered: new Date(dateAnswered), text, answeringMemberName });
    byQuestion.set(questionId, list);
  }
  return questions.map(([id, house, uin, heading, text, dateTabled, dateForAnswer, status, memberId, memberName, bodyId, bodyName]) => ({
    id,
    house,
    uin,
    heading,
    text,
    dateTabled: new Date(dateTabled),
    dateForAnswer: dateForAnswer === null ? null : new Date(dateForAnswer),
    status,
    askingMember: { id: memberId, name: memberName },
    answeringBody: { id: bodyId, name: bodyName },
    answers: byQuestion.get(id) ?? [],
  }));
}
