import { percentile } from "./stats";
import type { BrowserResult } from "./browser/browserBench";
import type { CompareResult } from "./ingest/compareBench";
import type { IngestResult } from "./ingest/ingestBench";

/** The Markdown table `npm run bench` prints and docs/performance.md quotes. */

const fixed = (value: number, digits = 0) => (Number.isFinite(value) ? value.toFixed(digits) : "n/a");
const verdict = (ok: boolean) => (ok ? "met" : "**not met**");

export function ingestTable(result: IngestResult): string {
  const indexLoadMs = result.gazetteerLoadMs + result.nameKeysLoadMs + result.nameIndexMs;
  const rows = [
    "| Ingest | Measured | Target |",
    "| --- | --- | --- |",
    ...Object.entries(result.ingest).map(([threads, t]) =>
      `| ${threads} core${threads === "1" ? "" : "s"} | ${fixed(t.articlesPerS)} articles/s, ${fixed(t.mbPerS, 2)} MB/s | ${threads === "1" ? `≥ 1,000 articles/s: ${verdict(t.articlesPerS >= 1000)}` : ""} |`),
    `| Bare pass, whitespace split (1 core) | ${fixed(result.bareWhitespace.articlesPerS)} articles/s, ${fixed(result.bareWhitespace.mbPerS, 1)} MB/s | |`,
    `| Bare pass, Unicode word regex (1 core) | ${fixed(result.bareUnicodeWords.articlesPerS)} articles/s, ${fixed(result.bareUnicodeWords.mbPerS, 1)} MB/s | |`,
    `| Ingest ÷ whitespace split | ${fixed(result.ratioToWhitespace * 100, 2)} % | ≥ 25 %: ${verdict(result.ratioToWhitespace >= 0.25)} |`,
    `| Ingest ÷ Unicode word regex | ${fixed(result.ratioToUnicodeWords * 100, 2)} % | |`,
    `| Gazetteer load (JSON to entries) | ${fixed(result.gazetteerLoadMs)} ms | |`,
    `| Name keys load (precomputed by the data build) | ${fixed(result.nameKeysLoadMs)} ms | |`,
    `| Name index build | ${fixed(result.nameIndexMs)} ms | |`,
    `| Gazetteer index load (the three; first in the process) | ${fixed(indexLoadMs)} ms (${fixed(result.firstIndexLoadMs)} ms) | < 300 ms: ${verdict(indexLoadMs < 300)} |`,
    `| Whole context (gazetteer, index, border, campaigns) | ${fixed(result.contextLoadMs)} ms | |`,
    `| Peak memory (max RSS, all threads) | ${fixed(result.peakRssMb)} MB | |`,
    ...result.cli.map((run) =>
      `| \`npm run ingest\` end to end, --workers ${run.threads} (files on disk, start-up and output included) | ${fixed(run.articlesPerS)} articles/s (${fixed(run.wallMs / 1000, 1)} s) | |`),
  ];
  const corpus = `${result.articles} synthetic articles, ${fixed(result.meanArticleKb, 1)} KB each on average (${fixed(result.corpusMb, 1)} MB), ${result.reportsPerRun} place reports per pass; ${result.cores} cores available.`;
  return `${rows.join("\n")}\n\n${corpus}`;
}

export function browserTable(result: BrowserResult): string {
  const m = result.median;
  const kb = (bytes: number) => fixed(bytes / 1024);
  const rows = [
    `| Browser (${result.reports.toLocaleString("en")} reports) | Measured | Target |`,
    "| --- | --- | --- |",
    `| Window change → input handled (React, store, marker diff, feature-state), p50 / p95 | ${fixed(m.scrubScriptP50Ms, 1)} / ${fixed(m.scrubScriptP95Ms, 1)} ms | |`,
    `| Window change → first frame, p50 / p95 | ${fixed(m.scrubFirstFrameP50Ms, 1)} / ${fixed(m.scrubFirstFrameP95Ms, 1)} ms | |`,
    `| First frame's draw call on the main thread (MapLibre), p50 / p95 | ${fixed(m.scrubDrawP50Ms, 1)} / ${fixed(m.scrubDrawP95Ms, 1)} ms | |`,
    `| Main-thread work of a change (input handled + that draw call), p50 / p95 | ${fixed(m.scrubMainThreadP50Ms, 1)} / ${fixed(m.scrubMainThreadP95Ms, 1)} ms | |`,
    `| Window change → settled frame (new window on screen), p50 / p95 | ${fixed(m.scrubSettledP50Ms, 1)} / ${fixed(m.scrubSettledP95Ms, 1)} ms | p95 ≤ 33 ms: ${verdict(m.scrubSettledP95Ms <= 33)} |`,
    `| Scrubs measured (of ${result.scrubsPerRun}, 40 s budget per page) / without a settled frame within 10 s | ${fixed(m.scrubsMeasured)} / ${fixed(m.scrubTimeouts)} | ≥ 100 / 0 |`,
    `| Playing at ${fixed(m.playDaysPerSecond)} days/s: browser frames/s | ${fixed(m.playBrowserFps, 1)} | 60: ${verdict(m.playBrowserFps >= 57)} |`,
    `| Playing: map frames/s, p95 gap between map frames | ${fixed(m.playMapFps, 1)}, ${fixed(m.playFrameGapP95Ms, 1)} ms | |`,
    `| Time to the map's first frame (navigation to basemap drawn, 100,000 reports requested) | ${fixed(m.firstMapFrameMs)} ms | < 1,500 ms: ${verdict(m.firstMapFrameMs < 1500)} |`,
    `| Time to points on screen, sample corpus (the app's default dataset) | ${fixed(m.sampleFirstRenderMs)} ms | < 1,500 ms: ${verdict(m.sampleFirstRenderMs < 1500)} |`,
    `| Time to points on screen, 100,000 reports | ${fixed(m.firstRenderMs)} ms | < 1,500 ms: ${verdict(m.firstRenderMs < 1500)} |`,
    `| 100 articles (about 5 KB each) picked onto the map → on it: first time (parser and gazetteer load) / again | ${fixed(m.dropColdMs)} / ${fixed(m.dropWarmMs)} ms | a few seconds: ${verdict(m.dropColdMs < 5000)} |`,
    `| First-load JS, gzip | ${kb(result.bundle.firstLoadGzipBytes)} KB (${result.bundle.firstLoadFiles.length} files) | < 400 KB: ${verdict(result.bundle.firstLoadGzipBytes < 400 * 1024)} |`,
    `| All JS chunks, gzip (lazy ones included) | ${kb(result.bundle.allJsGzipBytes)} KB | |`,
  ];
  return `${rows.join("\n")}\n\nMedian of ${result.runs.length} page loads; percentiles over the scrubs measured in each.`;
}

export function compareLine(result: CompareResult): string {
  const quartile = (q: number) => percentile(result.speedups, q);
  const output = result.differingArticles === 0 ? "same output" : `**output differs** in ${result.differingArticles} of ${result.articles} articles`;
  return [
    `Pipeline, working tree against ${result.ref} (${result.commit.slice(0, 12)}), ${result.articles} articles, ${result.runs} paired runs:`,
    `${fixed(result.medianSpeedup, 3)}× (median; quartiles ${fixed(quartile(0.25), 3)}–${fixed(quartile(0.75), 3)}; above 1 the working tree is faster); ${output}.`,
  ].join("\n");
}
