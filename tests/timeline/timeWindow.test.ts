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
    expect(effectiveDayRange({ from: "1970-06-01", to: "1970-06-10" }, true, extent)).toEqual({
      fromDay: 100,
      toDay: 160,
    });
  });
});
