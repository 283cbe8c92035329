import { tableUnreadable } from "./table-unreadable";
import type { Rule } from "./types";

/** Every rule, sorted by id. Adding a rule: one file in this folder, one line here, one test file. */
export const RULES: readonly Rule[] = [tableUnreadable].sort((a, b) => a.id.localeCompare(b.id));
