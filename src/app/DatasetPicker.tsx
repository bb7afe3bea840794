import { useEffect, useRef } from "react";
import { useIncursionStore } from "../store/store";
import { openDatasetFile, openSample } from "../data/openDataset";

/** Pick a GeoJSON written by ingest, or drop one anywhere on the page. */
export function DatasetPicker() {
  const input = useRef<HTMLInputElement>(null);
  const datasetName = useIncursionStore((s) => s.datasetName);
  const dataUrl = useIncursionStore((s) => s.dataUrl);
  const reportCount = useIncursionStore((s) => s.loadedReports.length);
  const fromFile = datasetName !== null && dataUrl === null && datasetName !== "sample corpus";

  useEffect(() => {
    const onDragOver = (event: DragEvent) => {
      if (event.dataTransfer?.types.includes("Files")) event.preventDefault();
    };
    const onDrop = (event: DragEvent) => {
      const file = event.dataTransfer?.files[0];
      if (!file) return;
      event.preventDefault();
      void openDatasetFile(useIncursionStore, file);
    };
    window.addEventListener("dragover", onDragOver);
    window.addEventListener("drop", onDrop);
    return () => {
      window.removeEventListener("dragover", onDragOver);
      window.removeEventListener("drop", onDrop);
    };
  }, []);

  return (
    <div className="dataset-picker">
      <span className="muted" data-testid="dataset-name" title={fromFile ? "Kept in this browser until you open another or go back to the sample" : undefined}>
        {datasetName ? `${datasetName} · ${reportCount} reports` : "no data"}
      </span>
      <button type="button" onClick={() => input.current?.click()} data-testid="open-dataset">{fromFile ? "Replace…" : "Open GeoJSON…"}</button>
      {fromFile && <button type="button" onClick={() => void openSample(useIncursionStore)} data-testid="use-sample">Sample</button>}
      <input
        ref={input} type="file" accept=".geojson,.json,application/geo+json,application/json" hidden
        data-testid="dataset-file"
        onChange={(e) => {
          const file = e.target.files?.[0];
          if (file) void openDatasetFile(useIncursionStore, file);
          e.target.value = "";
        }}
      />
    </div>
  );
}
