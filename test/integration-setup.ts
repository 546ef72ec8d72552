import { rmSync } from "node:fs";
import type { TestProject } from "vitest/node";
import { setupDatabase } from "@/scripts/db-setup";

/** Migrates the run's fresh database before any integration test, removes it after. */
export default function setup(project: TestProject) {
  const url = project.config.env?.DATABASE_URL;
  if (typeof url !== "string" || !url.startsWith("file:")) {
    throw new Error("Integration tests need test.env.DATABASE_URL=file:… (set in vitest.config.ts)");
  }
  const file = setupDatabase(url);
  return () => {
    for (const suffix of ["", "-wal", "-shm"]) rmSync(file + suffix, { force: true });
  };
}
