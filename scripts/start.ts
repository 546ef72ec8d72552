import { spawnSync, spawn } from "node:child_process";
import { existsSync, readdirSync, statSync } from "node:fs";
import path from "node:path";
import { setupDatabase } from "@/scripts/db-setup";

/**
 * `npm start`: make the embedded database ready (create, migrate, seed the
 * founding case), build the app if the sources changed since the last build,
 * then serve it. Every step is idempotent, so it is also the restart command.
 */
process.env.NEXT_TELEMETRY_DISABLED ??= "1";
const nextBin = path.resolve("node_modules/next/dist/bin/next");

function newestMtime(dir: string): number {
  if (!existsSync(dir)) return 0;
  let newest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    if (entry.name === "node_modules" || entry.name === "generated" || entry.name.startsWith(".")) continue;
    const full = path.join(dir, entry.name);
    newest = Math.max(newest, entry.isDirectory() ? newestMtime(full) : statSync(full).mtimeMs);
  }
  return newest;
}

function buildIsCurrent(): boolean {
  const buildId = ".next/BUILD_ID";
  if (!existsSync(buildId)) return false;
  const built = statSync(buildId).mtimeMs;
  const sources = Math.max(
    ...["app", "components", "lib"].map(newestMtime),
    ...["next.config.ts", "package-lock.json", "prisma/schema.prisma"].map((f) => (existsSync(f) ? statSync(f).mtimeMs : 0)),
  );
  return built > sources;
}

function run(cmd: string, args: string[]) {
  const r = spawnSync(cmd, args, { stdio: "inherit", env: process.env });
  if (r.status !== 0) process.exit(r.status ?? 1);
}

const file = setupDatabase();
console.log(`Database: ${file}`);
run(process.execPath, [path.resolve("node_modules/tsx/dist/cli.mjs"), "prisma/seed.ts"]);
if (!buildIsCurrent()) {
  console.log("Building the app (first start, or the sources changed)…");
  run(process.execPath, [nextBin, "build"]);
}
const port = process.env.PORT ?? "3000";
const server = spawn(process.execPath, [nextBin, "start", "-p", port], { stdio: "inherit", env: process.env });
for (const signal of ["SIGINT", "SIGTERM"] as const) process.on(signal, () => server.kill(signal));
server.on("exit", (code) => process.exit(code ?? 0));
