import { existsSync, mkdirSync, readdirSync, renameSync, statSync, writeFileSync } from "node:fs";
import { dirname, join, relative, resolve } from "node:path";
import { fileURLToPath } from "node:url";

const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), "../..");
export const fromRoot = (path: string): string => resolve(repoRoot, path);

/**
 * One step of `npm run build:data`. A step is skipped when every output exists
 * and is newer than every input, so the command is cheap before `dev`/`test`.
 * Inputs include the step's own source files, so changing the code rebuilds.
 */
export interface BuildStep {
  name: string;
  /** Repo-relative paths the step writes. */
  outputs: string[];
  /** Repo-relative paths (files) whose change makes the outputs stale. */
  inputs: string[];
  /**
   * Repo-relative folders that may be absent, such as one a command fills on demand.
   * Present, the folder and the files in it count as inputs. Absent, the nearest folder
   * above it that exists counts instead: removing the folder changed that one's time, so
   * outputs made with it are rebuilt without it.
   */
  optionalInputs?: string[];
  run: () => Promise<string | void> | string | void;
}

const mtimeMs = (path: string): number | null => {
  try {
    return statSync(fromRoot(path)).mtimeMs;
  } catch {
    return null;
  }
};

export function isUpToDate(step: BuildStep): boolean {
  const outputTimes = step.outputs.map(mtimeMs);
  if (outputTimes.some((time) => time === null)) return false;
  const oldestOutput = Math.min(...(outputTimes as number[]));
  for (const input of step.inputs) {
    const time = mtimeMs(input);
    if (time === null) throw new Error(`build step "${step.name}": input ${input} does not exist`);
    if (time > oldestOutput) return false;
  }
  return (step.optionalInputs ?? []).every((folder) => optionalInputMtimeMs(folder) <= oldestOutput);
}

function optionalInputMtimeMs(path: string): number {
  let target = fromRoot(path);
  while (!existsSync(target)) target = dirname(target);
  const stat = statSync(target);
  if (!stat.isDirectory() || target !== fromRoot(path)) return stat.mtimeMs;
  return Math.max(stat.mtimeMs, ...readdirSync(target).map((name) => statSync(join(target, name)).mtimeMs));
}

/** Writes through a temporary file and a rename, so readers never see half a file. */
export function writeFileAtomic(path: string, contents: string): number {
  const target = fromRoot(path);
  mkdirSync(dirname(target), { recursive: true });
  const temporary = `${target}.${process.pid}.tmp`;
  writeFileSync(temporary, contents);
  renameSync(temporary, target);
  return Buffer.byteLength(contents);
}

export const formatBytes = (bytes: number): string =>
  bytes >= 1e6 ? `${(bytes / 1e6).toFixed(2)} MB` : `${(bytes / 1e3).toFixed(1)} kB`;

export const relativeToRoot = (path: string): string => relative(repoRoot, path);


export async function runSteps(steps: BuildStep[]): Promise<void> {
  for (const step of steps) {
    if (isUpToDate(step)) continue;
    const started = performance.now();
    const summary = await step.run();
    const seconds = ((performance.now() - started) / 1000).toFixed(1);
    console.log(`build:data ${step.name}: built in ${seconds} s${summary ? ` (${summary})` : ""}`);
  }
}
