import { execFileSync } from "node:child_process";
import { mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";

/**
 * `npm run db:migration -- <name>`: writes the SQL that takes the last committed
 * schema to the current one. (`prisma migrate dev` needs a native engine that
 * cannot be downloaded here.) Hand-written SQL such as FTS5 tables and triggers
 * belongs in a migration of its own.
 */
const name = process.argv[2];
if (!name || !/^[a-z0-9_]+$/.test(name)) {
  console.error("Usage: npm run db:migration -- <snake_case_name>");
  process.exit(2);
}
const tmp = mkdtempSync(path.join(os.tmpdir(), "answerable-schema-"));
const previous = path.join(tmp, "schema.prisma");
writeFileSync(previous, execFileSync("git", ["show", "HEAD:prisma/schema.prisma"]));
const sql = execFileSync(
  process.execPath,
  ["node_modules/prisma/build/index.js", "migrate", "diff", "--from-schema-datamodel", previous, "--to-schema-datamodel", "prisma/schema.prisma", "--script"],
  // Diffing two schema files reads no database, but the config's adapter
  // opens one: a scratch file, so this works before the app's database exists.
  { encoding: "utf8", env: { ...process.env, DATABASE_URL: `file:${path.join(tmp, "diff.db")}` } },
);
if (!sql.trim() || /^-- This is an empty migration/m.test(sql)) {
  console.error("No schema change since HEAD: nothing to migrate.");
  process.exit(1);
}
const stamp = new Date().toISOString().replace(/\D/g, "").slice(0, 14);
const dir = path.join("prisma", "migrations", `${stamp}_${name}`);
mkdirSync(dir, { recursive: true });
writeFileSync(path.join(dir, "migration.sql"), sql);
console.log(`Wrote ${dir}/migration.sql — review it, then run npm run db:setup.`);
