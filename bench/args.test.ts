import { describe, expect, it } from "vitest";
import { parseBenchArgs } from "@/bench/args";
import { listeningInodes, processTree } from "@/bench/server";
import { mkdtempSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";

describe("parseBenchArgs", () => {
  it("has defaults for a 10,000-record run", () => {
    const a = parseBenchArgs([]);
    expect(a).toMatchObject({ records: 10_000, seed: 1, analyse: true, http: true, peer: true, xapian: true, repeats: 5, warmup: 10, mix: "main", chartOnly: false, save: true });
    expect(a.xapianMax).toBeGreaterThanOrEqual(1_000_000);
  });
  it("reads the Xapian peer's options", () => {
    expect(parseBenchArgs(["--no-xapian"]).xapian).toBe(false);
    expect(parseBenchArgs(["--xapian-max", "250_000"]).xapianMax).toBe(250_000);
  });
  it("reads the options", () => {
    const a = parseBenchArgs(["--records", "1_000_000", "--no-analyse", "--chart", "--mix", "holdout", "--no-http"]);
    expect(a).toMatchObject({ records: 1_000_000, analyse: false, chartOnly: true, mix: "holdout", http: false, repeats: 3 });
  });
  it("refuses nonsense", () => {
    expect(() => parseBenchArgs(["--records", "ten"])).toThrow(/--records/);
    expect(() => parseBenchArgs(["--mix", "other"])).toThrow(/--mix/);
    expect(() => parseBenchArgs(["--warmup", "0"])).toThrow(/--warmup/);
    expect(parseBenchArgs(["--warmup", "1"]).warmup).toBe(1);
    expect(() => parseBenchArgs(["--bogus"])).toThrow();
  });
});

describe("finding the listening process", () => {
  it("reads listening sockets for a port from /proc/net/tcp lines", () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), "bench-tcp-"));
    const table = path.join(dir, "tcp");
    writeFileSync(
      table,
      [
        "  sl  local_address rem_address   st tx_queue rx_queue tr tm->when retrnsmt   uid  timeout inode",
        "   0: 0100007F:1F90 00000000:0000 0A 00000000:00000000 00:00000000 00000000     0        0 123456 1 0000000000000000 100 0 0 10 0",
        "   1: 0100007F:1F90 0100007F:D2F0 01 00000000:00000000 00:00000000 00000000     0        0 654321 1 0000000000000000 20 4 30 10 -1",
        "   2: 0100007F:1F91 00000000:0000 0A 00000000:00000000 00:00000000 00000000     0        0 777777 1 0000000000000000 100 0 0 10 0",
      ].join("\n"),
    );
    expect([...listeningInodes(8080, [table])]).toEqual(["123456"]);
  });
  it("walks the process tree from a pid", () => {
    expect(processTree(process.pid)[0]).toBe(process.pid);
  });
});
