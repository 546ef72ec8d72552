import type { DbOrTx } from "@/lib/db";
import { houseOfUin } from "@/lib/domain/house";

/**
 * The question a UIN in a text most plausibly means. UINs restart every
 * Parliament (Lords: every session), so it is the latest question with that UIN
 * tabled on or before the date the text gives (or before the referring text).
 */
export async function resolveReferencedQuestion(
  tx: DbOrTx,
  ref: { uin: string; date: string | null; before: Date },
): Promise<{ id: number } | null> {
  const uin = ref.uin.toUpperCase();
  // Lords UINs always carry HL, Scottish ones S3W-/S6W-; a bare number means a Commons question.
  const house = houseOfUin(uin);
  const limit = ref.date ? new Date(`${ref.date}T00:00:00Z`) : ref.before;
  return tx.question.findFirst({
    where: { uin, house, dateTabled: { lte: limit > ref.before ? ref.before : limit } },
    orderBy: { dateTabled: "desc" },
    select: { id: true },
  });
}
