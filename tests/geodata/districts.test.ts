import type { Polygon } from "geojson";
import { describe, expect, it } from "vitest";
import { districtPointProblem, placeDistrictPoint } from "../../scripts/geodata/districtPoint";
import { buildDistricts, settlementKeys } from "../../scripts/geodata/districts";
import type { AdminNameTables, SettlementRecord } from "../../scripts/geodata/settlements";

/** A box for Belgorod Oblast, lon 35.3–39.2, lat 49.8–51.4 (the real one's extent, squared off). */
const belgorodBox: Polygon = {
  type: "Polygon",
  coordinates: [[[35.3, 49.8], [39.2, 49.8], [39.2, 51.4], [35.3, 51.4], [35.3, 49.8]]],
};
const oblastOf = (code: string) => (code === "RU.09" ? belgorodBox : null);

const settlement = (name: string, lat: number, lon: number, admin2Code: string | null = null, population = 0): SettlementRecord => ({
  admin1Code: "RU.09",
  admin2Code,
  entry: {
    id: name, name, altNames: [], lat, lon, country: "RU", admin1: "Belgorod Oblast", admin2: null,
    kind: "settlement", featureCode: "PPL", population,
  },
});

const admin = (districts: [string, string][]): AdminNameTables => ({
  admin1: new Map([["RU.09", "Belgorod Oblast"]]),
  admin2: new Map(districts),
});

describe("district centres found by name", () => {
  it("place Krasnoyaruzhskiy Rayon at Krasnaya Yaruga, not at Krasnoye 200 km east", () => {
    const settlements = [settlement("Krasnoye", 50.93291, 38.68125, null, 3000), settlement("Krasnaya Yaruga", 50.80198, 35.65774)];
    const { districts } = buildDistricts(admin([["RU.09.824992", "Krasnoyaruzhskiy Rayon"]]), settlements, oblastOf);
    expect(districts.map((d) => [d.id, d.lat, d.lon])).toEqual([["824992", 50.80198, 35.65774]]);
  });

  it("prefer, among namesakes, the one carrying the district's code", () => {
    const settlements = [
      settlement("Kamenka", 51.32, 38.0, null, 9000),
      settlement("Kamenka", 50.71, 36.42, "RU.09.553409", 8000),
    ];
    const { districts } = buildDistricts(admin([["RU.09.553409", "Kamenskiy Rayon"]]), settlements, oblastOf);
    expect(districts.map((d) => [d.lat, d.lon])).toEqual([[50.71, 36.42]]);
  });

  it("read a two-word name led by an adjective as the compound a district is named from", () => {
    expect(settlementKeys("Krasnaya Yaruga")).toEqual(["krasnaia iaruga", "krasnoiaruga"]);
    expect(settlementKeys("Staryy Oskol")).toEqual(["starii oskol", "starooskol"]);
    expect(settlementKeys("Belgorod")).toEqual(["belgorod"]);
  });

  it("do not let a compound outrank the settlement whose own name matches", () => {
    const settlements = [settlement("Belyy Yar", 50.2, 37.0, null, 9000), settlement("Beloyarskiy", 51.0, 36.0, null, 5000)];
    const { districts } = buildDistricts(admin([["RU.09.12625191", "Beloyarsky District"]]), settlements, oblastOf);
    expect(districts.map((d) => [d.lat, d.lon])).toEqual([[51.0, 36.0]]);
  });
});

describe("the district point check", () => {
  const near = [{ lat: 50.6, lon: 36.0 }, { lat: 50.7, lon: 36.1 }];

  it("accepts a point inside the oblast and near the district's settlements", () => {
    expect(districtPointProblem({ lat: 50.65, lon: 36.05 }, belgorodBox, near)).toBeNull();
  });

  it("rejects a point outside the oblast", () => {
    expect(districtPointProblem({ lat: 50.5, lon: 35.2 }, belgorodBox, near)).toBe("outside its oblast");
    expect(districtPointProblem({ lat: 50.5, lon: 35.2 }, null, near)).toBeNull();
  });

  it("rejects a point more than 60 km from every one of two or more settlements, but judges no distance from one", () => {
    expect(districtPointProblem({ lat: 50.93, lon: 38.68 }, belgorodBox, near)).toMatch(/^18\d km from its nearest settlement$/);
    expect(districtPointProblem({ lat: 50.93, lon: 38.68 }, belgorodBox, near.slice(0, 1))).toBeNull();
  });

  it("moves a failing centre to the centroid of the district's settlements", () => {
    const moved = placeDistrictPoint({ lat: 50.93, lon: 38.68 }, near, belgorodBox)!;
    expect({ ...moved, point: [moved.point.lat.toFixed(4), moved.point.lon.toFixed(4)] })
      .toEqual({ point: ["50.6500", "36.0500"], placedBy: "settlements", problem: null });
    expect(placeDistrictPoint({ lat: 50.61, lon: 36.01 }, near, belgorodBox)?.placedBy).toBe("centre");
  });

  it("keeps a centre outside the oblast with no settlements to fall back on, and says so", () => {
    expect(placeDistrictPoint({ lat: 49.5, lon: 36.2 }, [], belgorodBox)).toEqual({
      point: { lat: 49.5, lon: 36.2 }, placedBy: "centre", problem: "outside its oblast",
    });
    expect(placeDistrictPoint(null, [], belgorodBox)).toBeNull();
  });

  it("builds warnings for districts still misplaced and notes the ones it moved", () => {
    const settlements = [
      settlement("Borisovka", 50.93, 38.68, null, 3000),
      settlement("Yakovlevo", 49.0, 36.4, null, 1000),
      settlement("Stroitel", 50.78, 36.48, "RU.09.1"),
      settlement("Tomarovka", 50.68, 36.23, "RU.09.1"),
    ];
    const built = buildDistricts(admin([["RU.09.1", "Borisovskiy Rayon"], ["RU.09.2", "Yakovlevskiy Rayon"]]), settlements, oblastOf);
    expect(built.moved).toEqual(["Borisovskiy Rayon (Belgorod Oblast): centre Borisovka 155 km from its nearest settlement"]);
    expect(built.misplaced).toEqual(["Yakovlevskiy Rayon (Belgorod Oblast): outside its oblast"]);
  });
});
