import { spawn } from "node:child_process";
import { writeFileSync } from "node:fs";
import path from "node:path";
import { searchCriteria } from "@/lib/data/search";
import { parseFts, toMiniSearch } from "@/bench/fts-query";
import type { ResolvedQuery } from "@/bench/measure-search";
import type { PeerInput, PeerOutput } from "@/bench/peer-worker";

/**
 * Runs bench/peer-worker.ts in a child process (its own heap, measured with
 * --expose-gc) on the same database and queries, each query translated from
 * the FTS5 expression the app would send.
 */
export async function runPeer(opts: { dbFile: string; queries: readonly ResolvedQuery[]; limit: number; repeats: number; workDir: string; maxHeapMB?: number }): Promise<PeerOutput> {
  const input: PeerInput = {
    dbFile: opts.dbFile,
    limit: opts.limit,
    repeats: opts.repeats,
    queries: opts.queries.map((q) => {
      const { parsed, filters } = searchCriteria(q.options);
      return {
        label: q.label,
        query: parsed.ftsQuery ? toMiniSearch(parseFts(parsed.ftsQuery)) : null,
        filters: {
          memberId: filters.memberId,
          answeringBodyId: filters.answeringBodyId,
          from: filters.from?.toISOString(),
          to: filters.to?.toISOString(),
          status: filters.status,
        },
      };
    }),
  };
  const file = path.join(opts.workDir, "peer-input.json");
  writeFileSync(file, JSON.stringify(input));
  const child = spawn(process.execPath, ["--expose-gc", `--max-old-space-size=${opts.maxHeapMB ?? 12_000}`, "--import", "tsx", "bench/peer-worker.ts", file], {
    stdio: ["ignore", "pipe", "pipe"],
  });
  let stdout = "";
  let stderr = "";
  child.stdout.on("data", (d) => (stdout += d));
  child.stderr.on("data", (d) => (stderr += d));
  const code = await new Promise<number | null>((r) => child.on("exit", (c) => r(c)));
  if (code !== 0) throw new Error(`peer worker failed (exit ${code}): ${stderr.trim().split("\n").slice(-5).join(" | ")}`);
  return JSON.parse(stdout.trim().split("\n").pop()!) as PeerOutput;
}
