import type { Report, SettingsInput, TableKind } from "../../../src/core";
import { HostError, type ExcelHost, type TableRef } from "../../../src/excel/host-types";

/** What the preview page's host answers and records; set by the test before the page loads. */
export interface MemoryHostConfig {
  supported: boolean;
  message?: string;
  report: Report;
  tables: TableRef[];
  /** check() returns this as the outcome's notice, as the Excel host does when comments could not be written. */
  notice?: string;
  /** createSheet rejects with this HostError message when set. */
  createError?: string;
  /**
   * listTables rejects with this message from call number `from` (1-based) on, up to call `to` if
   * given: a HostError, or with `plain` an Error of no known kind (what a failed Office.js call throws).
   */
  listError?: { from: number; to?: number; message: string; plain?: boolean };
  settings: SettingsInput;
  /** How long each stage of check() takes (30 ms unless set): long enough to look at the progress. */
  stageMs?: number;
}

export interface MemoryHostLog {
  selected: string[];
  saved: SettingsInput[];
  created: string[];
  cleared: number;
  /** listTables calls, counted when called. */
  listed: number;
}

/** An ExcelHost without Excel, for browser tests of the components alone. */
export function memoryHost(config: MemoryHostConfig, log: MemoryHostLog): ExcelHost {
  const tick = () => new Promise((r) => setTimeout(r, 30));
  let marked = 0;
  return {
    capabilities: () => ({ supported: config.supported, annotations: "notes", message: config.message }),
    async check(onStage) {
      for (const s of ["reading", "checking", "writing"] as const) {
        onStage?.(s);
        await new Promise((r) => setTimeout(r, config.stageMs ?? 30));
      }
      onStage?.("done");
      marked = new Set(config.report.findings.map((f) => `${f.sheet}!${f.cell}`)).size;
      return { report: config.report, marked, written: 0, notice: config.notice };
    },
    async clearMarks() {
      log.cleared++;
      const n = marked;
      marked = 0;
      return n;
    },
    async select(sheet, cell) {
      log.selected.push(`${sheet}!${cell}`);
    },
    loadSettings: () => config.settings,
    async saveSettings(s) {
      log.saved.push(s);
    },
    async listTables() {
      log.listed++;
      await tick();
      const failure = config.listError;
      if (failure && log.listed >= failure.from && log.listed <= (failure.to ?? Infinity))
        throw failure.plain ? new Error(failure.message) : new HostError(failure.message);
      return config.tables;
    },
    async createSheet(kind: TableKind, from?: TableRef) {
      await tick();
      if (config.createError) throw new HostError(config.createError);
      const name = `${from?.projectName ?? "新表"}-${kind}`;
      log.created.push(name);
      return name;
    },
  };
}
