import { readFileSync } from "node:fs";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { compileAcceptor } from "../../src/contract/jsonSchemaCheck";
import { placeReportCollection } from "../../src/contract/placeReport";
import { checkDatasetBytes, parseDatasetBytes } from "../../src/data/checkDataset";
import { fetchDataset, readDatasetBytes } from "../../src/data/loadDataset";
import { whyUnfetchable } from "../../src/data/datasetSource";

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

describe("opening a dataset", () => {
  it("fetches, validates and dates the reports of a URL", async () => {
    const result = await fetchDataset(`${base}/reports.geojson`);
    expect(result.ok && result.dataset.placeReports.map((f) => f.properties.name)).toContain("Kozinka");
    expect(result.ok && result.dataset.placeReports[0]!.properties.day_start).toBeTypeOf("number");
  });

  it("names the file and the HTTP status when the server refuses", async () => {
    expect(await fetchDataset(`${base}/missing.geojson`))
      .toEqual({ ok: false, error: `${base}/missing.geojson: HTTP 404 Not Found` });
  });

  it("says a file is not JSON rather than failing later", async () => {
    const result = await fetchDataset(`${base}/broken.geojson`);
    expect(result.ok ? "" : result.error).toMatch(/\/broken\.geojson: not valid JSON/);
  });

  it("gives the reports in one layout", async () => {
    const result = await fetchDataset(`${base}/reports.geojson`);
    if (!result.ok) throw new Error(result.error);
    const layouts = new Set(result.dataset.placeReports.map((r) => Object.keys(r.properties).join(",")));
    expect(layouts.size).toBe(1);
  });

  it("validates a picked file against the contract with the path of the first problem", async () => {
    const file = new File([JSON.stringify({ type: "FeatureCollection", features: [{ type: "Feature" }] })], "picked.geojson");
    const result = await readDatasetBytes(await file.arrayBuffer(), file.name);
    expect(result.ok ? "" : result.error).toMatch(/^picked\.geojson: features\[0\]\.geometry/);
  });

  it("names CORS when a dataset on another site could not be read", () => {
    expect(whyUnfetchable("https://data.example.org/map.geojson", "https://newsroom.example")).toMatch(/CORS.*Access-Control-Allow-Origin/);
    expect(whyUnfetchable("https://newsroom.example/map.geojson", "https://newsroom.example")).not.toMatch(/CORS/);
  });
});

describe("checking a large dataset in the worker", () => {
  const bytesOf = (text: string) => new TextEncoder().encode(text).buffer as ArrayBuffer;
  const cases = {
    valid: fixture.toString("utf8"),
    "not JSON": "{\"type\": \"FeatureCollection\", ",
    "a contract problem": JSON.stringify({ type: "FeatureCollection", features: [{ type: "Feature" }] }),
  };
  for (const [name, text] of Object.entries(cases)) {
    it(`answers as a parse on the main thread would for ${name}, with the compiled check or without`, () => {
      const here = parseDatasetBytes(bytesOf(text), "big.geojson");
      for (const accepts of [undefined, compileAcceptor(placeReportCollection)]) {
        const verdict = checkDatasetBytes({ bytes: bytesOf(text), where: "big.geojson" }, accepts);
        expect(verdict).toEqual(here.ok ? { ok: true } : { ok: false, error: here.error });
      }
    });
  }
});
