import { closeSync, fsyncSync, openSync, renameSync, rmSync, writeSync } from "node:fs";

/** Collects text and hands it on in pieces of about 64K characters, not one call per piece written. */
export class BatchedText {
  private pending: string[] = [];
  private chars = 0;

  constructor(private readonly out: (text: string) => void) {}

  write(text: string): void {
    this.pending.push(text);
    this.chars += text.length;
    if (this.chars >= 1 << 16) this.flush();
  }

  flush(): void {
    if (this.chars === 0) return;
    this.out(this.pending.join(""));
    this.clear();
  }

  clear(): void {
    this.pending = [];
    this.chars = 0;
  }
}

/**
 * A file written piece by piece that readers see with its old content or its new, never
 * half of it: the pieces go to a temporary file beside it, renamed over it by `commit`.
 * Nothing has to be held in memory until the end.
 */
export class AtomicFile {
  private readonly temp: string;
  private fd: number | null;
  private readonly batched = new BatchedText((text) => writeSync(this.openFd(), text));

  /** Opens the temporary file; throws the system's error when the folder cannot take it. */
  constructor(readonly path: string) {
    this.temp = `${path}.tmp-${process.pid}`;
    this.fd = openSync(this.temp, "w");
  }

  write(text: string): void {
    this.batched.write(text);
  }

  /** Makes everything written the file's content. */
  commit(): void {
    try {
      this.batched.flush();
      fsyncSync(this.openFd());
      closeSync(this.openFd());
      this.fd = null;
      renameSync(this.temp, this.path);
    } catch (error) {
      this.abandon();
      throw error;
    }
  }

  /** Removes the temporary file; the file at `path` stays as it was. Safe to call twice. */
  abandon(): void {
    if (this.fd !== null) {
      try {
        closeSync(this.fd);
      } catch {
        // already closed
      }
      this.fd = null;
    }
    rmSync(this.temp, { force: true });
  }

  private openFd(): number {
    if (this.fd === null) throw new Error(`${this.path}: written after it was committed or abandoned`);
    return this.fd;
  }
}

/** Writes a whole file so readers see the old content or the new, never half of it. */
export function writeFileAtomic(path: string, chunks: Iterable<string>): void {
  const file = new AtomicFile(path);
  try {
    for (const chunk of chunks) file.write(chunk);
  } catch (error) {
    file.abandon();
    throw error;
  }
  file.commit();
}
