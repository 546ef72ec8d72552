import path from "node:path";
import { parseBenchArgs, USAGE } from "@/bench/args";

/**
 * `npm run bench -- [--records N] …`: see bench/args.ts for the options and
 * bench/bench.ts for what a run does. The database path must be in
 * DATABASE_URL before lib/db.ts is first imported, hence the dynamic imports.
 */
let args;
try {
  args = parseBenchArgs(process.argv.slice(2));
} catch (e) {
  console.error(`${e instanceof Error ? e.message : e}\n\n${USAGE}`);
  process.exit(2);
}
if (args.help) {
  console.log(USAGE);
  process.exit(0);
}
if (args.chartOnly) {
  const { drawChart } = await import("@/bench/results");
  const file = drawChart();
  console.log(file ? `wrote ${path.relative(process.cwd(), file)}` : "no results in bench/results to draw (run a benchmark first)");
  process.exit(file ? 0 : 1);
}
const dbFile = path.join(args.dir, `bench-${args.records}-s${args.seed}${args.analyse ? "" : "-no-analyse"}.db`);
process.env.DATABASE_URL = `file:${dbFile}`;
const { runBench } = await import("@/bench/bench");
await runBench(args, dbFile);
// Prisma and undici keep handles open; the run is over.
process.exit(0);
