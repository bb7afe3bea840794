import { describe, expect, it } from "vitest";
import { FIXTURE, hasSampleCorpus } from "./support/driver";
import { mapSuite } from "./support/suite";

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
    await map.openMap({ data: map.fixtureUrl(), from: "2023-05-22", to: "2023-05-23" });
    await map.page.getByTestId("play-speed").selectOption("10");
    await map.play();
    await expect.poll(async () => (await map.timeWindow()).from, { timeout: 5000 }).not.toBe("2023-05-22");
    await map.pause();
    const paused = await map.timeWindow();
    await map.page.waitForTimeout(400);
    expect(await map.timeWindow()).toEqual(paused);
    const days = (Date.parse(paused.to) - Date.parse(paused.from)) / 86_400_000;
    expect(days).toBe(1);
  });

  it("steps a day with the arrow keys on a handle", async () => {
    const map = await suite.driver();
    await map.openMap({ data: map.fixtureUrl(), from: "2023-05-22", to: "2023-05-23" });
    await map.page.getByTestId("handle-to").focus();
    await map.page.keyboard.press("ArrowRight");
    await map.page.keyboard.press("ArrowRight");
    expect(await map.timeWindow()).toEqual({ from: "2023-05-22", to: "2023-05-25" });
  });

  it("in cumulative mode shows everything up to the end date", async () => {
    const map = await suite.driver();
    await map.openMap({ data: map.fixtureUrl(), from: "2024-08-06", to: "2024-08-07" });
    expect(await map.listedPlaces()).not.toContain("Kozinka");
    await map.page.getByTestId("cumulative").check();
    await expect.poll(() => map.listedPlaces(), { timeout: 5000 }).toEqual(expect.arrayContaining(["Kharkiv", "Kozinka", "Sudzha"]));
  });
});
