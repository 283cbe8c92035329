import type { Io } from "../io";

/** A subcommand: `jixiao-check <name> ...`. Add one by adding it to COMMANDS in ./index.ts. */
export interface Command {
  name: string;
  /** One line for the command list in --help. */
  summary: string;
  /** The synopsis, e.g. "jixiao-check check 文件.xlsx... [--format text|json]". */
  usage: string;
  /** Full help text, shown by `jixiao-check <name> --help`. */
  help: string;
  /** Runs with the arguments after the command name; resolves to the exit code. */
  run(args: string[], io: Io): Promise<number>;
}
