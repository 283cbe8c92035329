import type { Report, SettingsInput, TableKind } from "../core";

/** What Excel can do for the add-in, decided once from the API sets it supports. */
export interface Capabilities {
  /** False on Excel too old for the add-in (Office 2016/2019 perpetual): show `message`. */
  supported: boolean;
  /** How findings are attached to cells: notes (ExcelApi 1.18), threaded comments (1.10), or fill only. */
  annotations: "notes" | "comments" | "none";
  /** Chinese explanation when unsupported or degraded. */
  message?: string;
}

export type CheckStage = "reading" | "checking" | "writing" | "done";

export interface CheckOutcome {
  report: Report;
  /** Cells marked and values written in this run. */
  marked: number;
  written: number;
  /** Something the user should know although the check succeeded (Chinese), e.g. explanations that could not be attached. */
  notice?: string;
  /** Protected sheets checked but not marked (their findings are in the summary; `notice` says so). */
  unmarkedSheets?: string[];
  /** Cells ("Sheet!A1") whose explanation Excel refused as a comment (listed in the summary and `notice`). */
  lostComments?: string[];
  /** The summary sheet's name: 检查结果, or a free name where a sheet of the user's has that one. */
  summarySheet?: string;
}

/** A table found in the workbook, offered as the source of a new sheet. */
export interface TableRef {
  sheet: string;
  /** A1 range of the table. */
  range: string;
  kind: TableKind;
  projectCode: string;
  projectName: string;
}

/**
 * The Office.js side of the add-in, as the task pane and the ribbon command see it.
 * Components receive an ExcelHost as a prop and never call Excel.run themselves.
 */
export interface ExcelHost {
  capabilities(): Capabilities;
  /** Reads the workbook, runs the engine, clears the previous marks and writes the new ones. */
  check(onStage?: (stage: CheckStage) => void): Promise<CheckOutcome>;
  /** Restores every marked cell and removes the 检查结果 sheet. Returns how many cells were restored. */
  clearMarks(): Promise<number>;
  /** Activates the sheet and selects the cell. */
  select(sheet: string, cell: string): Promise<void>;
  /** Engine settings kept with the workbook (Office.context.document.settings). */
  loadSettings(): SettingsInput;
  saveSettings(settings: SettingsInput): Promise<void>;
  /** Tables that can be the source of a new monitoring / self-evaluation sheet. */
  listTables(): Promise<TableRef[]>;
  /** Creates a new sheet from a template next to its source, activates it, and returns its name. */
  createSheet(kind: TableKind, from?: TableRef): Promise<string>;
}

/** A user-facing failure: one Chinese sentence naming the sheet where it applies. */
export class HostError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "HostError";
  }
}
