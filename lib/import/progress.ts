/**
 * One updating line on a terminal; plain lines every few seconds otherwise
 * (logs and CI must not fill with carriage returns).
 */
export type Progress = { update(done: number, label: string): void; done(): void };

export function createProgress(out: NodeJS.WriteStream = process.stderr, opts: { intervalMs?: number; tty?: boolean } = {}): Progress {
  const tty = opts.tty ?? out.isTTY === true;
  const interval = opts.intervalMs ?? (tty ? 200 : 5000);
  const started = Date.now();
  let last = 0;
  let lastLine = "";
  return {
    update(done, label) {
      const now = Date.now();
      if (now - last < interval) return;
      last = now;
      const rate = done / Math.max((now - started) / 1000, 0.001);
      lastLine = `${label}: ${done} records, ${Math.round(rate)}/s`;
      if (tty) out.write(`\r${lastLine.padEnd(100).slice(0, Math.max(out.columns ?? 100, 40) - 1)}`);
      else out.write(`${lastLine}\n`);
    },
    done() {
      if (tty && lastLine) out.write("\r" + " ".repeat(Math.min(lastLine.length + 1, 200)) + "\r");
    },
  };
}
