import { parentPort, workerData } from "node:worker_threads";
import type { Manifest } from "../articles/metadata";
import type { Correction } from "../contract/corrections";
import type { Article } from "../pipeline/geoparse";
import { loadGeoparseContext } from "./context";
import { readArticleFile } from "./readArticleFile";
import { ingestOrReject } from "../ingest/articleOutcome";

/**
 * One ingest worker thread: loads the gazetteer once, then geoparses the files and JSONL
 * articles it is sent and returns their reports checked and serialised. Articles are
 * independent, so workers share nothing but the input list.
 */
interface Setup {
  gazetteers: string[];
  manifest: Manifest;
  corrections: Correction[];
  explain: boolean;
}

const { gazetteers, manifest, corrections, explain } = workerData as Setup;
const loaded = await loadGeoparseContext(gazetteers, corrections);
parentPort!.on("message", (job: { index: number; path: string } | { index: number; article: Article; where: string }) => {
  const article = "article" in job ? job.article : readArticleFile(job.path, manifest);
  if (typeof article === "string") {
    parentPort!.postMessage({ index: job.index, rejected: article });
    return;
  }
  parentPort!.postMessage({ index: job.index, ...ingestOrReject(article, "where" in job ? job.where : job.path, loaded, explain) });
});
parentPort!.postMessage({ ready: true, gazetteerProblems: loaded.gazetteerProblems });
