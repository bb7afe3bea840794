import { parseArgs, type ParseArgsConfig } from "node:util";
import { forTerminal } from "./terminalText";

/** The command was called wrongly (or with `--help`, an empty message): the usage is printed, nothing is done. */
export class UsageError extends Error {}

/**
 * Runs a command's `main` and exits with its status. Bad usage exits 2 with the usage text
 * (0 for `--help`); any other failure exits 2 with its message.
 */
export function runCommand(main: (argv: string[]) => Promise<number>, usage: string): void {
  main(process.argv.slice(2)).then(
    (code) => process.exit(code),
    (error: unknown) => {
      if (error instanceof UsageError) {
        if (error.message) process.stderr.write(`error: ${forTerminal(error.message)}\n`);
        process.stderr.write(`${usage}\n`);
        process.exit(error.message ? 2 : 0);
      }
      process.stderr.write(`error: ${forTerminal((error as Error).message)}\n`);
      process.exit(2);
    },
  );
}

type CommandOptions = NonNullable<ParseArgsConfig["options"]>;

/**
 * A command's arguments read by `node:util`'s parseArgs, with positionals and `--help`:
 * an unknown or malformed option is bad usage, `--help` asks for the usage alone.
 */
export function parseCommandLine<const T extends CommandOptions>(argv: string[], options: T) {
  let parsed;
  try {
    parsed = parseArgs({ args: argv, allowPositionals: true, options: { ...options, help: { type: "boolean", default: false } } });
  } catch (error) {
    throw new UsageError((error as Error).message);
  }
  if ((parsed.values as { help?: boolean }).help) throw new UsageError("");
  return parsed as ReturnType<typeof parseArgs<{ args: string[]; allowPositionals: true; options: T }>>;
}
