import { promises as fs } from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import type { Io } from "../../src/cli/io";
import { main } from "../../src/cli/main";

export interface Run {
  code: number;
  stdout: string;
  stderr: string;
}

/** Runs the CLI in-process with captured streams. */
export async function run(argv: string[], opts: { tty?: boolean; env?: Record<string, string> } = {}): Promise<Run> {
  let stdout = "";
  let stderr = "";
  const io: Io = {
    stdout: { write: (s: string) => (stdout += s), isTTY: opts.tty, columns: 100 },
    stderr: { write: (s: string) => (stderr += s), isTTY: opts.tty, columns: 100 },
    env: opts.env ?? {},
  };
  const code = await main(argv, io);
  return { code, stdout, stderr };
}

export async function tempDir(prefix: string): Promise<string> {
  return fs.mkdtemp(path.join(os.tmpdir(), prefix));
}
