import { describe, expect, it } from "vitest";
import { clampWindow, effectiveDayRange, stepWindow } from "../../src/store/timeWindow";

const extent = { fromDay: 100, toDay: 200 };

describe("time window arithmetic", () => {
  it("slides a window forward keeping its length", () => {
    expect(stepWindow({ fromDay: 110, toDay: 112 }, 1, extent)).toEqual({ fromDay: 111, toDay: 113 });
  });

  it("stops at the end of the data, then starts again from the beginning", () => {
    expect(stepWindow({ fromDay: 190, toDay: 199 }, 5, extent)).toEqual({ fromDay: 191, toDay: 200 });
    expect(stepWindow({ fromDay: 191, toDay: 200 }, 1, extent)).toEqual({ fromDay: 100, toDay: 109 });
  });

  it("steps backwards and wraps to the end", () => {
    expect(stepWindow({ fromDay: 110, toDay: 110 }, -1, extent)).toEqual({ fromDay: 109, toDay: 109 });
    expect(stepWindow({ fromDay: 100, toDay: 101 }, -1, extent)).toEqual({ fromDay: 199, toDay: 200 });
  });

  it("orders and clamps a window to the data", () => {
    expect(clampWindow({ fromDay: 250, toDay: 50 }, extent)).toEqual({ fromDay: 100, toDay: 200 });
  });

  it("starts a cumulative window at the start of the data", () => {
    expect(effectiveDayRange({ fromDay: 151, toDay: 160 }, true, extent)).toEqual({
      fromDay: 100,
      toDay: 160,
    });
  });
});

describe("playback over gaps", () => {
  it("jumps over days without reports to the next one, keeping the window's length", async () => {
    const { playbackStep } = await import("../../src/store/timeWindow");
    const days = [100, 101, 150, 190];
    expect(playbackStep({ fromDay: 100, toDay: 101 }, extent, days)).toEqual({ fromDay: 101, toDay: 102 });
    expect(playbackStep({ fromDay: 101, toDay: 102 }, extent, days)).toEqual({ fromDay: 149, toDay: 150 });
    expect(playbackStep({ fromDay: 149, toDay: 150 }, extent, days)).toEqual({ fromDay: 150, toDay: 151 });
    expect(playbackStep({ fromDay: 150, toDay: 151 }, extent, days)).toEqual({ fromDay: 189, toDay: 190 });
  });

  it("starts again at the first report after the last one", async () => {
    const { playbackStep } = await import("../../src/store/timeWindow");
    expect(playbackStep({ fromDay: 190, toDay: 191 }, extent, [120, 190])).toEqual({ fromDay: 119, toDay: 120 });
  });

  it("takes the window over the campaigns too, so a campaign running past the data is not cut", async () => {
    const { windowExtent } = await import("../../src/store/timeWindow");
    const campaigns = [{ start: "1970-04-20", end: "1970-12-31" }, { start: "1980-01-01", end: "1980-02-01" }];
    expect(windowExtent(extent, campaigns)).toEqual({ fromDay: 100, toDay: 364 });
  });
});
