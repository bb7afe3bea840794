import { ARTICLE_EXTENSIONS, fileExtension, parseArticleBytes } from "../articles/articleBytes";
import type { PlaceReportCollection } from "../contract/placeReport";
import { keepOpenedDataset } from "../data/persistDataset";
import { datasetFromCheckedJson } from "../data/placeReports";
import type { Article } from "../pipeline/geoparse";
import type { IncursionStore } from "../store/store";
import { appendArticles, datasetNameWithArticles, sourceIdsOf } from "./appendArticles";
import { articleCollection } from "./articleCollection";
import type { ArticleProgress, ArticleRequest } from "./articleWorker";
import { readPageInBrowser } from "./browserPage";
import type { OutputArticle } from "./ingestArticle";
import { uniqueId } from "./sourceIds";

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

export function isArticleFile(name: string): boolean {
  return ARTICLE_EXTENSIONS.includes(fileExtension(name).toLowerCase());
}

/**
 * Dropped or picked articles onto the open map: read here (web pages need the page's DOM),
 * geoparsed in a worker with the command line's pipeline, added after the open dataset's
 * reports, and kept for the next visit. A file that cannot be read is named with why; the
 * others still go on the map.
 */
export async function addArticlesToMap(store: IncursionStore, files: readonly File[], onStage: (stage: IngestStage) => void): Promise<IngestResult> {
  onStage({ stage: "reading", files: files.length });
  const rejected: string[] = [];
  const articles: Article[] = [];
  for (const file of files) {
    try {
      articles.push(parseArticleBytes(file.name, new Uint8Array(await file.arrayBuffer()), undefined, readPageInBrowser));
    } catch (error) {
      rejected.push(error instanceof Error ? error.message : `${file.name}: ${String(error)}`);
    }
  }
  const outcomes = articles.length > 0 ? await geoparseInWorker(articles, onStage) : [];
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

/** The articles' outcomes in their order; the worker (and its gazetteer) stays for the next drop. */
function geoparseInWorker(articles: Article[], onStage: (stage: IngestStage) => void): Promise<Outcome[]> {
  worker ??= new Worker(new URL("./articleWorker.ts", import.meta.url), { type: "module" });
  const running = worker;
  const outcomes: Outcome[] = [];
  return new Promise<Outcome[]>((resolve) => {
    const fail = (error: string) => {
      worker?.terminate();
      worker = null;
      resolve(articles.map((a) => ({ rejected: `${a.path}: could not be geoparsed: ${error}` })));
    };
    running.onmessage = (event: MessageEvent<ArticleProgress>) => {
      const message = event.data;
      if (message.type === "gazetteer") onStage({ stage: "gazetteer" });
      else if (message.type === "article") {
        outcomes[message.index] = message.outcome;
        onStage({ stage: "geoparsing", done: message.index + 1, total: articles.length });
      } else if (message.type === "done") resolve(outcomes);
      else fail(message.error);
    };
    running.onerror = (event) => fail(event.message || "the worker stopped");
    const request: ArticleRequest = {
      gazetteerUrl: new URL(GAZETTEER_URL, document.baseURI).href,
      borderUrl: new URL(BORDER_URL, document.baseURI).href,
      articles,
    };
    running.postMessage(request);
  });
}
