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
});
