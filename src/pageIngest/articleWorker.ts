import type { Article } from "../pipeline/geoparse";
import { ingestOrReject } from "../ingest/articleOutcome";
import type { LoadedContext, OutputArticle } from "../ingest/ingestArticle";
import { pageGeoparseContext } from "./pageContext";

/**
 * Geoparses dropped articles off the page's main thread, with the pipeline the command
 * line runs. The gazetteer and border are fetched on the first request (the reader who
 * never drops an article never pays for them) and kept for the next.
 */
export interface ArticleRequest {
  /** Echoed in every answer, so answers to an earlier request are never taken for this one's. */
  id: number;
  gazetteerUrl: string;
  borderUrl: string;
  articles: Article[];
}

export type ArticleProgress =
  /** The gazetteer is loaded and indexed: sent once per worker. */
  | { type: "ready" }
  | { type: "article"; id: number; index: number; outcome: { rejected: string } | { article: OutputArticle } }
  | { type: "done"; id: number }
  | { type: "failed"; id: number; error: string };

interface WorkerScope {
  onmessage: ((event: MessageEvent<ArticleRequest>) => void) | null;
  postMessage(message: ArticleProgress): void;
}

const scope = self as unknown as WorkerScope;
let loading: Promise<LoadedContext> | null = null;

scope.onmessage = (event) => {
  void run(event.data);
};

async function run(request: ArticleRequest): Promise<void> {
  let loaded: LoadedContext;
  try {
    if (!loading) {
      loading = loadContext(request);
      void loading.then(() => scope.postMessage({ type: "ready" }), () => undefined);
    }
    loaded = await loading;
  } catch (error) {
    loading = null;
    scope.postMessage({ type: "failed", id: request.id, error: error instanceof Error ? error.message : String(error) });
    return;
  }
  request.articles.forEach((article, index) => {
    scope.postMessage({ type: "article", id: request.id, index, outcome: ingestOrReject(article, article.path, loaded) });
  });
  scope.postMessage({ type: "done", id: request.id });
}

async function loadContext({ gazetteerUrl, borderUrl }: ArticleRequest): Promise<LoadedContext> {
  const [gazetteer, border] = await Promise.all([fetchJson(gazetteerUrl), fetchJson(borderUrl)]);
  return pageGeoparseContext(gazetteer, border);
}

async function fetchJson(url: string): Promise<unknown> {
  const response = await fetch(url);
  if (!response.ok) throw new Error(`${url}: HTTP ${response.status}; the gazetteer could not be loaded`);
  return response.json();
}
