import { closeSync, fsyncSync, openSync, renameSync, rmSync, writeSync } from "node:fs";

/** Writes a file so readers see the old content or the new, never half of it. */
export function writeFileAtomic(path: string, chunks: Iterable<string>): void {
  const temp = `${path}.tmp-${process.pid}`;
  const fd = openSync(temp, "w");
  try {
    for (const chunk of chunks) writeSync(fd, chunk);
    fsyncSync(fd);
    closeSync(fd);
    renameSync(temp, path);
  } catch (error) {
    try {
      closeSync(fd);
    } catch {
      // already closed
    }
    rmSync(temp, { force: true });
    throw error;
  }
}
