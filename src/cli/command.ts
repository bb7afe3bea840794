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
