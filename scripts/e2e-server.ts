import { spawn, spawnSync } from "node:child_process";
import { rmSync } from "node:fs";
import path from "node:path";
import { setupDatabase } from "@/scripts/db-setup";

/** Serves the built app for Playwright on a brand-new database seeded with the founding case. */
const url = process.env.DATABASE_URL;
if (!url?.startsWith("file:")) throw new Error("e2e server needs DATABASE_URL=file:…");
const file = path.resolve(url.replace(/^file:/, ""));
for (const suffix of ["", "-wal", "-shm"]) rmSync(file + suffix, { force: true });
setupDatabase(`file:${file}`);
const seeded = spawnSync(process.execPath, [path.resolve("node_modules/tsx/dist/cli.mjs"), "prisma/seed.ts"], { stdio: "inherit" });
if (seeded.status !== 0) process.exit(1);
const server = spawn(process.execPath, [path.resolve("node_modules/next/dist/bin/next"), "start", "-p", process.env.PORT ?? "3100"], {
  stdio: "inherit",
});
for (const signal of ["SIGINT", "SIGTERM"] as const) process.on(signal, () => server.kill(signal));
server.on("exit", (code) => process.exit(code ?? 0));
