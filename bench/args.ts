/**
 * `npm run bench -- [--only ingest|browser] [--articles N] [--runs K] [--reports N] [--no-build]`
 * `npm run bench -- --compare <git ref> [--articles N] [--runs K]`
 * Defaults keep a full run within about five minutes on a two-core machine.
 */
export interface BenchArgs {
  only: "ingest" | "browser" | null;
  articles: number;
  runs: number;
  reports: number;
  scrubs: number;
  build: boolean;
  /** A git ref whose pipeline is timed against the working tree's (only that runs). */
  compare: string | null;
}

const DEFAULT_ARGS: BenchArgs = { only: null, articles: 1000, runs: 3, reports: 100_000, scrubs: 120, build: true, compare: null };

export function parseBenchArgs(argv: readonly string[]): BenchArgs {
  const args = { ...DEFAULT_ARGS };
  const count = (flag: string, raw: string | undefined, min: number): number => {
    const value = Number(raw);
    if (!Number.isInteger(value) || value < min) throw new Error(`${flag}: expected an integer ≥ ${min}, got ${JSON.stringify(raw)}`);
    return value;
  };
  for (let i = 0; i < argv.length; i++) {
    const flag = argv[i]!;
    switch (flag) {
      case "--only": {
        const value = argv[++i];
        if (value !== "ingest" && value !== "browser") throw new Error(`--only: expected ingest or browser, got ${JSON.stringify(value)}`);
        args.only = value;
        break;
      }
      case "--articles": args.articles = count(flag, argv[++i], 1); break;
      case "--runs": args.runs = count(flag, argv[++i], 1); break;
      case "--reports": args.reports = count(flag, argv[++i], 1); break;
      case "--scrubs": args.scrubs = count(flag, argv[++i], 1); break;
      case "--no-build": args.build = false; break;
      case "--compare": {
        const ref = argv[++i];
        if (ref === undefined || ref.startsWith("--")) throw new Error(`--compare: expected a git ref (a commit, branch or tag), got ${JSON.stringify(ref)}`);
        args.compare = ref;
        break;
      }
      default: throw new Error(`unknown option ${JSON.stringify(flag)}`);
    }
  }
  return args;
}
