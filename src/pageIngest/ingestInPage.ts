import { parseArticleBytes } from "../articles/articleBytes";
import type { PlaceReportCollection } from "../contract/placeReport";
import { keepOpenedDataset } from "../data/persistDataset";
import { datasetFromCheckedJson } from "../data/placeReports";
import type { Article } from "../pipeline/geoparse";
import type { IncursionStore } from "../store/store";
import { appendArticles, datasetNameWithArticles, sourceIdsOf } from "./appendArticles";
import { articleCollection } from "../ingest/articleCollection";
import type { ArticleProgress, ArticleRequest } from "./articleWorker";
import { readPageInBrowser } from "./browserPage";
import type { OutputArticle } from "../ingest/ingestArticle";
import { uniqueId } from "../ingest/sourceIds";

/** Where a run of dropped articles is, for the panel to say. */
export type IngestStage =
  | { stage: "reading"; files: number }
  | { stage: "gazetteer" }
  | { stage: "geoparsing"; done: number; total: number };

export interface IngestResult {
  /** Articles geoparsed and place reports they gave. */
  articles: number;
  reports: number;
  /** Files left out, each as `file: why`. */
  rejected: string[];
  /** The dataset now open (what was open, and the new reports after it), as a GeoJSON text to download. */
  geojson: string | null;
  datasetName: string | null;
}

/**
 * Dropped or picked articles onto the open map: read here (web pages need the page's DOM),
 * geoparsed in a worker with the command line's pipeline, added after the open dataset's
 * reports, and kept for the next visit. A file that cannot be read is named with why; the
 * others still go on the map.
 */
export async function addArticlesToMap(store: IncursionStore, files: readonly File[], onStage: (stage: IngestStage) => void): Promise<IngestResult> {
  onStage({ stage: "reading", files: files.length });
  // The worker boots and fetches the gazetteer while the files are read.
  const parser = startParser();
  const rejected: string[] = [];
  const articles: Article[] = [];
  for (const file of files) {
    try {
      articles.push(parseArticleBytes(file.name, new Uint8Array(await file.arrayBuffer()), undefined, readPageInBrowser));
    } catch (error) {
      rejected.push(error instanceof Error ? error.message : `${file.name}: ${String(error)}`);
    }
  }
  const outcomes = articles.length > 0 ? await geoparseInWorker(parser, articles, onStage) : [];
  const geoparsed: OutputArticle[] = [];
  for (const outcome of outcomes) {
    if ("rejected" in outcome) rejected.push(outcome.rejected);
    else geoparsed.push(outcome.article);
  }
  if (geoparsed.length === 0) return { articles: 0, reports: 0, rejected, geojson: null, datasetName: null };

  const state = store.getState();
  const open = { placeReports: state.loadedReports, unresolved: state.loadedUnresolved };
  const usedIds = sourceIdsOf(open);
  const added = articleCollection(geoparsed.map((article) => ({ article, id: uniqueId(article.id, usedIds) })));
  const collection: PlaceReportCollection = appendArticles(open, added);
  const geojson = JSON.stringify(collection);
  const name = datasetNameWithArticles(state.datasetName, geoparsed.length);
  // Kept before it shows, so a reload right after finds it.
  await keepOpenedDataset({ name, bytes: new TextEncoder().encode(geojson).buffer });
  store.getState().loadDataset(datasetFromCheckedJson(collection), { url: null, name });
  return { articles: geoparsed.length, reports: added.features.length, rejected, geojson, datasetName: name };
}

type Outcome = Extract<ArticleProgress, { type: "article" }>["outcome"];

// What the worker fetches to geoparse: the files the command line reads, copied by the data build.
const GAZETTEER_URL = "./data/gazetteer.json";
const BORDER_URL = "./data/border.json";

let worker: Worker | null = null;
let parserReady = false;
let lastRequest = 0;

/** The worker, started on the first articles and kept (with its gazetteer) for the next. */
function startParser(): Worker {
  if (!worker) {
    const started = new Worker(new URL("./articleWorker.ts", import.meta.url), { type: "module" });
    started.addEventListener("message", (event: MessageEvent<ArticleProgress>) => {
      if (event.data.type === "ready") parserReady = true;
    });
    started.postMessage(request([]));
    worker = started;
  }
  return worker;
}

function request(articles: Article[]): ArticleRequest {
  return {
    id: ++lastRequest,
    gazetteerUrl: new URL(GAZETTEER_URL, document.baseURI).href,
    borderUrl: new URL(BORDER_URL, document.baseURI).href,
    articles,
  };
}

/** The articles' outcomes in their order. */
function geoparseInWorker(running: Worker, articles: Article[], onStage: (stage: IngestStage) => void): Promise<Outcome[]> {
  const outcomes: Outcome[] = [];
  const sent = request(articles);
  onStage(parserReady ? { stage: "geoparsing", done: 0, total: articles.length } : { stage: "gazetteer" });
  return new Promise<Outcome[]>((resolve) => {
    const finish = (result: Outcome[]) => {
      running.removeEventListener("message", onMessage);
      running.removeEventListener("error", onError);
      resolve(result);
    };
    const fail = (error: string) => {
      running.terminate();
      if (worker === running) {
        worker = null;
        parserReady = false;
      }
      finish(articles.map((a) => ({ rejected: `${a.path}: could not be geoparsed: ${error}` })));
    };
    const onMessage = (event: MessageEvent<ArticleProgress>) => {
      const message = event.data;
      if (message.type === "ready") onStage({ stage: "geoparsing", done: 0, total: articles.length });
      else if (message.id !== sent.id) return;
      else if (message.type === "article") {
        outcomes[message.index] = message.outcome;
        onStage({ stage: "geoparsing", done: message.index + 1, total: articles.length });
      } else if (message.type === "done") finish(outcomes);
      else fail(message.error);
    };
    const onError = (event: ErrorEvent) => fail(event.message || "the worker stopped");
    running.addEventListener("message", onMessage);
    running.addEventListener("error", onError);
    running.postMessage(sent);
  });
}
