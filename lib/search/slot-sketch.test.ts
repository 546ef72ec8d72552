import { describe, expect, it } from "vitest";
import { hasSlot, SKETCH_BITS, SlotSketch } from "@/lib/search/slot-sketch";

describe("SlotSketch", () => {
  it("counts a row once per slot, however often the row adds it, across regions and full buffers", () => {
    const sketch = new SlotSketch();
    const top = (1 << SKETCH_BITS) - 1;
    // Slot 5: rows 0–9, each three times; slot `top` (the last region): rows 0–2; slot 6: 20,000 rows, more than a buffer holds.
    for (let row = 0; row < 20_000; row++) {
      if (row < 10) for (let k = 0; k < 3; k++) sketch.add(5, row);
      if (row < 3) sketch.add(top, row);
      sketch.add(6, row);
      sketch.add(6, row);
    }
    const ten = sketch.atLeast(10);
    expect([hasSlot(ten, 5), hasSlot(ten, top), hasSlot(ten, 6), hasSlot(ten, 7)]).toEqual([true, false, true, false]);
    const eleven = sketch.atLeast(11);
    expect([hasSlot(eleven, 5), hasSlot(eleven, 6)]).toEqual([false, true]);
    expect(hasSlot(sketch.atLeast(3), top)).toBe(true);
    expect(hasSlot(sketch.atLeast(20_000), 6)).toBe(true);
    expect(hasSlot(sketch.atLeast(20_001), 6)).toBe(false);
  });
});
