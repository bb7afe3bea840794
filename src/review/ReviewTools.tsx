import { useRef } from "react";
import { serialiseCorrections } from "../corrections/parseCorrections";
import { downloadBlob } from "../export/download";
import { useIncursionStore, type CorrectionsKept } from "../store/store";
import { addCorrectionsText } from "./loadCorrections";
import { editorName, setEditorName } from "./newCorrection";

const KEPT_WORDS: Record<CorrectionsKept, string> = {
  reading: "Reading saved decisions…",
  saving: "Saving…",
  kept: "Kept in this browser",
  "page only": "Not saved: download them before closing",
};

/** Review mode's toolbar: who decides, undo, and the corrections file out and in. */
export default function ReviewTools() {
  const corrections = useIncursionStore((s) => s.corrections);
  const datasetName = useIncursionStore((s) => s.datasetName);
  const kept = useIncursionStore((s) => s.correctionsKept);
  const fileInput = useRef<HTMLInputElement>(null);
  const undo = () => useIncursionStore.getState().setCorrections(corrections.slice(0, -1));
  const download = () => {
    const base = (datasetName ?? "dataset").replace(/\.[^.]*$/, "").replace(/[^\p{L}\p{N}-]+/gu, "-");
    downloadBlob(new Blob([serialiseCorrections(corrections)], { type: "application/json" }), `${base}.corrections.json`);
  };
  return (
    <span className="review-tools" role="group" aria-label="Review tools">
      <label>
        Editor <input defaultValue={editorName()} size={10} onChange={(e) => setEditorName(e.target.value.trim())} data-testid="editor-name" />
      </label>
      <button type="button" onClick={undo} disabled={corrections.length === 0} data-testid="undo-correction">
        Undo
      </button>
      <button type="button" onClick={download} data-testid="download-corrections">
        Corrections ({corrections.length}) ↓
      </button>
      <span className="muted" role="status" data-testid="corrections-kept" data-kept={kept}>
        {KEPT_WORDS[kept]}
      </span>
      <button type="button" onClick={() => fileInput.current?.click()} data-testid="load-corrections-button">
        Load…
      </button>
      <input
        ref={fileInput}
        type="file"
        accept=".json,application/json"
        hidden
        data-testid="load-corrections"
        onChange={(e) => void loadCorrectionsFile(e.target)}
      />
    </span>
  );
}

async function loadCorrectionsFile(input: HTMLInputElement): Promise<void> {
  const file = input.files?.[0];
  if (file) addCorrectionsText(useIncursionStore, await file.text(), file.name);
  input.value = "";
}
