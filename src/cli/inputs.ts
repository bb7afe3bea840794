import { lstatSync, readdirSync, statSync, type Stats } from "node:fs";
import { extname, join } from "node:path";

export interface ExpandedInputs {
  /** Regular files with the wanted extensions (and `-` for stdin): named ones in the order given, a folder's sorted, for stable output. */
  files: string[];
  /** Paths named on the command line that do not exist. */
  missing: string[];
  /** Inputs that are no regular file (a FIFO, a device, a socket): rejections, as `path: reason`. */
  refused: string[];
  /** Entries of folders passed over (a dangling symlink, a symlink loop), as `path: reason`. */
  skipped: string[];
}

/**
 * Expands files and folders (recursively, following symlinks) into input files with the
 * wanted extensions. Nothing here blocks: a FIFO is refused from its status, never opened,
 * and a folder reached twice through symlinks is read once.
 */
export function expandInputs(paths: string[], extensions: readonly string[]): ExpandedInputs {
  const out: ExpandedInputs = { files: [], missing: [], refused: [], skipped: [] };
  const foldersSeen = new Set<string>();
  const walk = (path: string, stats: Stats) => {
    const identity = `${stats.dev}:${stats.ino}`;
    if (foldersSeen.has(identity)) {
      out.skipped.push(`${path}: folder already read (a symlink loop?); skipped`);
      return;
    }
    foldersSeen.add(identity);
    for (const name of readdirSync(path).sort()) {
      if (name.startsWith(".")) continue;
      const child = join(path, name);
      const childStats = statOrReason(child);
      if (typeof childStats === "string") out.skipped.push(`${child}: ${childStats}; skipped`);
      else if (childStats.isDirectory()) walk(child, childStats);
      else if (!extensions.includes(extname(name).toLowerCase())) continue;
      else if (childStats.isFile()) out.files.push(child);
      else out.refused.push(`${child}: ${notRegular(childStats)}`);
    }
  };
  for (const path of paths) {
    if (path === "-") {
      out.files.push(path);
      continue;
    }
    const stats = statOrReason(path);
    if (typeof stats === "string") {
      if (stats === "no such file or folder") out.missing.push(path);
      else out.refused.push(`${path}: ${stats}`);
    } else if (stats.isDirectory()) walk(path, stats);
    else if (stats.isFile()) out.files.push(path);
    else out.refused.push(`${path}: ${notRegular(stats)}`);
  }
  return out;
}

/** The status a path's symlinks lead to, or why there is none. */
function statOrReason(path: string): Stats | string {
  try {
    return statSync(path);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === "ENOENT") return isSymlink(path) ? "dangling symlink" : "no such file or folder";
    if (code === "ELOOP") return "symlink loop";
    if (code === "EACCES") return "permission denied";
    return `cannot read its status (${code ?? (error as Error).message})`;
  }
}

function notRegular(stats: Stats): string {
  const kind = stats.isFIFO() ? "a FIFO" : stats.isSocket() ? "a socket" : stats.isCharacterDevice() || stats.isBlockDevice() ? "a device" : "not a file";
  return `${kind}, not a regular file; refused (copy it to a file first)`;
}

function isSymlink(path: string): boolean {
  try {
    return lstatSync(path).isSymbolicLink();
  } catch {
    return false;
  }
}
