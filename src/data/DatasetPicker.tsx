import { useEffect, useRef } from "react";
import { useIncursionStore } from "../store/store";
import { openDatasetFile } from "./openDataset";

/** Pick a GeoJSON written by ingest, or drop one anywhere on the page. */
export function DatasetPicker() {
  const input = useRef<HTMLInputElement>(null);
  const datasetName = useIncursionStore((s) => s.datasetName);

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
      <span className="muted" data-testid="dataset-name">{datasetName ?? "no data"}</span>
      <button type="button" onClick={() => input.current?.click()} data-testid="open-dataset">Open GeoJSON…</button>
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
