/**
 * npm run analyze -- FILE   (FILE: JSONL of { id, question_text, answer_text }; "-" reads stdin)
 * Prints one JSONL analysis per valid line; malformed lines are reported on
 * stderr with their line number and skipped. Exit 0 if none was skipped, 1 if
 * any was, 2 for usage errors (no FILE, unreadable file).
 */
import { createReadStream } from "node:fs";
import { access, constants } from "node:fs/promises";
import readline from "node:readline";
import { processLine } from "../lib/analysis/jsonl";

async function main(): Promise<number> {
  const file = process.argv[2];
  if (!file || process.argv.length > 3) {
    process.stderr.write("usage: npm run analyze -- FILE   (JSONL of { id, question_text, answer_text }; - for stdin)\n");
    return 2;
  }
  if (file !== "-") {
    try {
      await access(file, constants.R_OK);
    } catch {
      process.stderr.write(`analyze: cannot read ${file}\n`);
      return 2;
    }
  }
  const input = file === "-" ? process.stdin : createReadStream(file, { encoding: "utf8" });
  let readError: Error | null = null;
  input.on("error", (e: Error) => {
    readError = e;
  });
  const lines = readline.createInterface({ input, crlfDelay: Infinity });
  let lineNo = 0;
  let skipped = 0;
  try {
    for await (const line of lines) {
      lineNo++;
      const result = processLine(line);
      if (result.kind === "ok") {
        if (!process.stdout.write(JSON.stringify(result.output) + "\n")) {
          await new Promise((resolve) => process.stdout.once("drain", resolve));
        }
      } else if (result.kind === "error") {
        skipped++;
        process.stderr.write(`line ${lineNo}: ${result.message}\n`);
      }
    }
  } catch (e) {
    readError = e as Error;
  }
  if (readError) {
    process.stderr.write(`analyze: cannot read ${file}: ${(readError as Error).message}\n`);
    return 2;
  }
  return skipped > 0 ? 1 : 0;
}

main().then((code) => {
  process.exitCode = code;
});
