import type { AnswerKind, House, QuestionStatus } from "@/lib/generated/prisma/enums";
import { sqliteReader } from "@/lib/data/sqlite-reader";

/**
 * The rows of a result page in one statement: each question with its asker,
 * department and answers (as a JSON array). Through Prisma the same read was
 * six queries, each prepared and mapped again.
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

type RawRow = Omit<SearchItemRow, "dateTabled" | "dateForAnswer" | "askingMember" | "answeringBody" | "answers"> & {
  dateTabled: string;
  dateForAnswer: string | null;
  memberId: number;
  memberName: string;
  bodyId: number;
  bodyName: string;
  answers: string;
};

type RawAnswer = { id: number; kind: AnswerKind; dateAnswered: string; text: string; answeringMemberName: string | null };

const SQL = `SELECT q."id", q."house", q."uin", q."heading", q."text", q."dateTabled", q."dateForAnswer", q."status",
    m."id" AS "memberId", m."name" AS "memberName", b."id" AS "bodyId", b."name" AS "bodyName",
    (SELECT json_group_array(json_object('id', a."id", 'kind', a."kind", 'dateAnswered', a."dateAnswered", 'text', a."text", 'answeringMemberName', am."name"))
       FROM "AnswerQuestion" aq JOIN "Answer" a ON a."id" = aq."answerId" LEFT JOIN "Member" am ON am."id" = a."answeringMemberId"
      WHERE aq."questionId" = q."id") AS "answers"
  FROM json_each(?) j
  JOIN "Question" q ON q."id" = j.value
  JOIN "Member" m ON m."id" = q."askingMemberId"
  JOIN "AnsweringBody" b ON b."id" = q."answeringBodyId"`;

/** The questions with these ids that still exist, in no particular order. */
export function loadSearchItemRows(ids: readonly number[]): SearchItemRow[] {
  if (!ids.length) return [];
  return sqliteReader()
    .all<RawRow>(SQL, [JSON.stringify(ids)])
    .map((r) => ({
      id: r.id,
      house: r.house,
      uin: r.uin,
      heading: r.heading,
      text: r.text,
      dateTabled: new Date(r.dateTabled),
      dateForAnswer: r.dateForAnswer === null ? null : new Date(r.dateForAnswer),
      status: r.status,
      askingMember: { id: r.memberId, name: r.memberName },
      answeringBody: { id: r.bodyId, name: r.bodyName },
      answers: (JSON.parse(r.answers) as RawAnswer[]).map((a) => ({ ...a, dateAnswered: new Date(a.dateAnswered) })),
    }));
}
