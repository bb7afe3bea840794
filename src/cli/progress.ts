/** One progress line on a terminal (files done/total, rate); silent when stderr is a pipe or a file. */
export class Progress {
  count = 0;
  private readonly startedMs = performance.now();
  private lastDrawMs = 0;
  private readonly live = process.stderr.isTTY === true;

  constructor(private readonly total: number | null) {}

  tick(): void {
    this.count++;
    if (!this.live) return;
    const now = performance.now();
    if (now - this.lastDrawMs < 100) return;
    this.lastDrawMs = now;
    this.draw(now);
  }

  done(): void {
    if (this.live) {
      this.draw(performance.now());
      process.stderr.write("\n");
    }
  }

  private draw(now: number) {
    const rate = this.count / Math.max((now - this.startedMs) / 1000, 1e-3);
    const of = this.total === null ? "" : `/${this.total}`;
    process.stderr.write(`\r${this.count}${of} articles, ${rate.toFixed(0)} articles/s`);
  }
}
