import { spawnSync } from "node:child_process";
import { join } from "node:path";

/**
 * The CLIs as `npm run ingest` and `npm run review` run them: bundled to plain JS by
 * `npm run build:cli`. Each test file builds once (`beforeAll(buildCli, 60_000)`).
 */
export function buildCli(): void {
  const build = spawnSync("npm", ["run", "build:cli", "--silent"], { encoding: "utf8" });
  if (build.status !== 0) throw new Error(`npm run build:cli failed: ${build.stderr}`);
}

export const builtCliPath = (name: "ingest" | "review"): string => join(process.cwd(), `build/cli/${name}.mjs`);

export function runBuiltCli(name: "ingest" | "review", ...args: string[]) {
  return spawnSync(process.execPath, [builtCliPath(name), ...args], { encoding: "utf8", timeout: 60_000 });
}
