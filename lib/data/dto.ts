import type { House, QuestionStatus } from "@/lib/generated/prisma/enums";
import { toDay } from "@/lib/dates";
import { isOverdue } from "@/lib/domain/question-status";

/**
 * Shapes the data layer hands out. Calendar dates are "YYYY-MM-DD" strings so the
 * same object serves a server component, a JSON response and a React Query cache.
 */
export type MemberRef = { id: number; name: string; party: string | null; constituency: string | null; house: House };
export type BodyRef = { id: number; name: string };
export type QuestionRef = {
  id: number;
  house: House;
  uin: string;
  heading: string;
  dateTabled: string;
  status: QuestionStatus;
  overdue: boolean;
};

export function memberRef(m: { id: number; name: string; party: string | null; constituency: string | null; house: House }): MemberRef {
  return { id: m.id, name: m.name, party: m.party, constituency: m.constituency, house: m.house };
}

export function bodyRef(b: { id: number; name: string }): BodyRef {
  return { id: b.id, name: b.name };
}

export function questionRef(q: {
  id: number;
  house: House;
  uin: string;
  heading: string;
  dateTabled: Date;
  dateForAnswer: Date | null;
  status: QuestionStatus;
}): QuestionRef {
  return {
    id: q.id,
    house: q.house,
    uin: q.uin,
    heading: q.heading,
    dateTabled: toDay(q.dateTabled),
    status: q.status,
    overdue: isOverdue(q.status, q.dateForAnswer),
  };
}

export const questionRefSelect = {
  id: true,
  house: true,
  uin: true,
  heading: true,
  dateTabled: true,
  dateForAnswer: true,
  status: true,
} as const;

export const memberRefSelect = { id: true, name: true, party: true, constituency: true, house: true } as const;

export function dayOrNull(d: Date | null | undefined): string | null {
  return d ? toDay(d) : null;
}
