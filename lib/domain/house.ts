import type { House } from "@/lib/generated/prisma/enums";

/** Every house, in the order the UI lists them. */
export const HOUSES = ["COMMONS", "LORDS", "SCOTTISH"] as const satisfies readonly House[];

const SHORT: Record<House, string> = { COMMONS: "Commons", LORDS: "Lords", SCOTTISH: "Scottish Parliament" };
const LONG: Record<House, string> = { COMMONS: "House of Commons", LORDS: "House of Lords", SCOTTISH: "Scottish Parliament" };

/** "Commons", "Lords", "Scottish Parliament". */
export const houseLabel = (house: House | string): string => SHORT[house as House] ?? house;

/** "House of Commons", "House of Lords", "Scottish Parliament". */
export const houseName = (house: House | string): string => LONG[house as House] ?? house;

/**
 * How a question is cited: Commons UINs are bare numbers ("UIN 95752"); Lords
 * ("HL1234") and Scottish ("S3W-28257") ids already say where they come from.
 */
export const uinLabel = (q: { house: House | string; uin: string }): string => (q.house === "COMMONS" ? `UIN ${q.uin}` : q.uin);

/** The house a cited id belongs to: HL… Lords, S6W-… (or S6O-, S6F-) Scottish, a bare number Commons. */
export function houseOfUin(uin: string): House {
  if (/^HL/i.test(uin)) return "LORDS";
  if (/^S\d+[A-Z]-/i.test(uin)) return "SCOTTISH";
  return "COMMONS";
}
