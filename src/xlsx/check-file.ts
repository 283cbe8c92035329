import { promises as fs } from "node:fs";
import * as path from "node:path";
import type { CheckResult, SettingsInput, WorkbookSnapshot, WritePlan } from "../core";
import { WorkbookReadError, WorkbookWriteError } from "./errors";
import { checkPackage, clearPackage, formatCheckedAt, PackageError, readPackage } from "./package";
import { readBytes } from "./read";
import { errnoOf, sameFile, writeFailure } from "./write";

export { formatCheckedAt };

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
  /** Output paths already used in this batch: a copy never takes one of them. */
  taken?: Set<string>;
}

export interface FileCheck {
  file: string;
  result: CheckResult;
  /** The check used the settings the add-in saved in the workbook. */
  savedSettings: boolean;
  plan: WritePlan;
  /** Path of the marked copy, or null with copy off or when it could not be written. */
  output: string | null;
  /** The marked copy replaced an earlier file of that name. */
  replaced?: boolean;
  /** Why the marked copy could not be written; the check itself stands. */
  writeError?: WorkbookWriteError;
}

/** The file's bytes, or its unreadable state as one Chinese line. */
async function readPackageBytes(file: string): Promise<Uint8Array> {
  return new Uint8Array(await readBytes(file));
}

function readError(e: unknown, file: string): unknown {
  return e instanceof PackageError ? new WorkbookReadError(e.code, e.message, file) : e;
}

/** The host's whole job for one file: read, check, plan, and write the marked copy (the original, patched). */
export async function checkFile(file: string, opts: CheckFileOptions = {}): Promise<FileCheck> {
  const bytes = await readPackageBytes(file);
  let checked;
  try {
    checked = checkPackage(bytes, {
      name: path.basename(file),
      settings: opts.settings,
      profile: opts.profile,
      now: opts.now,
      copy: opts.copy,
    });
  } catch (e) {
    throw readError(e, file);
  }
  const { result, plan, copy, outputExtension, savedSettings } = checked;
  // No table, nothing to mark: a copy would only add an empty 检查结果 sheet.
  if (!copy || result.tables.length === 0) return { file, result, savedSettings, plan, output: null };
  const output = checkedCopyPath(file, opts.outDir, outputExtension, opts.taken, "checked");
  const replaced = await exists(output);
  try {
    await writeCopy(copy, file, output);
  } catch (e) {
    if (!(e instanceof WorkbookWriteError)) throw e;
    return { file, result, savedSettings, plan, output: null, writeError: e };
  }
  return { file, result, savedSettings, plan, output, replaced };
}

/** Anything at that path, a dangling link included. */
export async function exists(file: string): Promise<boolean> {
  try {
    await fs.lstat(file);
    return true;
  } catch {
    return false;
  }
}

/** The engine's snapshot of a file, read by the package host (for `template --from`). */
export async function readSnapshot(file: string): Promise<WorkbookSnapshot> {
  const bytes = await readPackageBytes(file);
  try {
    return readPackage(bytes).snapshot;
  } catch (e) {
    throw readError(e, file);
  }
}

/** `clear`: a copy of the file with every mark of ours removed; returns its path. */
export async function clearFile(file: string, opts: Pick<CheckFileOptions, "outDir" | "taken"> = {}): Promise<string> {
  const bytes = await readPackageBytes(file);
  let cleared: Uint8Array;
  try {
    cleared = clearPackage(bytes);
  } catch (e) {
    throw readError(e, file);
  }
  const ext = /\.xlsm$/i.test(file) ? "xlsm" : "xlsx";
  const output = checkedCopyPath(file, opts.outDir, ext, opts.taken, "cleared");
  await writeCopy(cleared, file, output);
  return output;
}

/**
 * NAME.checked.xlsx (or .xlsm) beside the input, or in outDir; "NAME (2).checked.xlsx" when an
 * earlier file of the same batch took the name.
 */
export function checkedCopyPath(
  input: string,
  outDir?: string,
  ext: "xlsx" | "xlsm" = "xlsx",
  taken?: Set<string>,
  tag = "checked",
): string {
  const base = path.basename(input).replace(/\.(xlsx|xlsm)$/i, "");
  const dir = outDir ?? path.dirname(input);
  for (let i = 1; ; i++) {
    const name = path.join(dir, `${base}${i === 1 ? "" : ` (${i})`}.${tag}.${ext}`);
    const key = path.resolve(name).toLowerCase();
    if (taken?.has(key)) continue;
    taken?.add(key);
    return name;
  }
}

let tmpCounter = 0;

/**
 * Writes the bytes to `output` through a short temporary name in the same folder (never longer
 * than the file system allows, whatever the output's name), never onto `input`.
 */
export async function writeCopy(bytes: Uint8Array, input: string, output: string): Promise<void> {
  if (await sameFile(input, output))
    throw new WorkbookWriteError("标记副本与原文件是同一个文件，已拒绝覆盖原文件", output);
  const tmp = path.join(path.dirname(output), `.jixiao-${process.pid}-${++tmpCounter}.tmp`);
  try {
    await fs.mkdir(path.dirname(output), { recursive: true });
    await fs.writeFile(tmp, bytes);
    await fs.rename(tmp, output);
  } catch (e) {
    await fs.rm(tmp, { force: true }).catch(() => undefined);
    throw new WorkbookWriteError(`标记副本写入失败：${writeFailure(e)}`, output, errnoOf(e));
  }
}
