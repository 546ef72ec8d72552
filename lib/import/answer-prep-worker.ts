import { parentPort } from "node:worker_threads";
import { prepareAnswer, type AnswerPrepInput } from "@/lib/import/answer-prep";

parentPort!.on("message", (msg: { id: number; items: AnswerPrepInput[] }) => {
  try {
    parentPort!.postMessage({ id: msg.id, results: msg.items.map(prepareAnswer) });
  } catch (e) {
    parentPort!.postMessage({ id: msg.id, error: e instanceof Error ? e.message : String(e) });
  }
});
