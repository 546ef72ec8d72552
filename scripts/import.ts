import { parseArgs } from "node:util";
import { createProgress } from "@/lib/import/progress";
import { formatSummary, runImport, UsageError } from "@/lib/import/run-import";
import { setupDatabase } from "@/scripts/db-setup";
import { createAnswerPrepPool, defaultWorkerCount } from "@/lib/import/answer-prep-pool";

const USAGE = `Usage: npm run import -- PATH… [--dry-run] [--longform FILE] [--format uk-parliament-api] [--no-analyse]
  PATH       files or folders (recursive); the format is detected from the content
  --dry-run  import inside a transaction that is rolled back
  --longform full question/answer texts (longform-texts.jsonl.gz) for truncated records
  --format   read every file as this format instead of detecting it
  --no-analyse  skip answer analysis for new answers (faster bulk loads)`;

async function main(): Promise<number> {
  let args;
  try {
    args = parseArgs({
      allowPositionals: true,
      options: {
        "dry-run": { type: "boolean" },
        longform: { type: "string" },
        format: { type: "string" },
        "no-analyse": { type: "boolean" },
        help: { type: "boolean", short: "h" },
      },
    });
  } catch (e) {
    console.error(`${e instanceof Error ? e.message : e}\n${USAGE}`);
    return 2;
  }
  if (args.values.help) return console.log(USAGE), 0;
  const format = args.values.format;
  if (format && format !== "uk-parliament-api") {
    console.error(`Unknown --format ${format} (supported: uk-parliament-api)\n${USAGE}`);
    return 2;
  }
  if (!args.positionals.length) {
    console.error(USAGE);
    return 2;
  }
  // Ctrl-C: finish the batch in hand so the database is left consistent; twice quits at once.
  const abort = new AbortController();
  process.on("SIGINT", () => {
    if (abort.signal.aborted) process.exit(130);
    console.error("\nStopping after the current batch… (Ctrl-C again to quit now; the open batch is rolled back)");
    abort.abort();
  });
  // A fresh clone has no database yet: create and migrate it rather than fail on a missing folder.
  setupDatabase();
  const prepPool = createAnswerPrepPool(defaultWorkerCount());
  try {
    const summary = await runImport({
      prepPool,
      paths: args.positionals,
      dryRun: args.values["dry-run"],
      longform: args.values.longform,
      format: format as "uk-parliament-api" | undefined,
      analyse: !args.values["no-analyse"],
      progress: createProgress(),
      signal: abort.signal,
    });
    console.log(formatSummary(summary));
    return summary.rejections.length ? 1 : 0;
  } catch (e) {
    if (e instanceof UsageError) {
      console.error(`${e.message}\n${USAGE}`);
      return 2;
    }
    throw e;
  } finally {
    await prepPool.close();
  }
}

process.exitCode = await main();
const { db } = await import("@/lib/db");
await db.$disconnect();
