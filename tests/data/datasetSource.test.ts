import { readFileSync } from "node:fs";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { readDataset } from "../../src/data/datasetSource";
import { fetchDataset } from "../../src/data/loadDataset";

const fixture = readFileSync(new URL("../fixtures/placeReports.small.geojson", import.meta.url));
let server: Server;
let base = "";

beforeAll(async () => {
  server = createServer((request, response) => {
    if (request.url === "/reports.geojson") response.end(fixture);
    else if (request.url === "/broken.geojson") response.end("{\"type\": \"FeatureCollection\", ");
    else response.writeHead(404, "Not Found").end();
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

describe("reading a dataset", () => {
  it("fetches, validates and dates the reports of a URL", async () => {
    const result = await readDataset({ kind: "url", url: `${base}/reports.geojson`, where: "reports.geojson" });
    expect(result.ok && result.dataset.placeReports.map((f) => f.properties.name)).toContain("Kozinka");
    expect(result.ok && result.dataset.placeReports[0]!.properties.day_start).toBeTypeOf("number");
  });

  it("names the file and the HTTP status when the server refuses", async () => {
    expect(await readDataset({ kind: "url", url: `${base}/missing.geojson`, where: "missing.geojson" }))
      .toEqual({ ok: false, error: "missing.geojson: HTTP 404 Not Found" });
  });

  it("says a file is not JSON rather than failing later", async () => {
    const result = await readDataset({ kind: "url", url: `${base}/broken.geojson`, where: "broken.geojson" });
    expect(result.ok ? "" : result.error).toMatch(/^broken\.geojson: not valid JSON/);
  });

  it("validates a picked file against the contract with the path of the first problem", async () => {
    const file = new File([JSON.stringify({ type: "FeatureCollection", features: [{ type: "Feature" }] })], "picked.geojson");
    const result = await readDataset({ kind: "file", file, where: file.name });
    expect(result.ok ? "" : result.error).toMatch(/^picked\.geojson: features\.0\.geometry/);
  });
});

describe("opening a dataset from the app", () => {
  it("gives the reports of a small file, parsed where it arrived, in one layout", async () => {
    const result = await fetchDataset(`${base}/reports.geojson`);
    if (!result.ok) throw new Error(result.error);
    const layouts = new Set(result.dataset.placeReports.map((r) => Object.keys(r.properties).join(",")));
    expect(layouts.size).toBe(1);
    expect(result.dataset.placeReports.map((f) => f.properties.name)).toContain("Kozinka");
  });
  it("names the URL as given when the server refuses", async () => {
    expect(await fetchDataset(`${base}/missing.geojson`)).toEqual({ ok: false, error: `${base}/missing.geojson: HTTP 404 Not Found` });
  });
});
