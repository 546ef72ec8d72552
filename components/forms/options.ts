import type { MemberRef } from "@/lib/data/dto";
import type { Option, OptionGroup } from "@/components/forms/field";
import { formatDay } from "@/lib/dates";
import { ANSWER_KIND_LABELS } from "@/lib/validation/answer";
import { HOUSES, houseName } from "@/lib/domain/house";

/** "Rupert Lowe (Independent, Great Yarmouth)": how members are picked in every form. */
export function memberLabel(m: Pick<MemberRef, "name" | "party" | "constituency">): string {
  const about = [m.party, m.constituency].filter(Boolean).join(", ");
  return about ? `${m.name} (${about})` : m.name;
}

/** Members grouped by House; a single House needs no group heading. */
export function memberOptions(members: readonly MemberRef[]): (Option | OptionGroup)[] {
  const byHouse = (house: MemberRef["house"]) =>
    members.filter((m) => m.house === house).map((m) => ({ value: String(m.id), label: memberLabel(m) }));
  const groups = HOUSES.map((house) => ({ label: houseName(house), options: byHouse(house) })).filter((g) => g.options.length);
  return groups.length === 1 ? groups[0]!.options : groups;
}

export function answerLabel(a: { kind: keyof typeof ANSWER_KIND_LABELS; dateAnswered: string }, opts: { lowerCase?: boolean } = {}): string {
  const kind = ANSWER_KIND_LABELS[a.kind];
  return `${opts.lowerCase ? kind.toLowerCase() : kind} of ${formatDay(a.dateAnswered)}`;
}

/** Long headings make selects unusable; the UIN and date identify the question anyway. */
export function shorten(text: string, max = 70): string {
  return text.length <= max ? text : `${text.slice(0, max - 1).trimEnd()}…`;
}
