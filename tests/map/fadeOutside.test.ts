import { describe, expect, it } from "vitest";
import { FADED_OPACITY, markOpacity, reportLayers } from "../../src/map/reportLayers";

const paintOf = (fade: boolean, id: string) => reportLayers([], [], fade).find((l) => l.id === id)!.paint as Record<string, unknown>;

describe("reports outside every campaign", () => {
  it("are drawn faint when faded: dots, their rims and approximate rings", () => {
    const faded = JSON.stringify([paintOf(true, "report-points")["circle-opacity"], paintOf(true, "report-points")["circle-stroke-opacity"], paintOf(true, "report-approximate")["circle-stroke-opacity"]]);
    expect(faded.match(new RegExp(`,${FADED_OPACITY},`, "g"))?.length).toBe(3);
    expect(faded).toContain('["feature-state","campaign"]');
  });

  it("are drawn like any report when not", () => {
    const shown = JSON.stringify(markOpacity(false));
    expect(shown).not.toContain(String(FADED_OPACITY));
    expect(shown).not.toContain("campaign");
  });
});
