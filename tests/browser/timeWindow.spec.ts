import { describe, expect, it } from "vitest";
import { FIXTURE, hasSampleCorpus } from "./support/driver";
import { mapSuite } from "./support/suite";
import { TimelineDriver } from "./support/timelineDriver";

const suite = mapSuite();

/** The same journalist questions against the frozen fixture and, once built, the sample corpus. */
const datasets = [
  {
    label: "the fixture",
    params: (fixtureUrl: (name: string) => string) => ({ data: fixtureUrl(FIXTURE) }),
    isSudzha: (name: string) => name === "Sudzha",
  },
  ...(hasSampleCorpus()
    ? [{
      label: "the sample corpus",
      params: () => ({}),
      // The sample article names "Sudzha district", which resolves to the district.
      isSudzha: (name: string) => /^Sudzha/.test(name),
    }]
    : []),
];

describe.each(datasets)("the time window over $label", ({ params, isSudzha }) => {
  it("lists Kozinka on 22-23 May 2023, then Sudzha and not Kozinka on 6-7 August 2024", async () => {
    const map = await suite.driver();
    await map.openMap(params((name) => map.fixtureUrl(name)));
    await map.scrubTo("2023-05-22", "2023-05-23");
    expect(await map.listedPlaces()).toContain("Kozinka");
    await map.scrubTo("2024-08-06", "2024-08-07");
    const listed = await map.listedPlaces();
    expect(listed.filter(isSudzha)).not.toEqual([]);
    expect(listed).not.toContain("Kozinka");
  });
});

describe("circle sizes", () => {
  it("count only the sources inside the window", async () => {
    const map = await suite.driver();
    await map.openMap({ data: map.fixtureUrl(), from: "2023-05-22", to: "2023-05-23", map: "8/50.46/35.62" });
    expect(await map.circleSourceCount("Kozinka")).toBe(2);
    await map.scrubTo("2023-05-22", "2023-05-22");
    await expect.poll(() => map.circleSourceCount("Kozinka"), { timeout: 5000 }).toBe(1);
  });
});

describe("playing the timeline", () => {
  it("moves the window forward while playing and stops when paused", async () => {
    const map = await suite.driver();
    const timeline = new TimelineDriver(map);
    await map.openMap({ data: map.fixtureUrl(), from: "2023-05-22", to: "2023-05-23" });
    await timeline.setPlaySpeed(10);
    await timeline.play();
    await expect.poll(async () => (await map.timeWindow()).from, { timeout: 5000 }).not.toBe("2023-05-22");
    await timeline.pause();
    const paused = await map.timeWindow();
    await timeline.waitForPlaybackTicks(4);
    expect(await map.timeWindow()).toEqual(paused);
    const days = (Date.parse(paused.to) - Date.parse(paused.from)) / 86_400_000;
    expect(days).toBe(1);
  });

  it("steps a day with the arrow keys on a handle", async () => {
    const map = await suite.driver();
    const timeline = new TimelineDriver(map);
    await map.openMap({ data: map.fixtureUrl(), from: "2023-05-22", to: "2023-05-23" });
    await timeline.focusHandle("to");
    await map.press("ArrowRight");
    await map.press("ArrowRight");
    expect(await map.timeWindow()).toEqual({ from: "2023-05-22", to: "2023-05-25" });
  });

  it("in cumulative mode shows everything up to the end date", async () => {
    const map = await suite.driver();
    const timeline = new TimelineDriver(map);
    await map.openMap({ data: map.fixtureUrl(), from: "2024-08-06", to: "2024-08-07" });
    expect(await map.listedPlaces()).not.toContain("Kozinka");
    await timeline.setCumulative(true);
    await expect.poll(() => map.listedPlaces(), { timeout: 5000 }).toEqual(expect.arrayContaining(["Kharkiv", "Kozinka", "Sudzha"]));
  });
});

