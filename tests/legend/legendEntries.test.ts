import { describe, expect, it } from "vitest";
import { legendEntries } from "../../src/legend/legendEntries";

describe("the legend's entries", () => {
  it("explains the contested ring when the map draws one", () => {
    const entries = legendEntries({ kinds: ["event", "contested"], colours: [], maxSources: 1 }, []);
    expect(entries.find((e) => e.kind === "contested")?.label).toMatch(/contested: the sides' claims .* contradict/i);
  });

  it("says nothing of contested places when none is drawn", () => {
    expect(legendEntries({ kinds: ["event"], colours: [], maxSources: 1 }, []).map((e) => e.kind)).not.toContain("contested");
  });

  it("says reports outside every campaign are faded while the map fades them", () => {
    const colours = [{ id: "", colour: "#777777" }];
    const label = (fadedOutside: boolean) => legendEntries({ kinds: ["event"], colours, maxSources: 1, fadedOutside }, []).find((e) => e.kind === "campaign:none")?.label;
    expect(label(true)).toBe("Outside any campaign (faded)");
    expect(label(false)).toBe("Outside any campaign");
  });
});
