import { existsSync, readdirSync, statSync } from "node:fs";
import path from "node:path";

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

/** A Next build in `distDir` is current when its BUILD_ID is newer than every source that goes into it. */
export function buildIsCurrent(appDir: string, distDir: string): boolean {
  const buildId = path.join(appDir, distDir, "BUILD_ID");
  if (!existsSync(buildId)) return false;
  const sources = Math.max(
    ...["app", "components", "lib"].map((d) => newestMtime(path.join(appDir, d))),
    ...["next.config.ts", "package-lock.json", "prisma/schema.prisma"].map((f) => path.join(appDir, f)).map((f) => (existsSync(f) ? statSync(f).mtimeMs : 0)),
  );
  return statSync(buildId).mtimeMs > sources;
}
