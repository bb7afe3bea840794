import { describe, expect, it } from "vitest";
import { isoToDay } from "../../src/contract/days";
import { formatDay, formatDayRange } from "../../src/timeline/formatDates";

const range = (from: string, to: string) => ({ fromDay: isoToDay(from), toDay: isoToDay(to) });

describe("dates in words", () => {
  it("writes a day with the month's name", () => {
    expect(formatDay(isoToDay("2023-05-22"))).toBe("22 May 2023");
  });

  it("writes a window sharing what its ends share", () => {
    expect(formatDayRange(range("2023-05-22", "2023-05-22"))).toBe("22 May 2023");
    expect(formatDayRange(range("2023-05-22", "2023-05-23"))).toBe("22–23 May 2023");
    expect(formatDayRange(range("2023-05-30", "2023-06-06"))).toBe("30 May – 6 Jun 2023");
    expect(formatDayRange(range("2022-05-17", "2024-08-07"))).toBe("17 May 2022 – 7 Aug 2024");
  });
});
