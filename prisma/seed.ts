import { db } from "@/lib/db";
import { seedFoundingCase } from "./seed/founding-case";

// Fails loudly: a half-seeded install must not start as if all were well.
seedFoundingCase(db)
  .then(({ created }) => {
    const parts = Object.entries(created).map(([k, v]) => `${v} ${k}`);
    console.log(`Founding case seeded (created ${parts.join(", ")}).`);
  })
  .catch((e: unknown) => {
    console.error("Seeding failed:", e);
    process.exitCode = 1;
  })
  .finally(() => db.$disconnect());
