import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { readState, StateFileError, writeStateAtomic, type SyncState } from "@/lib/sync/state";

const dir = () => mkdtempSync(path.join(os.tmpdir(), "sync-state-"));

describe("sync state file", () => {
  it("a missing file is an empty state", async () => {
    expect(await readState(path.join(dir(), "none.json"))).toEqual({ version: 1, queries: {} });
  });

  it("round-trips, creating the folder, and leaves no temporary file", async () => {
    const d = dir();
    const file = path.join(d, "nested", "state.json");
    const state: SyncState = { version: 1, queries: { "http://x/q?a=1": { nextSkip: 40, totalResults: 81, complete: false, updatedAt: "2025-12-10T00:00:00.000Z" } } };
    await writeStateAtomic(file, state);
    expect(await readState(file)).toEqual(state);
    expect(readdirSync(path.dirname(file))).toEqual(["state.json"]);
    state.queries["http://x/q?a=1"]!.nextSkip = 60;
    await writeStateAtomic(file, state);
    expect(JSON.parse(readFileSync(file, "utf8")).queries["http://x/q?a=1"].nextSkip).toBe(60);
  });

  it("drops entries with an impossible offset", async () => {
    const file = path.join(dir(), "s.json");
    writeFileSync(file, JSON.stringify({ version: 1, queries: { a: { nextSkip: -3 }, b: { nextSkip: 20, complete: false } } }));
    expect(Object.keys((await readState(file)).queries)).toEqual(["b"]);
  });

  it("a damaged or foreign file is an error that points at --restart", async () => {
    const file = path.join(dir(), "s.json");
    writeFileSync(file, "{ not json");
    await expect(readState(file)).rejects.toThrow(StateFileError);
    writeFileSync(file, JSON.stringify({ hello: 1 }));
    await expect(readState(file)).rejects.toThrow(/--restart/);
  });
});
