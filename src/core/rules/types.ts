import type { Grid } from "../grid";
import type { CellRef, Table, TableKind } from "../model";
import type { TableAnalysis } from "../score/types";
import type { FormSpec, Profile } from "../profiles/types";
import type { Settings, Severity } from "../settings";

/** The {{placeholders}} of a message template, as a union of their names. */
export type Placeholders<S extends string> = S extends `${string}{{${infer K}}}${infer Rest}`
  ? K | Placeholders<Rest>
  : never;

/** A finding of a rule whose messages are M: messageId one of M's keys, data filling exactly its placeholders. */
export type TypedReport<M extends Record<string, string>> = {
  [K in keyof M & string]: {
    cell: CellRef | { row: number; col: number };
    messageId: K;
    severity?: Severity;
  } & ([Placeholders<M[K]>] extends [never]
    ? { data?: Record<string, never> }
    : // Every placeholder filled; a message chosen at run time may share a wider data object.
      { data: Record<Placeholders<M[K]>, string | number> & Record<string, string | number> });
}[keyof M & string];

export interface ReportDescriptor {
  /** The cell the user must change. */
  cell: CellRef | { row: number; col: number };
  messageId: string;
  data?: Record<string, string | number>;
  /** Overrides the rule's severity for this finding (e.g. a red light is an error, a yellow one a warning). */
  severity?: Severity;
}

export interface RuleContext {
  /** The table's profile's settings with the user's overrides (profile.settings). */
  settings: Settings;
  /** The form family the table is checked by: its forms and hierarchy. */
  profile: Profile;
  /** The sheet the table stands on, for rules that look at cells the model does not name (合计 rows). */
  grid: Grid;
  analysis: TableAnalysis;
  report(d: ReportDescriptor): void;
}

/**
 * Declares a rule with typed messages: TypeScript then requires each report's messageId to be
 * declared and its data to fill every placeholder of that message (the rule tester checks it at run time too).
 */
export function defineRule<const M extends Record<string, string>>(
  rule: Omit<Rule, "messages" | "check"> & {
    messages: M;
    check(table: Table, ctx: Omit<RuleContext, "report"> & { report(d: TypedReport<M>): void }): void;
  },
): Rule {
  return rule as Rule;
}

/** A check, shaped as an ESLint rule: id, severity, docs, declared messages, check(). */
export interface Rule {
  id: string;
  severity: Severity;
  /** Table kinds the rule applies to. */
  kinds: readonly TableKind[];
  /** A part of the form the rule belongs to: it runs only where the table's profile has that part. */
  requires?: keyof FormSpec;
  /** The settings the rule reads (its options): listed with their values by `rules --profile`. */
  options?: readonly (keyof Settings)[];
  /** name: a short Chinese name users see (the 规则 column, settings); the id stays in JSON and tooltips. */
  docs: { name: string; description: string };
  /** Chinese messages with {{placeholders}}. */
  messages: Record<string, string>;
  check(table: Table, ctx: RuleContext): void;
}
