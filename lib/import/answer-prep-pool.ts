import { existsSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { Worker } from "node:worker_threads";
import { inThreadPrep, prepareAnswer, type AnswerPrepInput, type AnswerPrepPool, type PreparedAnswer } from "@/lib/import/answer-prep";

/**
 * Sanitising and analysing answers in worker threads while the main thread
 * writes: on the two cores of a small server that roughly halves a bulk
 * import's CPU time on the main thread. For command-line imports only (the
 * worker runs TypeScript through tsx); never import this from app code, or
 * the bundler pulls tsx and esbuild into the build.
 */
export function defaultWorkerCount(): number {
  return Math.max(1, os.availableParallelism() - 1);
}

export function createAnswerPrepPool(size: number): AnswerPrepPool {
  if (size < 1 || !import.meta.url.startsWith("file:")) return inThread();
  // Paths built at run time, not `new URL("./x", import.meta.url)`: bundlers would pull the worker (and tsx) into the app.
  const dir = path.dirname(fileURLToPath(import.meta.url));
  const boot = path.join(dir, "answer-prep-boot.mjs");
  const entry = path.join(dir, "answer-prep-worker.ts");
  if (!existsSync(boot) || !existsSync(entry)) return inThread();
  const workers = Array.from({ length: size }, () => new Worker(boot, { workerData: { entry: pathToFileURL(entry).href } }));
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

const inThread = (): AnswerPrepPool => inThreadPrep;
