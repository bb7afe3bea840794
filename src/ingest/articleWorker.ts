import type { Article } from "../pipeline/geoparse";
import { ingestOrReject } from "./articleOutcome";
import type { LoadedContext, OutputArticle } from "./ingestArticle";
import { pageGeoparseContext } from "./pageContext";

/**
 * Geoparses dropped articles off the page's main thread, with the pipeline the command
 * line runs. The gazetteer and border are fetched on the first request (the reader who
 * never drops an article never pays for them) and kept for the next.
 */
export interface ArticleRequest {
  gazetteerUrl: string;
  borderUrl: string;
  articles: Article[];
}

export type ArticleProgress =
  | { type: "gazetteer" }
  | { type: "article"; index: number; outcome: { rejected: string } | { article: OutputArticle } }
  | { type: "done" }
  | { type: "failed"; error: string };

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
    if (!loading) scope.postMessage({ type: "gazetteer" });
    loading ??= loadContext(request);
    loaded = await loading;
  } catch (error) {
    loading = null;
    scope.postMessage({ type: "failed", error: error instanceof Error ? error.message : String(error) });
    return;
  }
  request.articles.forEach((article, index) => {
    scope.postMessage({ type: "article", index, outcome: ingestOrReject(article, article.path, loaded) });
  });
  scope.postMessage({ type: "done" });
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
