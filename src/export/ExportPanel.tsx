import { useMemo, useState } from "react";
import type { UnresolvedPlace } from "../contract/placeReport";
import { useIncursionStore } from "../store/store";
import { visiblePlaceReports } from "../store/derived";
import { fromDayRange, type DayRange } from "../store/timeWindow";
import { exportCsv, exportGeoJson } from "./exportFiles";
import { exportPng, type ExportableMap, type PngSize } from "./exportPng";
import { defaultExportText, type ExportText } from "./snapshot";

const FIELDS: { key: keyof ExportText; label: string; multiline?: boolean }[] = [
  { key: "title", label: "Title" },
  { key: "subtitle", label: "Subtitle" },
  { key: "byline", label: "Byline" },
  { key: "notes", label: "Notes", multiline: true },
  { key: "sourceLine", label: "Source line" },
];

const PNG_LABEL: Record<PngSize, string> = { screen: "PNG", print: "Print PNG", social: "Social card", square: "Square card" };

/** The window as the exports write it: ISO dates, or empty before any data is dated. */
const isoWindow = (range: DayRange | null) => (range ? fromDayRange(range) : { from: "", to: "" });

/** Export controls; the map owner is passed in, the data comes from the store. */
export default function ExportPanel({ map }: { map: ExportableMap | null }) {
  const [status, setStatus] = useState<string>("");
  const [busy, setBusy] = useState(false);
  const timeWindow = useIncursionStore((s) => s.timeWindow);
  const campaigns = useIncursionStore((s) => s.campaigns);
  const visible = useIncursionStore(visiblePlaceReports).reports;
  const defaults = useMemo(() => defaultExportText({
    timeWindow: isoWindow(timeWindow), campaigns,
    sourceCount: new Set(visible.map((r) => r.properties.source_id)).size,
  }), [timeWindow, campaigns, visible]);
  // Only what the journalist typed; the rest follows the window and campaigns.
  const [edited, setEdited] = useState<Partial<ExportText>>({});
  const text = { ...defaults, ...edited };

  const snapshotInput = () => {
    const state = useIncursionStore.getState();
    const reports = visiblePlaceReports(state).reports;
    const mapColours = new Map((map?.drawnLegend?.().colours ?? []).map((c) => [c.id, c.colour]));
    return {
      timeWindow: isoWindow(state.timeWindow), campaigns: state.campaigns, visibleReports: reports, text, mapColours,
      claimKinds: state.claimKinds, fadedOutside: state.fadeOutside,
    };
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
    run(PNG_LABEL[size], async () => {
      if (!map) throw new Error("the map is not ready yet");
      const result = await exportPng(map, snapshotInput(), size);
      return `Saved ${result.filename} (${result.width}×${result.height} px)`;
    });

  const file = (kind: "GeoJSON" | "CSV") =>
    run(kind, () => {
      const { visibleReports, timeWindow: window } = snapshotInput();
      if (kind === "CSV") exportCsv(visibleReports, window);
      else exportGeoJson(visibleReports, window, unresolvedInWindow(useIncursionStore.getState().unresolved, window));
      return `Saved ${visibleReports.length} reports as ${kind}`;
    });

  return (
    <section className="export-panel" aria-labelledby="export-heading" data-testid="export-panel">
      <h2 id="export-heading">Export</h2>
      <fieldset className="export-text">
        <legend>Words on the image</legend>
        {FIELDS.map(({ key, label, multiline }) => (
          <label key={key}>
            {label}
            {multiline ? (
              <textarea rows={2} value={text[key]} data-testid={`export-${key}`} onChange={(e) => setEdited({ ...edited, [key]: e.target.value })} />
            ) : (
              <input type="text" value={text[key]} data-testid={`export-${key}`} onChange={(e) => setEdited({ ...edited, [key]: e.target.value })} />
            )}
          </label>
        ))}
      </fieldset>
      <div className="export-buttons">
        <button type="button" disabled={busy || !map} data-testid="export-png-screen" onClick={() => void png("screen")}>PNG (screen)</button>
        <button type="button" disabled={busy || !map} data-testid="export-png-print" onClick={() => void png("print")}>PNG (print, 3000 px)</button>
        <button type="button" disabled={busy || !map} data-testid="export-png-social" onClick={() => void png("social")}>PNG (social, 1200×675)</button>
        <button type="button" disabled={busy || !map} data-testid="export-png-square" onClick={() => void png("square")}>PNG (square, 1080×1080)</button>
        <button type="button" disabled={busy} data-testid="export-geojson" onClick={() => void file("GeoJSON")}>GeoJSON</button>
        <button type="button" disabled={busy} data-testid="export-csv" onClick={() => void file("CSV")}>CSV</button>
      </div>
      <p role="status" aria-live="polite" data-testid="export-status">{status}</p>
    </section>
  );
}

/** Unresolved names from articles whose dates meet the window (undated ones too): the reports' companions. */
function unresolvedInWindow(unresolved: readonly UnresolvedPlace[], window: { from: string; to: string }): UnresolvedPlace[] {
  return unresolved.filter((u) => !u.date_start || (u.date_start <= window.to && (u.date_end ?? u.date_start) >= window.from));
}
