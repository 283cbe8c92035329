import { check } from "./check";
import { clear } from "./clear";
import { rules } from "./rules";
import { template } from "./template";
import type { Command } from "./types";

export type { Command } from "./types";

/** Every subcommand, in the order --help lists them. A new one is one line here. */
export const COMMANDS: Record<string, Command> = {
  [check.name]: check,
  [clear.name]: clear,
  [template.name]: template,
  [rules.name]: rules,
};
