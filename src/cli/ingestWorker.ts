import { parentPort, workerData } from "node:worker_threads";
import type { Manifest } from "../articles/metadata";
import { geoparseArticle, type Article } from "../pipeline/geoparse";
import { loadGeoparseContext } from "./context";
import { readArticleFile } from "./readArticleFile";
import { outputArticle } from "./reportSink";

/**
 * One ingest worker thread: loads the gazetteer once, then geoparses the files it is
 * sent and returns their reports checked and serialised. Articles are independent, so
 * workers share nothing but the input list.
 */
interface Setup {
  gazetteers: string[];
  manifest: Manifest;
}

const { gazetteers, manifest } = workerData as Setup;
const { context, gazetteerProblems } = await loadGeoparseContext(gazetteers);
parentPort!.on("message", (job: { index: number; path: string } | { index: number; article: Article }) => {
  const article = "article" in job ? job.article : readArticleFile(job.path, manifest);
  if (typeof article === "string") {
    parentPort!.postMessage({ index: job.index, rejected: article });
    return;
  }
  parentPort!.postMessage({ index: job.index, article: outputArticle(article, geoparseArticle(article, context)) });
});
parentPort!.postMessage({ ready: true, gazetteerProblems });
