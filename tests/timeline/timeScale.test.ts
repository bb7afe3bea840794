import { describe, expect, it } from "vitest";
import { isoToDay } from "../../src/contract/days";
import { axisLabels, timeScale } from "../../src/timeline/timeScale";

const day = isoToDay;
/** The sample corpus's report days: May 2022, May 2023, March 2024, August 2024. */
const reportDays = ["2022-05-17", "2023-05-22", "2023-05-23", "2024-03-12", "2024-08-05", "2024-08-06", "2024-08-07"].map(day);
const extent = { fromDay: day("2022-05-17"), toDay: day("2025-03-31") };

describe("the time axis scale", () => {
  it("gives the first days of the Kursk offensive a readable share of the axis", () => {
    const scale = timeScale(extent, reportDays);
    const share = scale.x(day("2024-08-08")) - scale.x(day("2024-08-06"));
    // Linear over 1,050 days this is 0.2 %: a pixel or two.
    expect(share).toBeGreaterThan(0.01);
  });

  it("is monotonic and finds the day back at its position", () => {
    const scale = timeScale(extent, reportDays);
    let last = -1;
    for (let d = extent.fromDay; d <= extent.toDay; d++) {
      const x = scale.x(d);
      expect(x).toBeGreaterThan(last);
      last = x;
    }
    for (const d of reportDays) expect(scale.dayAt(scale.x(d) + 1e-9)).toBe(d);
    expect(scale.x(extent.fromDay)).toBe(0);
    expect(scale.x(extent.toDay + 1)).toBe(1);
  });

  it("marks the compressed empty stretches as breaks", () => {
    const scale = timeScale(extent, reportDays);
    const breaks = scale.segments.filter((s) => s.compressed);
    expect(breaks.length).toBeGreaterThanOrEqual(3);
    expect(breaks.every((b) => !reportDays.some((d) => d >= b.fromDay && d < b.toDay))).toBe(true);
  });

  it("is linear when the data has no gaps", () => {
    const scale = timeScale({ fromDay: 0, toDay: 99 }, [0, 50, 99]);
    expect(scale.x(25)).toBeCloseTo(0.25);
  });
});

describe("the axis labels", () => {
  it("name the year at every stretch after a break and the months inside it, dated by their day", () => {
    const labels = axisLabels(timeScale(extent, reportDays), 1400);
    const texts = labels.map((l) => l.text);
    expect(texts).toEqual(expect.arrayContaining(["May 2022", "May 2023", "Mar 2024", "Aug 2024"]));
    const aug = labels.find((l) => l.text === "Aug 2024")!;
    expect(aug.day).toBeLessThanOrEqual(day("2024-08-05"));
    expect(aug.day).toBeGreaterThan(day("2024-07-01"));
    // In order along the axis and never on top of each other.
    for (let i = 1; i < labels.length; i++) expect((labels[i]!.x - labels[i - 1]!.x) * 1400).toBeGreaterThanOrEqual(30);
  });

  it("keep the labels that carry a year when the axis is narrow", () => {
    const labels = axisLabels(timeScale(extent, reportDays), 360);
    expect(labels.length).toBeGreaterThan(0);
    expect(labels.every((l) => /\d{4}/.test(l.text))).toBe(true);
  });
});
