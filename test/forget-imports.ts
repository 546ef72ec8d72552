import { db } from "@/lib/db";

/**
 * Integration files share one database. The import tests import the same
 * fixture records, so each starts by forgetting what earlier imports stored
 * (questions from an import source, and answers left with no question).
 */
export async function forgetImportedQuestions(): Promise<void> {
  // The founding case (member 5158) is kept: other files rely on the seed, which an import may have touched.
  await db.question.deleteMany({ where: { sourceFormat: { not: "form" }, askingMember: { isNot: { parliamentId: 5158 } } } });
  await db.answer.deleteMany({ where: { questions: { none: {} } } });
}
