import { spawnSync } from "node:child_process";
import { REPO_ROOT, runGazetteerCommand } from "./gazetteerCommand";

/** `npm run gazetteer`: the command with the process's streams, environment, signals and exit status. */

// The shell's code for a run stopped by a signal it sent (128 + SIGINT), as ingest uses.
const INTERRUPTED = 130;

// Downloads can be stopped at any time; the store is synchronous, so a signal is only handled once it is done.
let stored = false;
const interrupted = () => {
  process.stderr.write(`gazetteer: interrupted; ${stored ? "the dumps are stored: `npm run build:data` rebuilds the gazetteer" : "nothing changed"}\n`);
  process.exit(INTERRUPTED);
};
process.once("SIGINT", interrupted);
process.once("SIGTERM", interrupted);

runGazetteerCommand(process.argv.slice(2), {
  stdout: (text) => process.stdout.write(text),
  stderr: (text) => process.stderr.write(text),
  env: process.env,
  // On a terminal only: a failure in a script or a log reads as one line.
  progress: process.stderr.isTTY === true,
  onStored: () => (stored = true),
  rebuild: () => spawnSync("npm", ["run", "build:data", "--silent"], { cwd: REPO_ROOT, stdio: ["ignore", "inherit", "inherit"] }).status === 0,
}).then(
  (code) => process.exit(code),
  (error: unknown) => {
    process.stderr.write(`gazetteer: ${error instanceof Error ? error.message : String(error)}\n`);
    process.exit(1);
  },
);
