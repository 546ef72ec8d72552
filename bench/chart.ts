import { Canvas, type Rgb } from "@/bench/png";
import { drawText, drawTextVertical, textWidth } from "@/bench/font";

/**
 * Latency against corpus size, both axes logarithmic, one line per measure,
 * drawn from the per-size result files (bench/results/records-N.json).
 */
export type ChartSeries = { label: string; color: Rgb; dash?: number; points: Array<{ x: number; y: number }> };

const W = 1000;
const H = 560;
const M = { left: 84, right: 290, top: 56, bottom: 70 };
const INK: Rgb = [40, 40, 40];
const GRID: Rgb = [225, 225, 225];

const fmtRecords = (n: number) => (n >= 1e6 ? `${n / 1e6}M` : n >= 1e3 ? `${n / 1e3}K` : String(n));
const fmtMs = (n: number) => (n >= 1 ? `${n}` : n.toFixed(-Math.floor(Math.log10(n))));

export function renderChart(title: string, series: ChartSeries[]): Buffer {
  const c = new Canvas(W, H);
  const pts = series.flatMap((s) => s.points).filter((p) => p.x > 0 && p.y > 0 && Number.isFinite(p.y));
  // Half a decade of room on the left, so the smallest corpus is not drawn on the axis.
  const x0 = Math.floor(Math.log10(Math.min(...pts.map((p) => p.x), 1e4) / 3));
  const x1 = Math.max(Math.ceil(Math.log10(Math.max(...pts.map((p) => p.x), 1e6))), x0 + 1);
  const y0 = Math.floor(Math.log10(Math.min(...pts.map((p) => p.y), 1)));
  const y1 = Math.max(Math.ceil(Math.log10(Math.max(...pts.map((p) => p.y), 10))), y0 + 1);
  const pw = W - M.left - M.right;
  const ph = H - M.top - M.bottom;
  const px = (x: number) => M.left + ((Math.log10(x) - x0) / (x1 - x0)) * pw;
  const py = (y: number) => M.top + ph - ((Math.log10(y) - y0) / (y1 - y0)) * ph;

  drawText(c, title, M.left, 18, INK, 2);
  // Grid and ticks: decades, with faint 2× and 5× lines.
  for (let e = y0; e <= y1; e++) {
    for (const m of [1, 2, 5]) {
      const v = m * 10 ** e;
      if (Math.log10(v) > y1 + 1e-9) continue;
      c.line(M.left, py(v), M.left + pw, py(v), m === 1 ? GRID : [242, 242, 242]);
      if (m === 1) {
        const label = fmtMs(v);
        drawText(c, label, M.left - 8 - textWidth(label, 2), py(v) - 7, INK, 2);
      }
    }
  }
  for (let e = x0; e <= x1; e++) {
    const v = 10 ** e;
    c.line(px(v), M.top, px(v), M.top + ph, GRID);
    const label = fmtRecords(v);
    drawText(c, label, px(v) - textWidth(label, 2) / 2, M.top + ph + 10, INK, 2);
  }
  c.line(M.left, M.top, M.left, M.top + ph, INK, 2);
  c.line(M.left, M.top + ph, M.left + pw, M.top + ph, INK, 2);
  const xTitle = "RECORDS (LOG)";
  drawText(c, xTitle, M.left + pw / 2 - textWidth(xTitle, 2) / 2, H - 30, INK, 2);
  drawTextVertical(c, "MILLISECONDS (LOG)", 16, M.top + ph / 2 + textWidth("MILLISECONDS (LOG)", 2) / 2, INK, 2);

  series.forEach((s, i) => {
    const points = s.points.filter((p) => p.x > 0 && p.y > 0 && Number.isFinite(p.y)).sort((a, b) => a.x - b.x);
    for (let k = 1; k < points.length; k++) c.line(px(points[k - 1]!.x), py(points[k - 1]!.y), px(points[k]!.x), py(points[k]!.y), s.color, 3, s.dash ?? 0);
    for (const p of points) c.rect(px(p.x) - 4, py(p.y) - 4, 9, 9, s.color);
    // Legend
    const ly = M.top + 8 + i * 26;
    const lx = W - M.right + 20;
    c.line(lx, ly + 6, lx + 28, ly + 6, s.color, 3, s.dash ?? 0);
    c.rect(lx + 10, ly + 2, 9, 9, s.color);
    drawText(c, s.label, lx + 38, ly, INK, 2);
  });
  return c.toPng();
}
