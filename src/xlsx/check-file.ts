import * as path from "node:path";
import { checkWorkbook, planWrites, SETTINGS_KEY, type CheckResult, type SettingsInput, type WritePlan } from "../core";
import { savedSettings } from "./addin-settings";
import { WorkbookWriteError } from "./errors";
import { readWorkbook } from "./read";
import { applyPlan, checkedCopyPath, writeWorkbookCopy, type ApplyStats } from "./write";

export interface CheckFileOptions {
  /** Folder for the marked copy; beside the input when absent. */
  outDir?: string;
  /** Write the marked copy (default true). */
  copy?: boolean;
  /** Settings to check with; absent: the ones the add-in saved in the workbook, else the defaults. */
  settings?: SettingsInput | null;
  /** A profile id that overrides the settings' one (the command line's --profile). */
  profile?: string;
  /** Clock for the summary's 检查时间 (tests pass a fixed one). */
  now?: Date;
}

export interface FileCheck {
  file: string;
  result: CheckResult;
  /** The check used the settings the add-in saved in the workbook. */
  savedSettings: boolean;
  plan: WritePlan;
  /** Path of the marked copy, or null with copy off or when it could not be written. */
  output: string | null;
  applied: ApplyStats | null;
  /** Why the marked copy could not be written; the check itself stands. */
  writeError?: WorkbookWriteError;
}

function pad(n: number): string {
  return String(n).padStart(2, "0");
}

/** Local time as "2026-11-23 10:30". */
export function formatCheckedAt(d: Date): string {
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())} ${pad(d.getHours())}:${pad(d.getMinutes())}`;
}

/** The host's whole job for one file: read, check, plan, and write the marked copy. */
export async function checkFile(file: string, opts: CheckFileOptions = {}): Promise<FileCheck> {
  const { workbook, snapshot, addinSettings } = await readWorkbook(file);
  const saved = opts.settings === undefined ? savedSettings(addinSettings, SETTINGS_KEY) : null;
  const input = (opts.settings ?? saved ?? {}) as SettingsInput;
  // A saved value that is not an object goes to the engine as it is: its schema says what is wrong.
  const settings = opts.profile && input && typeof input === "object" ? { ...input, profile: opts.profile } : input;
  const result = checkWorkbook(snapshot, settings);
  const fromWorkbook = saved !== null;
  const plan = planWrites(result, { checkedAt: formatCheckedAt(opts.now ?? new Date()), source: path.basename(file) });
  // No table, nothing to mark: a copy would only add an empty 检查结果 sheet.
  if (opts.copy === false || result.tables.length === 0)
    return { file, result, savedSettings: fromWorkbook, plan, output: null, applied: null };
  const applied = applyPlan(workbook, plan);
  const output = checkedCopyPath(file, opts.outDir);
  try {
    await writeWorkbookCopy(workbook, file, output);
  } catch (e) {
    if (!(e instanceof WorkbookWriteError)) throw e;
    return { file, result, savedSettings: fromWorkbook, plan, output: null, applied, writeError: e };
  }
  return { file, result, savedSettings: fromWorkbook, plan, output, applied };
}
