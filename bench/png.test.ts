import { inflateSync } from "node:zlib";
import { describe, expect, it } from "vitest";
import { Canvas, PNG_SIGNATURE, crc32, encodePng } from "@/bench/png";
import { renderChart } from "@/bench/chart";

function chunks(png: Buffer): Array<{ type: string; data: Buffer; crcOk: boolean }> {
  const out = [];
  let at = 8;
  while (at < png.length) {
    const len = png.readUInt32BE(at);
    const type = png.toString("ascii", at + 4, at + 8);
    const data = png.subarray(at + 8, at + 8 + len);
    const crc = png.readUInt32BE(at + 8 + len);
    out.push({ type, data, crcOk: crc === crc32(png.subarray(at + 4, at + 8 + len)) });
    at += 12 + len;
  }
  return out;
}

describe("crc32", () => {
  it("matches the standard check value", () => {
    expect(crc32(Buffer.from("123456789"))).toBe(0xcbf43926);
  });
});

describe("encodePng", () => {
  it("writes the signature, IHDR, IDAT and IEND with valid CRCs", () => {
    const rgb = new Uint8Array(3 * 2 * 3).fill(200);
    const png = encodePng(3, 2, rgb);
    expect([...png.subarray(0, 8)]).toEqual([...PNG_SIGNATURE]);
    const cs = chunks(png);
    expect(cs.map((c) => c.type)).toEqual(["IHDR", "IDAT", "IEND"]);
    expect(cs.every((c) => c.crcOk)).toBe(true);
    const ihdr = cs[0]!.data;
    expect(ihdr.length).toBe(13);
    expect(ihdr.readUInt32BE(0)).toBe(3);
    expect(ihdr.readUInt32BE(4)).toBe(2);
    expect([...ihdr.subarray(8)]).toEqual([8, 2, 0, 0, 0]);
    // Each row: a filter byte and the row's pixels.
    const raw = inflateSync(cs[1]!.data);
    expect(raw.length).toBe(2 * (1 + 3 * 3));
    expect(raw[0]).toBe(0);
    expect(raw[1]).toBe(200);
  });

  it("refuses pixels of the wrong size", () => {
    expect(() => encodePng(2, 2, new Uint8Array(5))).toThrow(RangeError);
  });
});

describe("Canvas and chart", () => {
  it("draws inside the bounds and ignores pixels outside", () => {
    const c = new Canvas(4, 4);
    c.line(-5, 0, 10, 0, [0, 0, 0]);
    expect([...c.pixels.subarray(0, 3)]).toEqual([0, 0, 0]);
    expect([...c.pixels.subarray(4 * 3, 4 * 3 + 3)]).toEqual([255, 255, 255]);
  });

  it("renders a chart as a PNG of the chart's size", () => {
    const png = renderChart("TEST", [{ label: "A", color: [255, 0, 0], points: [{ x: 1e4, y: 3 }, { x: 1e5, y: 9 }] }]);
    const ihdr = chunks(png)[0]!.data;
    expect(ihdr.readUInt32BE(0)).toBe(1000);
    expect(ihdr.readUInt32BE(4)).toBe(560);
  });
});
