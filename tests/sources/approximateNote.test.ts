import { describe, expect, it } from "vitest";
import { approximateNote } from "../../src/sources/approximateNote";

const report = { kind: "settlement", admin1: "Kursk Oblast", admin2: "Glushkovskiy Rayon" } as const;

describe("the words for a village drawn where its text places it", () => {
  it("say it is somewhere in the district", () =>
    expect(approximateNote({ ...report, geo_precision: "district", container_name: "Glushkovskiy Rayon" })).toBe("approximate: somewhere in Glushkovskiy Rayon"));
  it("say it is somewhere in the region", () =>
    expect(approximateNote({ ...report, admin2: null, geo_precision: "region", container_name: "Kursk Oblast" })).toBe("approximate: somewhere in Kursk Oblast"));
  it("say it is near the neighbour", () =>
    expect(approximateNote({ ...report, geo_precision: "near", container_name: "Sudzha" })).toBe("approximate: near Sudzha"));
  it("fall back on the report's divisions in a file without container names", () =>
    expect(approximateNote({ ...report, geo_precision: "district" })).toBe("approximate: somewhere in Glushkovskiy Rayon"));
  it("are none for a place drawn at its own point, or a district's own report", () => {
    expect(approximateNote({ ...report, geo_precision: "exact" })).toBeNull();
    expect(approximateNote({ ...report, kind: "district", geo_precision: "district" })).toBeNull();
  });
});
