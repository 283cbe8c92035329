import * as path from "node:path";
import type { OutStream } from "./io";

/** A one-line progress bar on stderr, redrawn in place; only on a terminal. */
export class Progress {
  private shown = false;

  constructor(
    private readonly stream: OutStream,
    private readonly total: number,
    private readonly enabled: boolean,
  ) {}

  /** Shows "[#####.....] 3/10 name" before file number `done + 1` starts. */
  update(done: number, file: string): void {
    if (!this.enabled) return;
    const width = 24;
    const filled = Math.round((done / this.total) * width);
    const bar = "█".repeat(filled) + "░".repeat(width - filled);
    const name = path.basename(file);
    const max = Math.max(10, (this.stream.columns ?? 80) - width - 16);
    const label = name.length > max ? "…" + name.slice(name.length - max + 1) : name;
    this.stream.write(`\r\u001b[K[${bar}] ${done}/${this.total} ${label}`);
    this.shown = true;
  }

  /** Clears the line, so messages and the report start at column 0. */
  clear(): void {
    if (!this.shown) return;
    this.stream.write("\r\u001b[K");
    this.shown = false;
  }
}
