import { spawn } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { download } from "../../src/cli/download";
import { runGazetteerCommand } from "../../src/cli/gazetteerCommand";
import { fetchDumps, type FetchRequest } from "../../src/cli/gazetteerFetch";
import { withLocalDumps } from "../../src/cli/localDumps";
import { geoparseArticle } from "../../src/pipeline/geoparse";
import { buildNameIndex } from "../../src/pipeline/nameIndex";
import { geonamesZip, NOVOSIBIRSK_ROW, ruAlternateNamesText, ruDumpText } from "../fixtures/geonames/archives";
import { miniGazetteer } from "../fixtures/miniGazetteer";

/** A stand-in for download.geonames.org on 127.0.0.1: nothing here reaches the internet. */
const files: Record<string, Uint8Array> = {
  "/dump/RU.zip": geonamesZip("RU.txt", ruDumpText),
  "/dump/alternatenames/RU.zip": geonamesZip("RU.txt", ruAlternateNamesText),
  "/broken/RU.zip": geonamesZip("RU.txt", ruDumpText).subarray(0, 200),
  "/csv/RU.zip": geonamesZip("RU.txt", "name,lat,lon\nKursk,51.7,36.2\n"),
  "/east/RU.zip": geonamesZip("RU.txt", `${NOVOSIBIRSK_ROW}\n`),
};
let server: Server;
let base: string;
let closedPort: number;

