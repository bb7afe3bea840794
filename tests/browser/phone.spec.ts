import { describe, expect, it } from "vitest";
import { mapSuite } from "./support/suite";

const suite = mapSuite();
const PHONE = { width: 390, height: 844 };
const FEATURE_BUTTONS = ["claims-toggle", "compare-toggle", "export-toggle", "toggle-review"];

describe("on a phone (390×844)", () => {
  it("nothing sticks out sideways: toolbar, timeline, quick-picks, legend", async () => {
    const map = await suite.driver(PHONE);
    await map.openMap({ from: "2024-08-06", to: "2024-08-07" });
    await map.toggleLegend();
    expect(await map.horizontalOverflow()).toEqual({ pageScrolls: false, elements: [] });
  });

  it("folds the toolbar into one menu on one row: view options, dataset picker and the features' buttons", async () => {
    const map = await suite.driver(PHONE);
    await map.openMap({ from: "2024-08-06", to: "2024-08-07" });
    expect(await map.viewOptionsShown()).toBe(false);
    expect(await map.datasetPickerShown()).toBe(false);
    for (const button of FEATURE_BUTTONS) expect(await map.toolbarButtonShown(button), button).toBe(false);
    const folded = await map.toolbarHeight();
    expect(folded).toBeLessThan(45);
    await map.toggleMenu();
    expect(await map.viewOptionsShown()).toBe(true);
    expect(await map.datasetPickerShown()).toBe(true);
    for (const button of FEATURE_BUTTONS) expect(await map.toolbarButtonShown(button), button).toBe(true);
    expect(await map.toolbarHeight()).toBeGreaterThan(folded);
    await map.showMentions(true);
    await expect.poll(async () => (await map.currentUrl()).searchParams.get("mentions")).toBe("1");
    expect(await map.horizontalOverflow()).toEqual({ pageScrolls: false, elements: [] });
  });

  it("keeps a feature's button in sight while it is in use, with the menu folded", async () => {
    const map = await suite.driver(PHONE);
    await map.openMap();
    await map.pressToolbarButton("toggle-review");
    await map.toggleMenu();
    expect(await map.viewOptionsShown()).toBe(false);
    expect(await map.toolbarButtonShown("toggle-review")).toBe(true);
    expect(await map.toolbarButtonShown("export-toggle")).toBe(false);
    expect(await map.horizontalOverflow()).toEqual({ pageScrolls: false, elements: [] });
  });

  it("keeps the focus on a feature's button when Escape closes its popover with the menu folded", async () => {
    const map = await suite.driver(PHONE);
    await map.openMap();
    await map.pressToolbarButton("export-toggle");
    await map.toggleMenu();
    expect(await map.exportOpen()).toBe(true);
    await map.press("Escape");
    expect(await map.exportOpen()).toBe(false);
    expect(await map.focusedText()).toBe("Export");
    expect(await map.toolbarButtonShown("export-toggle")).toBe(true);
  });

  it("shows the articles panel while the dataset picker is folded", async () => {
    const map = await suite.driver(PHONE);
    await map.openMap();
    expect(await map.datasetPickerShown()).toBe(false);
    await map.addArticles([{ name: "raid.md", content: "---\ntitle: Raid\npublished: 2024-08-10\n---\nShelling hit Sudzha on Friday.\n" }]);
    expect(await map.ingestStatus()).toMatch(/^Added \d+ place reports? from 1 article/);
    expect(await map.horizontalOverflow()).toEqual({ pageScrolls: false, elements: [] });
  });

  it("the sourcing sheet can be dragged up to read a whole quote, and back", async () => {
    const map = await suite.driver(PHONE);
    await map.openMap({ from: "2023-05-22", to: "2023-05-23" });
    await map.selectListedPlace("Kozinka");
    const half = await map.sheetHeight();
    await map.dragSheet(-300);
    await expect.poll(() => map.sheetHeight()).toBeGreaterThan(half + 200);
    await map.dragSheet(250);
    await expect.poll(() => map.sheetHeight()).toBeLessThan(half + 100);
  });
});
