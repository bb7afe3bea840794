import { describe, expect, it } from "vitest";
import { parseUrlState, serialiseUrlState, unknownClaimsMessage } from "../../src/url/urlState";

describe("URL state", () => {
  it("reads every documented parameter", () => {
    const state = parseUrlState(
      "?map=9.50/50.4613/35.6026&from=2023-05-22&to=2023-05-23&place=gn:kozinka&compare=belgorod-2023,kursk-2024&mentions=1&data=https://example.org/x.geojson",
    );
    expect(state).toEqual({
      map: { zoom: 9.5, lat: 50.4613, lon: 35.6026 },
      from: "2023-05-22",
      to: "2023-05-23",
      place: "gn:kozinka",
      compare: ["belgorod-2023", "kursk-2024"],
      mentions: true,
      data: "https://example.org/x.geojson",
    });
  });

  it("survives a round trip through serialise and parse", () => {
    const state = {
      map: { zoom: 7.25, lat: 51.191, lon: 35.271 },
      from: "2024-08-06",
      to: "2024-08-07",
      place: "gn:sudzha",
      compare: ["kharkiv-2022", "kursk-2024"] as [string, string],
      mentions: false,
      data: "./other.geojson?x=1&y=2",
    };
    expect(parseUrlState(serialiseUrlState(state))).toEqual(state);
  });

  it("keeps slashes, commas and colons readable in a shared link", () => {
    expect(serialiseUrlState({ map: { zoom: 6, lat: 50, lon: 35 }, place: "gn:kozinka", compare: ["a", "b"] })).toBe(
      "?map=6.00/50.0000/35.0000&place=gn:kozinka&compare=a,b",
    );
  });

  it("drops unreadable parameters and keeps the rest", () => {
    expect(parseUrlState("?map=9/abc/35&from=2023-02-30&to=2023-05-23&compare=only-one&mentions=yes")).toEqual({
      to: "2023-05-23",
    });
  });

  it("carries cumulative mode", () => {
    expect(parseUrlState("?from=2024-08-06&to=2024-08-07&cumulative=1")).toMatchObject({ cumulative: true });
    expect(serialiseUrlState({ to: "2024-08-07", cumulative: true })).toBe("?to=2024-08-07&cumulative=1");
  });

  it("carries reports outside every campaign shown at full strength (faded is the default, left out of the link)", () => {
    expect(parseUrlState("?outside=shown")).toEqual({ outsideShown: true });
    expect(parseUrlState("?outside=faded")).toEqual({});
    expect(serialiseUrlState({ outsideShown: true })).toBe("?outside=shown");
    expect(serialiseUrlState({})).toBe("");
  });

  it("orders a reversed window", () => {
    expect(parseUrlState("?from=2024-08-07&to=2024-08-06")).toMatchObject({ from: "2024-08-06", to: "2024-08-07" });
  });

  it("serialises an empty state to an empty query", () => {
    expect(serialiseUrlState({})).toBe("");
  });
});

describe("the claims parameter", () => {
  it("reads claimant kinds in the contract's order", () => {
    expect(parseUrlState("?claims=independent,ukrainian_official")).toEqual({ claims: ["ukrainian_official", "independent"] });
  });

  it("writes the chosen kinds as a readable list", () => {
    expect(serialiseUrlState({ claims: ["ukrainian_official", "independent"] })).toBe("?claims=ukrainian_official,independent");
    expect(serialiseUrlState({ claims: [] })).toBe("");
  });

  it("keeps the known kinds and names the unknown ones", () => {
    const state = parseUrlState("?claims=independent,kremlin, Armed_Group");
    expect(state).toEqual({ claims: ["armed_group", "independent"], unknownClaims: ["kremlin"] });
    expect(unknownClaimsMessage(state)).toBe(
      'The link\'s claims= names an unknown claimant kind "kremlin"; expected russian_official, ukrainian_official, armed_group, ' +
        "independent, outlet, unknown. Left out; shown: armed_group, independent.",
    );
  });

  it("shows every report when no kind in the link is known", () => {
    const state = parseUrlState("?claims=kremlin,nato");
    expect(state.claims).toBeUndefined();
    expect(unknownClaimsMessage(state)).toMatch(/unknown claimant kinds "kremlin", "nato".*every report is shown/);
    expect(unknownClaimsMessage(parseUrlState("?claims=outlet"))).toBeNull();
  });
});