beforeAll(async () => {
  server = createServer((request, response) => {
    if (request.url?.startsWith("/silent/")) return; // answers nothing, ever
    const body = files[request.url ?? ""];
    response.writeHead(body ? 200 : 404, { "content-type": body ? "application/zip" : "text/plain" });
    response.end(body ?? "Not Found");
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  // A port that was just free and is closed now: connecting to it is refused.
  const probe = createServer();
  await new Promise<void>((resolve) => probe.listen(0, "127.0.0.1", resolve));
  closedPort = (probe.address() as AddressInfo).port;
  await new Promise((resolve) => probe.close(resolve));
});

afterAll(() => {
  server.closeAllConnections();
  server.close();
});

const newFolder = () => join(mkdtempSync(join(tmpdir(), "gazetteer-fetch-")), "geonames");
const request = (over: Partial<FetchRequest>): FetchRequest => ({
  countries: ["RU"],
  alternateNames: false,
  baseUrl: `${base}/dump`,
  folder: newFolder(),
  ...over,
});
/** A folder holding an earlier fetch, to see that a failed one leaves it alone. */
function earlierFetch(): string {
  const folder = newFolder();
  mkdirSync(folder);
  writeFileSync(join(folder, "RU.txt"), "the earlier dump\n");
  return folder;
}
const untouched = (folder: string) => {
  expect(readdirSync(folder)).toEqual(["RU.txt"]);
  expect(readFileSync(join(folder, "RU.txt"), "utf8")).toBe("the earlier dump\n");
};

describe("fetching GeoNames dumps from a server", () => {
  it("stores RU.txt cut to the theatre, without Novosibirsk beyond the Urals", async () => {
    const folder = newFolder();
    const [fetched] = await fetchDumps(request({ folder }));
    expect(fetched).toMatchObject({ country: "RU", path: join(folder, "RU.txt"), counts: { kept: 4, outsideTheatre: 1, bad: 2 } });
    const stored = readFileSync(join(folder, "RU.txt"), "utf8");
    expect(stored.split("\n").map((line) => line.split("\t")[1])).toEqual(["Tëtkino", "Glotovo", "Sudzhanskiy Rayon", "Kursk", undefined]);
    expect(stored).not.toMatch(/Novosibirsk/);
    expect(fetched?.problems[0]).toBe('RU.zip/RU.txt:6: latitude must be a number in [-90, 90], got "fifty"');
  });

  it("resolves a village of the fetched dump once the folder is merged into the gazetteer", async () => {
    const folder = newFolder();
    await fetchDumps(request({ folder }));
    const { entries } = await withLocalDumps(miniGazetteer, { "RU.09": "Belgorod Oblast" }, folder);
    const { reports } = geoparseArticle(
      { id: "a", path: "a.md", text: "Shells hit the village of Glotovo in the Belgorod region.", title: null, outlet: null, url: null, published: "2023-05-23", language: "en" },
      { index: buildNameIndex(entries), borderDistanceKm: null, campaigns: [], focusCountries: ["RU", "UA"] },
    );
    expect(reports.find((r) => r.properties.name === "Glotovo")?.properties).toMatchObject({ place_id: "1000102", admin1: "Belgorod Oblast" });
  });

  it("adds the spellings of the alternate-names table with --alternate-names", async () => {
    const folder = newFolder();
    const [fetched] = await fetchDumps(request({ folder, alternateNames: true }));
    expect(fetched?.placesWithAlternateNames).toBe(1);
    const glotovo = readFileSync(join(folder, "RU.txt"), "utf8").split("\n")[1]!.split("\t");
    expect(glotovo[3]).toBe("Глотово,Глотове,Glotovka");
  });

  it("names the country code and the address when the server has no dump for it, and stores none of the others", async () => {
    const folder = earlierFetch();
    await expect(fetchDumps(request({ folder, countries: ["RU", "XX"] }))).rejects.toThrow(
      `no GeoNames dump for country code XX: ${base}/dump/XX.zip answered HTTP 404 Not Found`,
    );
    untouched(folder);
  });

  it("refuses a damaged zip and writes nothing", async () => {
    const folder = newFolder();
    await expect(fetchDumps(request({ folder, baseUrl: `${base}/broken` }))).rejects.toThrow(
      `${base}/broken/RU.zip: not a readable zip archive (invalid zip data)`,
    );
    expect(existsSync(folder)).toBe(false);
  });

  it("refuses an archive that holds something other than a dump", async () => {
    const folder = earlierFetch();
    await expect(fetchDumps(request({ folder, baseUrl: `${base}/csv` }))).rejects.toThrow(/^RU\.zip\/RU\.txt: not a GeoNames dump/);
    untouched(folder);
  });

  it("stores nothing for a dump with no place in the theatre, rather than an empty file", async () => {
    const folder = earlierFetch();
    await expect(fetchDumps(request({ folder, baseUrl: `${base}/east` }))).rejects.toThrow(
      `${base}/east/RU.zip: none of its 1 rows is a settlement or admin unit inside the theatre (lon 19.5–60, lat 41–70)`,
    );
    untouched(folder);
  });

  it("gives up on a server that sends nothing, naming the timeout", async () => {
    const folder = earlierFetch();
    const impatient = (url: string) => download(url, { idleTimeoutMs: 200 });
    await expect(fetchDumps(request({ folder, baseUrl: `${base}/silent`, download: impatient }))).rejects.toThrow(
      /^cannot reach 127\.0\.0\.1:\d+ \(ETIMEDOUT\)$/,
    );
    untouched(folder);
  });
});

interface Run {
  status: number | null;
  stdout: string;
  stderr: string;
}

/** `npm run gazetteer -- <args>` as a process, from the TypeScript source as npm runs it. */
function gazetteerProcess(args: string[]): Promise<Run> {
  const child = spawn(join(process.cwd(), "node_modules/.bin/tsx"), ["src/cli/gazetteer.ts", ...args], {
    env: { ...process.env, GEONAMES_BASE_URL: "" },
  });
  let stdout = "";
  let stderr = "";
  child.stdout.on("data", (chunk: Buffer) => (stdout += chunk.toString()));
  child.stderr.on("data", (chunk: Buffer) => (stderr += chunk.toString()));
  return new Promise((resolve) => child.on("close", (status) => resolve({ status, stdout, stderr })));
}

/** The same command in this process, for speed; it must never rebuild the repository's data. */
async function gazetteer(args: string[], env: Record<string, string> = {}): Promise<Run> {
  const run: Run = { status: null, stdout: "", stderr: "" };
  run.status = await runGazetteerCommand(args, {
    stdout: (text) => (run.stdout += text),
    stderr: (text) => (run.stderr += text),
    env,
    progress: false,
    rebuild: () => {
      throw new Error("the test asked for a rebuild of the repository's data");
    },
  });
  return run;
}

describe("npm run gazetteer", () => {
  it("says in one line that the server is out of reach, exits 1 and leaves the folder as it was", async () => {
    const folder = earlierFetch();
    const run = await gazetteerProcess(["fetch", "RU", "--base-url", `http://127.0.0.1:${closedPort}/dump`, "--folder", folder]);
    expect(run).toEqual({ status: 1, stdout: "", stderr: `gazetteer: cannot reach 127.0.0.1:${closedPort} (ECONNREFUSED); nothing changed\n` });
    untouched(folder);
  }, 30_000);

  it("exits 2 with the usage when no country code is given", async () => {
    const run = await gazetteer(["fetch"]);
    expect(run.status).toBe(2);
    expect(run.stderr).toMatch(/^error: no country codes given .*\nusage: npm run gazetteer -- fetch <country codes\.\.\.>/);
  });

  it("exits 2 naming a code that is not two letters", async () => {
    const run = await gazetteer(["fetch", "RU", "RUS"]);
    expect(run.status).toBe(2);
    expect(run.stderr).toMatch(/^error: country codes are two letters .*got "RUS"\nusage:/);
  });

  it("stores the dump from $GEONAMES_BASE_URL in the folder given, reports what it kept and left out, and rebuilds nothing", async () => {
    const folder = newFolder();
    const run = await gazetteer(["fetch", "ru", "--alternate-names", "--folder", folder], { GEONAMES_BASE_URL: `${base}/dump` });
    expect(run.status).toBe(0);
    expect(run.stdout).toContain(
      `gazetteer: RU: kept 4 of 8 rows (1 outside the theatre, 1 other features, 2 bad rows, alternate names added to 1 place) in ${join(folder, "RU.txt")}`,
    );
    expect(run.stdout).toContain(`--gazetteer ${folder}`);
    expect(run.stderr).toContain("gazetteer: left out alternatenames/RU.zip/RU.txt:8: expected at least 4 tab-separated columns, got 2");
    expect(readdirSync(folder)).toEqual(["RU.txt"]);
  });
});
