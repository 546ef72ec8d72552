import { parseArgs } from "node:util";
import { resolveSyncOptions, SyncUsageError } from "@/lib/sync/options";
import { formatSyncSummary, runSync } from "@/lib/sync/run-sync";
import { StateFileError } from "@/lib/sync/state";
import { setupDatabase } from "@/scripts/db-setup";

const USAGE = `Usage: npm run sync -- --since YYYY-MM-DD [options]
  --since DATE      first day (tabled, and answered: see --no-answered)
  --until DATE      last day (default: open-ended)
  --house H         Commons or Lords (default: both)
  --member ID       only questions asked by this member (Parliament id)
  --base-url URL    API root (default $ANSWERABLE_API_BASE_URL or https://questions-statements-api.parliament.uk)
  --page-size N     records per request, 1–100 (default 50)
  --rate N/s        requests per second (default 5)
  --timeout MS      per-request timeout (default 30000)
  --retries N       retries per request (default 6)
  --state FILE      resume state (default data/sync-state.json)
  --restart         ignore the state file and start from the first page
  --no-answered     skip the second pass (questions answered since DATE but tabled before it)
  --no-analyse      skip answer analysis for new answers`;

async function main(): Promise<number> {
  let opts;
  try {
    const { values } = parseArgs({
      options: {
        since: { type: "string" }, until: { type: "string" }, house: { type: "string" }, member: { type: "string" },
        "base-url": { type: "string" }, "page-size": { type: "string" }, rate: { type: "string" }, state: { type: "string" },
        timeout: { type: "string" }, retries: { type: "string" },
        restart: { type: "boolean" }, "no-analyse": { type: "boolean" }, "no-answered": { type: "boolean" },
        help: { type: "boolean", short: "h" },
      },
    });
    if (values.help) return console.log(USAGE), 0;
    opts = resolveSyncOptions(values);
  } catch (e) {
    console.error(`${e instanceof Error ? e.message : e}\n${USAGE}`);
    return 2;
  }
  // Ctrl-C: finish the page in hand (committed and recorded), then stop; twice quits at once.
  const abort = new AbortController();
  process.on("SIGINT", () => {
    if (abort.signal.aborted) process.exit(130);
    console.error("\nStopping after the current page… (Ctrl-C again to quit now; the open page is rolled back)");
    abort.abort();
  });
  // A fresh clone has no database yet: create and migrate it rather than fail on a missing folder.
  setupDatabase();
  try {
    const summary = await runSync({ ...opts, signal: abort.signal, log: (l) => console.error(l) });
    console.log(formatSyncSummary(summary));
    return summary.rejections.length ? 1 : 0;
  } catch (e) {
    if (e instanceof StateFileError || e instanceof SyncUsageError) {
      console.error(e.message);
      return 2;
    }
    console.error(`Sync stopped: ${e instanceof Error ? e.message : e}\nCommitted pages are kept; run the same command again to resume.`);
    return 1;
  }
}

process.exitCode = await main();
const { db } = await import("@/lib/db");
await db.$disconnect();
