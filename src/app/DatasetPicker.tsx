import { lazy, Suspense, useEffect, useRef, useState } from "react";
import { useIncursionStore } from "../store/store";
import { openDatasetFile, openSample } from "../data/openDataset";

// The parser and its gazetteer load only when articles come in; the panel's code is fetched
// as soon as files are dragged over the page or the file dialog opens.
const loadIngestPanel = () => import("../pageIngest/IngestPanel");
const IngestPanel = lazy(loadIngestPanel);
const ARTICLE_FILE = /\.(?:md|markdown|txt|html?)$/i;

/** Pick or drop a GeoJSON written by ingest, or articles, which are geoparsed in the page and added to the map. */
export function DatasetPicker() {
  const input = useRef<HTMLInputElement>(null);
  const [articles, setArticles] = useState<File[] | null>(null);
  const datasetName = useIncursionStore((s) => s.datasetName);
  const dataUrl = useIncursionStore((s) => s.dataUrl);
  const reportCount = useIncursionStore((s) => s.loadedReports.length);
  const fromFile = datasetName !== null && dataUrl === null && datasetName !== "sample corpus";

  useEffect(() => {
    const onDragOver = (event: DragEvent) => {
      if (!event.dataTransfer?.types.includes("Files")) return;
      event.preventDefault();
      void loadIngestPanel();
    };
    const onDrop = (event: DragEvent) => {
      const files = [...(event.dataTransfer?.files ?? [])];
      if (files.length === 0) return;
      event.preventDefault();
      open(files);
    };
    window.addEventListener("dragover", onDragOver);
    window.addEventListener("drop", onDrop);
    return () => {
      window.removeEventListener("dragover", onDragOver);
      window.removeEventListener("drop", onDrop);
    };
  }, []);

  function open(files: File[]): void {
    const dropped = files.filter((f) => ARTICLE_FILE.test(f.name));
    if (dropped.length > 0) setArticles(dropped);
    else void openDatasetFile(useIncursionStore, files[0]!);
  }

  return (
    <div id="dataset-picker" className="dataset-picker">
      <span className="muted" data-testid="dataset-name" title={fromFile ? "Kept in this browser until you open another or go back to the sample" : undefined}>
        {datasetName ? `${datasetName} · ${reportCount} reports` : "no data"}
      </span>
      <button type="button" onClick={() => { void loadIngestPanel(); input.current?.click(); }} data-testid="open-dataset" title="Open a GeoJSON that ingest wrote, or articles (.md, .txt, .html) to geoparse and add to the map">{fromFile ? "Replace…" : "Open…"}</button>
      {fromFile && <button type="button" onClick={() => void openSample(useIncursionStore)} data-testid="use-sample">Sample</button>}
      <input
        ref={input} type="file" multiple hidden
        accept=".geojson,.json,application/geo+json,application/json,.md,.markdown,.txt,.html,.htm"
        data-testid="dataset-file"
        onChange={(e) => {
          const files = [...(e.target.files ?? [])];
          if (files.length > 0) open(files);
          e.target.value = "";
        }}
      />
      {articles && (
        <Suspense fallback={null}>
          <IngestPanel files={articles} onClose={() => setArticles(null)} />
        </Suspense>
      )}
    </div>
  );
}
