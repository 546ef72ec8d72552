import { mkdir, readFile, rename, writeFile } from "node:fs/promises";
import path from "node:path";

/**
 * Where each query stopped: `nextSkip` is the offset of the first record not
 * yet committed. A finished query is marked complete so the next run starts it
 * afresh (a sync is meant to be re-run to pick up new answers).
 */
export type QueryState = { nextSkip: number; totalResults: number | null; complete: boolean; updatedAt: string };
export type SyncState = { version: 1; queries: Record<string, QueryState> };

export class StateFileError extends Error {}

export const emptyState = (): SyncState => ({ version: 1, queries: {} });

export async function readState(file: string): Promise<SyncState> {
  let text: string;
  try {
    text = await readFile(file, "utf8");
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === "ENOENT") return emptyState();
    throw e;
  }
  let doc: unknown;
  try {
    doc = JSON.parse(text);
  } catch {
    throw new StateFileError(`State file ${file} is not valid JSON; delete it or run with --restart`);
  }
  const d = doc as Partial<SyncState> | null;
  if (!d || d.version !== 1 || typeof d.queries !== "object" || d.queries === null) {
    throw new StateFileError(`State file ${file} is not a sync state (version 1); delete it or run with --restart`);
  }
  const queries: Record<string, QueryState> = {};
  for (const [key, q] of Object.entries(d.queries)) {
    if (q && Number.isInteger(q.nextSkip) && q.nextSkip >= 0) {
      queries[key] = { nextSkip: q.nextSkip, totalResults: q.totalResults ?? null, complete: !!q.complete, updatedAt: String(q.updatedAt ?? "") };
    }
  }
  return { version: 1, queries };
}

/** Written to a temporary file then renamed, so a crash leaves the old state or the new one, never half. */
export async function writeStateAtomic(file: string, state: SyncState): Promise<void> {
  await mkdir(path.dirname(path.resolve(file)), { recursive: true });
  const tmp = `${file}.${process.pid}.tmp`;
  await writeFile(tmp, JSON.stringify(state, null, 2) + "\n", "utf8");
  await rename(tmp, file);
}
