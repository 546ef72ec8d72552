import { spawnSync, spawn } from "node:child_process";
import path from "node:path";
import { setupDatabase } from "@/scripts/db-setup";
import { buildIsCurrent } from "@/lib/build-freshness";

/**
 * `npm start`: make the embedded database ready (create, migrate, seed the
 * founding case), build the app if the sources changed since the last build,
 * then serve it. Every step is idempotent, so it is also the restart command.
 */
process.env.NEXT_TELEMETRY_DISABLED ??= "1";
const nextBin = path.resolve("node_modules/next/dist/bin/next");

function run(cmd: string, args: string[]) {
  const r = spawnSync(cmd, args, { stdio: "inherit", env: process.env });
  if (r.status !== 0) process.exit(r.status ?? 1);
}

const file = setupDatabase();
console.log(`Database: ${file}`);
run(process.execPath, [path.resolve("node_modules/tsx/dist/cli.mjs"), "prisma/seed.ts"]);
run(process.execPath, [path.resolve("node_modules/tsx/dist/cli.mjs"), "scripts/search-index.ts"]);
if (!buildIsCurrent(".", process.env.NEXT_DIST_DIR ?? ".next")) {
  console.log("Building the app (first start, or the sources changed)…");
  run(process.execPath, [nextBin, "build"]);
}
const port = process.env.PORT ?? "3000";
const server = spawn(process.execPath, [nextBin, "start", "-p", port], { stdio: "inherit", env: process.env });
for (const signal of ["SIGINT", "SIGTERM"] as const) process.on(signal, () => server.kill(signal));
server.on("exit", (code) => process.exit(code ?? 0));
