import { describe, expect, it } from "vitest";
import { memoisePoint } from "../../src/cli/context";

describe("border distances remembered by point", () => {
  it("computes each point once and tells points apart by both coordinates", () => {
    const calls: string[] = [];
    const distance = memoisePoint((lon, lat) => {
      calls.push(`${lon},${lat}`);
      return lon * 1000 + lat;
    });
    const points: [number, number][] = [[35.1, 51.2], [35.1, 51.3], [36.1, 51.2], [35.1, 51.2], [-0, 0], [0, 0]];
    expect(points.map(([lon, lat]) => distance(lon, lat))).toEqual([35151.2, 35151.3, 36151.2, 35151.2, 0, 0]);
    expect(calls).toEqual(["35.1,51.2", "35.1,51.3", "36.1,51.2", "0,0"]);
  });
});
