import { rmSync } from "node:fs";
import { setupDatabase } from "@/scripts/db-setup";

/** Migrates the run's fresh database before any integration test, removes it after. */
export default function setup() {
  const url = process.env.DATABASE_URL;
  if (!url?.startsWith("file:")) throw new Error("Integration tests need DATABASE_URL=file:… (set in vitest.config.ts)");
  const file = setupDatabase(url);
  return () => {
    for (const suffix of ["", "-wal", "-shm"]) rmSync(file + suffix, { force: true });
  };
}
