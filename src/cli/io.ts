/** Where the CLI writes: the process's streams, or buffers in tests. */
export interface OutStream {
  write(chunk: string): unknown;
  isTTY?: boolean;
  columns?: number;
}

export interface Io {
  stdout: OutStream;
  stderr: OutStream;
  env: Record<string, string | undefined>;
}

export function processIo(): Io {
  return { stdout: process.stdout, stderr: process.stderr, env: process.env };
}

export const EXIT_OK = 0;
/** Errors were found in the tables. */
export const EXIT_FINDINGS = 1;
/** Bad arguments, or a file that cannot be read or written. */
export const EXIT_USAGE = 2;

/** Colour on a terminal only; NO_COLOR (https://no-color.org) turns it off, FORCE_COLOR on. */
export function useColor(stream: OutStream, env: Io["env"]): boolean {
  if (env.NO_COLOR) return false;
  if (env.FORCE_COLOR !== undefined && env.FORCE_COLOR !== "0" && env.FORCE_COLOR !== "false") return true;
  return !!stream.isTTY && env.TERM !== "dumb";
}

export interface Paint {
  red(s: string): string;
  yellow(s: string): string;
  cyan(s: string): string;
  green(s: string): string;
  bold(s: string): string;
  dim(s: string): string;
}

function sgr(open: number, close: number): (s: string) => string {
  return (s) => `\u001b[${open}m${s}\u001b[${close}m`;
}

export function paint(enabled: boolean): Paint {
  const id = (s: string) => s;
  if (!enabled) return { red: id, yellow: id, cyan: id, green: id, bold: id, dim: id };
  return {
    red: sgr(31, 39),
    yellow: sgr(33, 39),
    cyan: sgr(36, 39),
    green: sgr(32, 39),
    bold: sgr(1, 22),
    dim: sgr(2, 22),
  };
}
