import type { Correction } from "../contract/corrections";

const EDITOR_KEY = "incursion-map:editor";

/** Who is deciding: the name the editor gave in review mode, kept in this browser. */
export function editorName(): string {
  try {
    return localStorage.getItem(EDITOR_KEY) || "editor";
  } catch {
    return "editor";
  }
}

export function setEditorName(name: string): void {
  try {
    localStorage.setItem(EDITOR_KEY, name);
  } catch {
    // storage refused (private mode): the name lasts as long as the page
  }
}

type Decision<C extends Correction> = C extends Correction ? Omit<C, "id" | "by" | "at"> : never;

/** A decision stamped with who made it and when, and an id unique enough across editors' files. */
export function newCorrection(decision: Decision<Correction>): Correction {
  const id = `${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 8)}`;
  return { ...decision, id, by: editorName(), at: new Date().toISOString() } as Correction;
}
