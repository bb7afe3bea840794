import { realpathSync, statSync } from "node:fs";
import { dirname, resolve } from "node:path";

/** A file or folder the run reads, which its output must never replace. */
export interface ReadPath {
  path: string;
  /** What it is to the run, for the message: "an input", "the manifest", "a gazetteer"… */
  role: string;
}

/**
 * Why `--out` cannot be written, or null when it can: it names a file the run reads, a folder, or something that is no regular file
 * (a device, a FIFO), which renaming a temporary file over it would replace. Checked
 * before any work, so a slip of the keyboard costs nothing.
 */
export function outputProblem(out: string, reads: readonly ReadPath[]): string | null {
  if (out === "-") return null;
  const stats = statOrNull(out);
  if (stats?.isDirectory()) return `--out ${out} is a folder; name a file in it`;
  if (stats && !stats.isFile()) return `--out ${out} is not a regular file (a device or a FIFO); write to a file, or '-' for stdout`;
  const target = canonical(out);
  for (const read of reads) {
    const readPath = canonical(read.path);
    if (target === readPath) return `--out ${out} is ${read.role} of this run; it would be overwritten`;
  }
  return null;
}

/** The path with its symlinks resolved, as far as it exists: two names of one file compare equal. */
function canonical(path: string): string {
  const absolute = resolve(path);
  try {
    return realpathSync(absolute);
  } catch {
    try {
      return resolve(realpathSync(dirname(absolute)), absolute.slice(dirname(absolute).length + 1));
    } catch {
      return absolute;
    }
  }
}

function statOrNull(path: string) {
  try {
    return statSync(path);
  } catch {
    return null;
  }
}
