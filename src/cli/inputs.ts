import { existsSync, readdirSync, statSync } from "node:fs";
import { extname, join } from "node:path";

/** Expands files and folders (recursively) into input files with the wanted extensions, sorted for stable output. */
export function expandInputs(paths: string[], extensions: readonly string[]): { files: string[]; missing: string[] } {
  const files: string[] = [];
  const missing: string[] = [];
  const walk = (path: string) => {
    for (const name of readdirSync(path).sort()) {
      if (name.startsWith(".")) continue;
      const child = join(path, name);
      if (statSync(child).isDirectory()) walk(child);
      else if (extensions.includes(extname(name).toLowerCase())) files.push(child);
    }
  };
  for (const path of paths) {
    if (path === "-") files.push(path);
    else if (!existsSync(path)) missing.push(path);
    else if (statSync(path).isDirectory()) walk(path);
    else files.push(path);
  }
  return { files, missing };
}
