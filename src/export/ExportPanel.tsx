import { useState } from "react";
import { useIncursionStore } from "../store/store";
import { visiblePlaceReports } from "../store/derived";
import { exportCsv, exportGeoJson } from "./exportFiles";
import { exportPng, type PngSize } from "./exportPng";
import type { ExportableMap } from "./renderMapImage";

/** Export controls; the map owner is passed in, the data comes from the store. */
export default function ExportPanel({ map }: { map: ExportableMap | null }) {
  const [status, setStatus] = useState<string>("");
  const [busy, setBusy] = useState(false);

  const snapshotInput = () => {
    const state = useIncursionStore.getState();
    const reports = visiblePlaceReports(state);
    const timeWindow = state.timeWindow ?? { from: "", to: "" };
    return { timeWindow, campaigns: state.campaigns, visibleReports: reports };
  };

  async function run(label: string, action: () => Promise<string> | string) {
    setBusy(true);
    setStatus(`${label}…`);
    try {
      setStatus(await action());
    } catch (error) {
      setStatus(`${label} failed: ${(error as Error).message}`);
    } finally {
      setBusy(false);
    }
  }

  const png = (size: PngSize) =>
    run(size === "print" ? "Print PNG" : "PNG", async () => {
      if (!map) throw new Error("the map is not ready yet");
      const result = await exportPng(map, snapshotInput(), size);
      return `Saved ${result.filename} (${result.width}×${result.height} px)`;
    });

  const file = (kind: "GeoJSON" | "CSV") =>
    run(kind, () => {
      const { visibleReports, timeWindow } = snapshotInput();
      (kind === "CSV" ? exportCsv : exportGeoJson)(visibleReports, timeWindow);
      return `Saved ${visibleReports.length} reports as ${kind}`;
    });

  return (
    <section className="export-panel" aria-labelledby="export-heading" data-testid="export-panel">
      <h2 id="export-heading">Export</h2>
      <div className="export-buttons">
        <button type="button" disabled={busy || !map} data-testid="export-png-screen" onClick={() => png("screen")}>PNG (screen)</button>
        <button type="button" disabled={busy || !map} data-testid="export-png-print" onClick={() => png("print")}>PNG (print, 3000 px)</button>
        <button type="button" disabled={busy} data-testid="export-geojson" onClick={() => file("GeoJSON")}>GeoJSON</button>
        <button type="button" disabled={busy} data-testid="export-csv" onClick={() => file("CSV")}>CSV</button>
      </div>
      <p role="status" aria-live="polite" data-testid="export-status">{status}</p>
    </section>
  );
}
