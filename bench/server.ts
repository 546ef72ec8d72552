import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import { createWriteStream, existsSync, readdirSync, readFileSync, readlinkSync, writeFileSync } from "node:fs";
import net from "node:net";
import path from "node:path";
import { buildIsCurrent } from "@/lib/build-freshness";

/**
 * The production server for the HTTP figures: `next build` into .next-bench
 * (never .next, which other work uses) when the sources are newer than the
 * last bench build, then `next start` on a free port against the bench
 * database. Memory is read from /proc for the process actually listening
 * (`next start` may run the server in a child).
 */
export const BENCH_DIST_DIR = ".next-bench";
const nextBin = (appDir: string) => path.join(appDir, "node_modules/next/dist/bin/next");

/** Same rule as `npm start` (lib/build-freshness.ts), for the bench's own build folder. */
export function benchBuildIsCurrent(appDir: string): boolean {
  return buildIsCurrent(appDir, BENCH_DIST_DIR);
}

/** Builds into .next-bench; puts tsconfig.json back if next rewrote it. Returns seconds, or throws. */
export function buildForBench(appDir: string, log: (s: string) => void): number {
  const started = Date.now();
  const tsconfigFile = path.join(appDir, "tsconfig.json");
  const tsconfig = readFileSync(tsconfigFile, "utf8");
  log(`building the app into ${path.join(appDir, BENCH_DIST_DIR)} (sources changed since the last bench build)…`);
  const r = spawnSync(process.execPath, [nextBin(appDir), "build"], {
    cwd: appDir,
    stdio: ["ignore", "inherit", "inherit"],
    env: { ...process.env, NEXT_DIST_DIR: BENCH_DIST_DIR, NEXT_TELEMETRY_DISABLED: "1", NODE_ENV: "production" },
  });
  if (readFileSync(tsconfigFile, "utf8") !== tsconfig) writeFileSync(tsconfigFile, tsconfig);
  if (r.status !== 0) throw new Error(`next build failed (exit ${r.status ?? r.signal})`);
  return (Date.now() - started) / 1000;
}

export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const srv = net.createServer();
    srv.unref();
    srv.on("error", reject);
    srv.listen(0, "127.0.0.1", () => {
      const port = (srv.address() as net.AddressInfo).port;
      srv.close(() => resolve(port));
    });
  });
}

export type BenchServer = {
  baseUrl: string;
  /** The pid listening on the port (may be a child of the one started). */
  pid: number;
  child: ChildProcess;
  /** Highest VmRSS seen by the sampler since `resetWindow`, in MB. */
  windowMaxRssMB(): number;
  /**
   * Highest RssAnon (the process's private memory: V8 heap, SQLite page
   * caches) and RssFile (file pages mapped in: the memory-mapped database
   * and the binaries; shared with the OS page cache, reclaimable) seen since
   * `resetWindow`, in MB.
   */
  windowMaxSplitMB(): { anon: number; file: number };
  resetWindow(): void;
  /** VmHWM: the peak resident memory of the listening process, in MB. */
  peakRssMB(): number;
  rssMB(): number;
  stop(): Promise<void>;
};

