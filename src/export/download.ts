/**
 * Hands a blob to the browser as a download. The object URL is revoked on the next task,
 * after the click has started the download, so repeated exports do not leak memory.
 */
export function downloadBlob(blob: Blob, filename: string): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement("a");
  link.href = url;
  link.download = filename;
  link.rel = "noopener";
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 0);
}

/** `incursions_2023-05-22_2023-05-23.csv`: sortable, and says which window it holds. */
export function exportFilename(window: { from: string; to: string } | null, extension: string, suffix = ""): string {
  const span = window ? `_${window.from}_${window.to}` : "";
  return `incursions${span}${suffix}.${extension}`;
}
