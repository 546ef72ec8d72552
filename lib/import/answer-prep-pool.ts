import { existsSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { Worker } from "node:worker_threads";
import { prepareAnswer, type AnswerPrepInput, type PreparedAnswer } from "@/lib/import/answer-prep";

/**
 * Sanitising and analysing answers in worker threads while the main thread
 * writes: on the two cores of a small server that roughly halves a bulk
 * import's CPU time on the main thread. Where workers cannot start (the
 * bundled app, which has no TypeScript loader) it prepares in-thread.
 */
export type AnswerPrepPool = { prepare(items: AnswerPrepInput[]): Promise<PreparedAnswer[]>; close(): Promise<void> };

export function createAnswerPrepPool(size: number): AnswerPrepPool {
  const boot = new URL("./answer-prep-boot.mjs", import.meta.url);
  const entry = new URL("./answer-prep-worker.ts", import.meta.url);
  if (size < 1 || boot.protocol !== "file:" || !existsSync(fileURLToPath(boot)) || !existsSync(fileURLToPath(entry))) return inThread();
  const workers = Array.from({ length: size }, () => new Worker(boot, { workerData: { entry: entry.href } }));
  const pending = new Map<number, { resolve: (r: PreparedAnswer[]) => void; reject: (e: Error) => void }>();
  let next = 0;
  let broken: Error | null = null;
  for (const w of workers) {
    w.unref();
    w.on("message", (m: { id: number; results?: PreparedAnswer[]; error?: string }) => {
      const p = pending.get(m.id);
      pending.delete(m.id);
      if (m.results) p?.resolve(m.results);
      else p?.reject(new Error(m.error ?? "answer preparation failed"));
    });
    w.on("error", (e) => {
      broken = e;
      for (const p of pending.values()) p.reject(e);
      pending.clear();
    });
  }
  const run = (w: Worker, items: AnswerPrepInput[]) =>
    new Promise<PreparedAnswer[]>((resolve, reject) => {
      const id = next++;
      pending.set(id, { resolve, reject });
      w.postMessage({ id, items });
    });
  return {
    async prepare(items) {
      if (broken) return items.map(prepareAnswer);
      // Contiguous slices, one per worker, concatenated back in order.
      const per = Math.ceil(items.length / workers.length) || 1;
      const parts = await Promise.all(workers.map((w, i) => items.slice(i * per, (i + 1) * per)).map((slice, i) => (slice.length ? run(workers[i]!, slice) : Promise.resolve([]))));
      return parts.flat();
    },
    async close() {
      await Promise.all(workers.map((w) => w.terminate()));
    },
  };
}

function inThread(): AnswerPrepPool {
  return { prepare: async (items) => items.map(prepareAnswer), close: async () => {} };
}
