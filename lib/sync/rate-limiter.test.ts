import { describe, expect, it } from "vitest";
import { TokenBucket, type Clock } from "@/lib/sync/rate-limiter";

function fakeClock(): Clock & { t: number; sleeps: number[] } {
  const c = {
    t: 0,
    sleeps: [] as number[],
    now: () => c.t,
    sleep: async (ms: number) => {
      c.sleeps.push(ms);
      c.t += ms;
    },
  };
  return c;
}

describe("TokenBucket", () => {
  it("lets a burst through, then paces at the rate", async () => {
    const clock = fakeClock();
    const bucket = new TokenBucket(5, 3, clock);
    const times: number[] = [];
    for (let i = 0; i < 8; i++) {
      await bucket.acquire();
      times.push(clock.t);
    }
    expect(times.slice(0, 3)).toEqual([0, 0, 0]);
    // After the burst, one every 200 ms.
    expect(times.slice(3).map((t) => Math.round(t))).toEqual([200, 400, 600, 800, 1000]);
  });

  it("refills while idle, but never above the burst", async () => {
    const clock = fakeClock();
    const bucket = new TokenBucket(10, 2, clock);
    await bucket.acquire();
    await bucket.acquire();
    clock.t += 10_000;
    await bucket.acquire();
    await bucket.acquire();
    expect(clock.sleeps).toEqual([]);
    await bucket.acquire();
    expect(clock.sleeps.map(Math.round)).toEqual([100]);
  });

  it("serves concurrent callers in order without exceeding the rate", async () => {
    const clock = fakeClock();
    const bucket = new TokenBucket(4, 1, clock);
    const order: number[] = [];
    await Promise.all([0, 1, 2, 3, 4].map((i) => bucket.acquire().then(() => order.push(i))));
    expect(order).toEqual([0, 1, 2, 3, 4]);
    expect(Math.round(clock.t)).toBe(1000);
  });

  it("refuses a rate that is not positive", () => {
    expect(() => new TokenBucket(0)).toThrow(RangeError);
    expect(() => new TokenBucket(Number.NaN)).toThrow(RangeError);
  });
});
