import { existsSync, readFileSync } from "node:fs";
import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { loadLongform } from "@/lib/import/longform";

/**
 * A stand-in for questions-statements-api.parliament.uk on 127.0.0.1, serving
 * real list records (../shared/data, or a fixture when that is absent) in the
 * API's paged shape, detail records with full texts, and injected faults.
 */
const SHARED = "/work/shared/data/uk-parliament-api";
const SHARED_LIST = `${SHARED}/commons-2025-12.as-of-2025-12-10.json`;
const SHARED_LONGFORM = `${SHARED}/longform-texts.jsonl.gz`;
const FIXTURE_LIST = "test/fixtures/import/paged-response.json";

type Value = Record<string, unknown> & { id: number };
type Item = { value: Value; links: unknown[] };
export type Fault = { kind: "500" } | { kind: "slow"; delayMs: number } | { kind: "429"; retryAfter: string } | { kind: "reset" };
export type LoggedRequest = { n: number; at: number; path: string; query: URLSearchParams; status: number };

export type SyncServer = {
  url: string;
  source: string;
  /** Every request, in arrival order (faulted ones included). */
  requests: LoggedRequest[];
  /** Faults keyed by the 1-based number of the request they hit. */
  faults: Map<number, Fault>;
  /** What the list endpoint holds for these query parameters, in serving order. */
  matching(query: Record<string, string>): Value[];
  /** The full texts a detail request returns, by id. */
  fullTexts: Map<number, { questionText: string | null; answerText: string | null }>;
  reset(): void;
  close(): Promise<void>;
};

const day = (v: unknown) => (typeof v === "string" ? v.slice(0, 10) : null);
const inRange = (d: string | null, from: string | null, to: string | null) => !!d && (!from || d >= from.slice(0, 10)) && (!to || d <= to.slice(0, 10));

export async function startSyncServer(opts: { listFile?: string; longformFile?: string | null } = {}): Promise<SyncServer> {
  const listFile = opts.listFile ?? (existsSync(SHARED_LIST) ? SHARED_LIST : FIXTURE_LIST);
  const doc = JSON.parse(readFileSync(listFile, "utf8")) as Item[] | { results: Item[] };
  const items = (Array.isArray(doc) ? doc : doc.results).filter((i) => i && typeof i.value?.id === "number");
  const byId = new Map(items.map((i) => [i.value.id, i]));
  const longformFile = opts.longformFile === undefined ? (existsSync(SHARED_LONGFORM) ? SHARED_LONGFORM : null) : opts.longformFile;
  const fullTexts = longformFile ? await loadLongform(longformFile, new Set(byId.keys())) : new Map();

  const matching = (q: Record<string, string>): Value[] => {
    const g = (k: string) => q[k] ?? null;
    return items
      .map((i) => i.value)
      .filter((v) => {
        if ((g("tabledWhenFrom") || g("tabledWhenTo")) && !inRange(day(v.dateTabled), g("tabledWhenFrom"), g("tabledWhenTo"))) return false;
        if ((g("answeredWhenFrom") || g("answeredWhenTo")) && !inRange(day(v.dateAnswered), g("answeredWhenFrom"), g("answeredWhenTo"))) return false;
        const house = g("house");
        if (house && house !== "Bicameral" && v.house !== house) return false;
        if (g("askingMemberId") && String(v.askingMemberId) !== g("askingMemberId")) return false;
        if (g("includeWithdrawn") !== "true" && v.isWithdrawn === true) return false;
        return true;
      });
  };

  const requests: LoggedRequest[] = [];
  const faults = new Map<number, Fault>();
  const send = (res: ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}) => {
    if (res.destroyed) return;
    res.writeHead(status, { "content-type": "application/json; charset=utf-8", ...headers });
    res.end(JSON.stringify(body));
  };

  const handle = (req: IncomingMessage, res: ServerResponse) => {
    const url = new URL(req.url ?? "/", "http://127.0.0.1");
    const entry: LoggedRequest = { n: requests.length + 1, at: performance.now(), path: url.pathname, query: url.searchParams, status: 200 };
    requests.push(entry);
    const fault = faults.get(entry.n);
    const reply = (status: number, body: unknown, headers?: Record<string, string>) => {
      entry.status = status;
      send(res, status, body, headers);
    };
    if (fault?.kind === "500") return reply(500, { error: "injected failure" });
    if (fault?.kind === "429") return reply(429, { error: "too many requests" }, { "retry-after": fault.retryAfter });
    if (fault?.kind === "reset") return void req.socket.destroy();

    const respond = () => {
      const detail = /^\/api\/writtenquestions\/questions\/(\d+)$/i.exec(url.pathname);
      if (detail) {
        const item = byId.get(Number(detail[1]));
        if (!item) return reply(404, { error: "not found" });
        const full = fullTexts.get(item.value.id);
        const value = { ...item.value, ...(full?.questionText ? { questionText: full.questionText } : {}), ...(full?.answerText && item.value.answerText ? { answerText: full.answerText } : {}) };
        return reply(200, { value, links: item.links });
      }
      if (/^\/api\/writtenquestions\/questions\/?$/i.test(url.pathname)) {
        const q = Object.fromEntries(url.searchParams);
        for (const k of ["skip", "take"]) if (q[k] !== undefined && !/^\d+$/.test(q[k]!)) return reply(400, { error: `${k} must be a whole number` });
        const all = matching(q);
        const skip = Number(q.skip ?? 0);
        const take = Number(q.take ?? 20);
        return reply(200, { totalResults: all.length, results: all.slice(skip, skip + take).map((v) => byId.get(v.id)) });
      }
      reply(404, { error: "no such endpoint" });
    };
    if (fault?.kind === "slow") setTimeout(respond, fault.delayMs);
    else respond();
  };

  const server = createServer(handle);
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    source: listFile,
    requests,
    faults,
    matching,
    fullTexts,
    reset() {
      requests.length = 0;
      faults.clear();
    },
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.closeAllConnections();
        server.close((e) => (e ? reject(e) : resolve()));
      }),
  };
}
