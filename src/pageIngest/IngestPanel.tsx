import { useEffect, useState } from "react";
import { downloadBlob } from "../export/download";
import { useIncursionStore } from "../store/store";
import { addArticlesToMap, type IngestResult, type IngestStage } from "./ingestInPage";
import "./ingest.css";

/** What the panel says while articles are read and geoparsed, and what came of them. */
function stageText(stage: IngestStage): string {
  if (stage.stage === "reading") return `Reading ${stage.files} file${stage.files === 1 ? "" : "s"}…`;
  if (stage.stage === "gazetteer") return "Loading the gazetteer (once per visit)…";
  return `Finding places: ${stage.done} of ${stage.total} articles`;
}

function resultText(result: IngestResult): string {
  if (result.articles === 0) return "No article could be added.";
  return `Added ${result.reports} place report${result.reports === 1 ? "" : "s"} from ${result.articles} article${result.articles === 1 ? "" : "s"} to the map.`;
}

/** Dropped or picked articles, geoparsed in the page: progress, then what was added, what was left out and why, and the dataset to download. */
export default function IngestPanel({ files, onClose }: { files: readonly File[]; onClose: () => void }) {
  const [stage, setStage] = useState<IngestStage>({ stage: "reading", files: files.length });
  const [result, setResult] = useState<IngestResult | null>(null);

  useEffect(() => {
    let current = true;
    void addArticlesToMap(useIncursionStore, files, (s) => current && setStage(s)).then((r) => current && setResult(r));
    return () => {
      current = false;
    };
  }, [files]);

  return (
    <section className="ingest-panel" role="status" aria-live="polite" data-testid="ingest-panel">
      <p data-testid="ingest-status">{result ? resultText(result) : stageText(stage)}</p>
      {result && result.rejected.length > 0 && (
        <ul className="ingest-rejected" data-testid="ingest-rejected">
          {result.rejected.map((message, i) => <li key={i}>{message}</li>)}
        </ul>
      )}
      {result && (
        <div className="ingest-actions">
          {result.geojson && (
            <button
              type="button" data-testid="ingest-download"
              onClick={() => downloadBlob(new Blob([result.geojson!], { type: "application/geo+json" }), "incursion-map.geojson")}
            >
              Download GeoJSON
            </button>
          )}
          <button type="button" data-testid="ingest-close" onClick={onClose}>Close</button>
        </div>
      )}
    </section>
  );
}