export async function startServer(opts: { appDir: string; databaseFile: string; port: number; logFile: string }): Promise<BenchServer> {
  const log = createWriteStream(opts.logFile);
  const child = spawn(process.execPath, [nextBin(opts.appDir), "start", "-p", String(opts.port), "-H", "127.0.0.1"], {
    cwd: opts.appDir,
    env: { ...process.env, DATABASE_URL: `file:${opts.databaseFile}`, NEXT_DIST_DIR: BENCH_DIST_DIR, NEXT_TELEMETRY_DISABLED: "1", NODE_ENV: "production" },
    stdio: ["ignore", "pipe", "pipe"],
    detached: true, // its own process group, so stop() ends the server and any child it started
  });
  child.stdout!.pipe(log);
  child.stderr!.pipe(log);
  const baseUrl = `http://127.0.0.1:${opts.port}`;
  let exited = false;
  child.on("exit", () => (exited = true));

  const deadline = Date.now() + 90_000;
  for (;;) {
    if (exited) throw new Error(`next start exited early; see ${opts.logFile}`);
    if (Date.now() > deadline) throw new Error(`next start did not answer within 90 s; see ${opts.logFile}`);
    try {
      const res = await fetch(`${baseUrl}/api/search?q=warmup`);
      await res.arrayBuffer();
      if (res.status < 500) break;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 250));
  }

  const pid = listeningPid(child.pid!, opts.port) ?? child.pid!;
  let windowMax = 0;
  let anonMax = 0;
  let fileMax = 0;
  const sampler = setInterval(() => {
    const rss = readStatusKB(pid, "VmRSS");
    if (rss !== null) windowMax = Math.max(windowMax, rss / 1024);
    anonMax = Math.max(anonMax, (readStatusKB(pid, "RssAnon") ?? 0) / 1024);
    fileMax = Math.max(fileMax, (readStatusKB(pid, "RssFile") ?? 0) / 1024);
  }, 50);
  sampler.unref();

  return {
    baseUrl,
    pid,
    child,
    windowMaxRssMB: () => windowMax,
    windowMaxSplitMB: () => ({ anon: anonMax, file: fileMax }),
    resetWindow: () => {
      windowMax = anonMax = fileMax = 0;
    },
    peakRssMB: () => (readStatusKB(pid, "VmHWM") ?? NaN) / 1024,
    rssMB: () => (readStatusKB(pid, "VmRSS") ?? NaN) / 1024,
    async stop() {
      clearInterval(sampler);
      if (exited) return;
      const done = new Promise<void>((r) => child.once("exit", () => r()));
      try {
        process.kill(-child.pid!, "SIGTERM");
      } catch {
        child.kill("SIGTERM");
      }
      const timeout = setTimeout(() => {
        try {
          process.kill(-child.pid!, "SIGKILL");
        } catch {
          // already gone
        }
      }, 5000);
      await done;
      clearTimeout(timeout);
      log.end();
    },
  };
}

export function readStatusKB(pid: number, field: "VmRSS" | "VmHWM" | "RssAnon" | "RssFile"): number | null {
  try {
    const m = new RegExp(`^${field}:\\s+(\\d+)\\s+kB`, "m").exec(readFileSync(`/proc/${pid}/status`, "utf8"));
    return m ? Number(m[1]) : null;
  } catch {
    return null;
  }
}

/** Socket inodes listening on `port` (from /proc/net/tcp and tcp6; state 0A is LISTEN). */
export function listeningInodes(port: number, tables = ["/proc/net/tcp", "/proc/net/tcp6"]): Set<string> {
  const inodes = new Set<string>();
  for (const table of tables) {
    if (!existsSync(table)) continue;
    for (const line of readFileSync(table, "utf8").split("\n").slice(1)) {
      const cols = line.trim().split(/\s+/);
      if (cols.length < 10) continue;
      const localPort = parseInt(cols[1]!.split(":").pop()!, 16);
      if (localPort === port && cols[3] === "0A") inodes.add(cols[9]!);
    }
  }
  return inodes;
}

/** The process itself and everything it started, by walking /proc parent ids. */
export function processTree(root: number): number[] {
  const parents = new Map<number, number>();
  for (const entry of readdirSync("/proc")) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const stat = readFileSync(`/proc/${entry}/stat`, "utf8");
      const ppid = Number(stat.slice(stat.lastIndexOf(")") + 2).split(" ")[1]);
      parents.set(Number(entry), ppid);
    } catch {
      // exited meanwhile
    }
  }
  const tree = [root];
  for (let i = 0; i < tree.length; i++) for (const [pid, ppid] of parents) if (ppid === tree[i] && !tree.includes(pid)) tree.push(pid);
  return tree;
}

export function listeningPid(root: number, port: number): number | null {
  const inodes = listeningInodes(port);
  if (!inodes.size) return null;
  for (const pid of processTree(root)) {
    let fds: string[] = [];
    try {
      fds = readdirSync(`/proc/${pid}/fd`);
    } catch {
      continue;
    }
    for (const fd of fds) {
      try {
        const m = /^socket:\[(\d+)\]$/.exec(readlinkSync(`/proc/${pid}/fd/${fd}`));
        if (m && inodes.has(m[1]!)) return pid;
      } catch {
        // closed meanwhile
      }
    }
  }
  return null;
}