describe("the time axis", () => {
  it("labels years and months under the slider, in order and dated by the day they stand at", async () => {
    const map = await suite.driver({ width: 1440, height: 900 });
    const timeline = new TimelineDriver(map);
    await map.openMap({ data: map.fixtureUrl() });
    const labels = await timeline.axisLabels();
    expect(labels.map((l) => l.text)).toEqual(expect.arrayContaining(["May 2022", "May 2023", "Mar 2024", "Aug 2024"]));
    for (let i = 1; i < labels.length; i++) {
      expect(labels[i]!.left).toBeGreaterThan(labels[i - 1]!.left);
      expect(labels[i]!.day > labels[i - 1]!.day).toBe(true);
    }
    const aug = labels.find((l) => l.text === "Aug 2024")!;
    expect(aug.day.startsWith("2024-0")).toBe(true);
  });

  it("gives the first days of the Kursk offensive more than a sliver of the slider", async () => {
    const map = await suite.driver({ width: 1440, height: 900 });
    const timeline = new TimelineDriver(map);
    await map.openMap({ data: map.fixtureUrl(), from: "2024-08-06", to: "2024-08-08" });
    expect(await timeline.windowHighlightWidth()).toBeGreaterThan(15);
  });

  it("keeps the handles of a one-day window apart in a narrow window, each draggable on its own", async () => {
    const map = await suite.driver({ width: 390, height: 844 });
    const timeline = new TimelineDriver(map);
    await map.openMap({ data: map.fixtureUrl(), from: "2023-05-22", to: "2023-05-22" });
    await timeline.dragHandle("from", -40);
    const window = await map.timeWindow();
    expect(window.to).toBe("2023-05-22");
    expect(window.from < "2023-05-22").toBe(true);
  });

  it("writes the window's dates on the map and keeps them current while playing", async () => {
    const map = await suite.driver();
    const timeline = new TimelineDriver(map);
    await map.openMap({ data: map.fixtureUrl(), from: "2023-05-22", to: "2023-05-23" });
    expect(await timeline.mapDate()).toBe("22–23 May 2023");
    await timeline.setPlaySpeed(10);
    await timeline.play();
    await expect.poll(() => timeline.mapDate(), { timeout: 5000 }).not.toBe("22–23 May 2023");
    await timeline.pause();
    // Wherever playback (which loops back to the data's start) has got to, the map says it in words.
    const { from, to } = await map.timeWindow();
    const [, , fromDay] = from.split("-").map(Number);
    const [toYear, , toDay] = to.split("-").map(Number);
    const shown = await timeline.mapDate();
    expect(shown).not.toMatch(/\d{4}-\d{2}/);
    for (const part of [fromDay, toDay, toYear]) expect(shown).toContain(String(part));
    expect(to > from).toBe(true);
  });

  it("plays over the empty months between campaigns instead of crawling through them", async () => {
    const map = await suite.driver();
    const timeline = new TimelineDriver(map);
    await map.openMap({ data: map.fixtureUrl(), from: "2023-05-23", to: "2023-05-24" });
    await timeline.setPlaySpeed(2);
    await timeline.play();
    // Day by day at 2 days a second, March 2024 is two and a half minutes away; a jump takes one tick,
    // given 20 s here because a loaded machine rendering in software can hold the page's timers for seconds.
    await expect.poll(async () => (await map.timeWindow()).to, { timeout: 20_000 }).toBe("2024-03-12");
    await timeline.pause();
  });

  it("steps to the next report with one button", async () => {
    const map = await suite.driver();
    const timeline = new TimelineDriver(map);
    await map.openMap({ data: map.fixtureUrl(), from: "2023-05-23", to: "2023-05-23" });
    await timeline.nextReport();
    expect(await map.timeWindow()).toEqual({ from: "2024-03-12", to: "2024-03-12" });
  });

  it("keeps a campaign's window that runs past the data, and its quick-pick pressed", async () => {
    const map = await suite.driver();
    const timeline = new TimelineDriver(map);
    await map.openMap({ data: map.fixtureUrl() });
    await map.pickCampaign("kursk-2024");
    expect(await map.timeWindow()).toEqual({ from: "2024-08-06", to: "2025-03-31" });
    expect(await timeline.campaignPressed("kursk-2024")).toBe(true);
    await expect.poll(() => map.listedPlaces()).toContain("Sudzha");
  });

  it("keeps cumulative mode in the link", async () => {
    const map = await suite.driver();
    const timeline = new TimelineDriver(map);
    await map.openMap({ data: map.fixtureUrl(), from: "2024-08-06", to: "2024-08-07" });
    await timeline.setCumulative(true);
    await expect.poll(async () => (await map.currentUrl()).searchParams.get("cumulative")).toBe("1");
    await map.reload();
    await expect.poll(() => map.listedPlaces(), { timeout: 5000 }).toContain("Kozinka");
  });
});
