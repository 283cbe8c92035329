import type { Grid } from "../grid";
import type { CellRef, Table, TableKind } from "../model";
import type { TableAnalysis } from "../score/types";
import type { FormSpec, Profile } from "../profiles/types";
import type { Settings, Severity } from "../settings";

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
