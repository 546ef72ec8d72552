/**
 * npm run eval:analysis [-- --verbose] [-- FILE]
 * Scores the non-answer and reference detectors against the hand-labelled set
 * (default test/fixtures/analysis-eval.jsonl); --verbose lists every false
 * positive and false negative.
 */
import { readFileSync } from "node:fs";
import path from "node:path";
import { evaluate, parseEvalItems, predict, type Score } from "../lib/analysis/evaluate";
import { NON_ANSWER_KINDS } from "../lib/analysis/types";

const args = process.argv.slice(2);
const verbose = args.includes("--verbose") || args.includes("-v");
const file = args.find((a) => !a.startsWith("-")) ?? path.join(process.cwd(), "test/fixtures/analysis-eval.jsonl");

let text: string;
try {
  text = readFileSync(file, "utf8");
} catch (e) {
  process.stderr.write(`eval:analysis: cannot read ${file}: ${(e as Error).message}\n`);
  process.exit(2);
}
const items = parseEvalItems(text);
const report = evaluate(items, items.map(predict));

const pct = (x: number) => x.toFixed(3);
const row = (name: string, s: Score) =>
  `${name.padEnd(22)} ${String(s.gold).padStart(5)} ${String(s.predicted).padStart(5)} ${String(s.tp).padStart(5)} ${String(s.found).padStart(6)} ${pct(s.precision).padStart(9)} ${pct(s.recall).padStart(7)}`;
console.log(`${items.length} labelled answers (${file})\n`);
console.log(`${"kind".padEnd(22)} ${"gold".padStart(5)} ${"pred".padStart(5)} ${"TP".padStart(5)} ${"found".padStart(6)} ${"precision".padStart(9)} ${"recall".padStart(7)}`);
for (const kind of NON_ANSWER_KINDS) console.log(row(kind, report.perKind[kind]));
console.log(row("OVERALL non-answers", report.overall));
console.log(row("references", report.references));
console.log(`\nreference dates: ${report.references.dateCorrect}/${report.references.dated} correct (${pct(report.references.dateAccuracy)})`);
console.log("TP = predictions overlapping a gold passage of their kind (precision); found = gold passages overlapped (recall).");
if (report.unlocated.length) {
  console.log(`\n${report.unlocated.length} gold quote(s) not found in their answer text:`);
  for (const m of report.unlocated) console.log(`  ${m.id} [${m.kind}] ${m.quote}`);
}
if (verbose) {
  console.log(`\nFALSE POSITIVES (${report.falsePositives.length})`);
  for (const m of report.falsePositives) console.log(`  ${m.id} [${m.kind}] ${m.quote}`);
  console.log(`\nFALSE NEGATIVES (${report.falseNegatives.length})`);
  for (const m of report.falseNegatives) console.log(`  ${m.id} [${m.kind}] ${m.quote}`);
}
