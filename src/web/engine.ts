/**
 * The web page's one seam to the engine and the .xlsx file: bytes in; the check, the plan and the
 * marked copy out. Its shape is the .xlsx package patcher's pinned API (src/xlsx/package:
 * checkPackage(bytes, { name, settings, now, copy }) -> { result, plan, copy, outputExtension },
 * PackageError with a Chinese message), which copies every part of the original and changes only
 * the marked cells. Until that lands on main, this adapter reads and re-saves through exceljs
 * (src/xlsx), as the command line does; switching is this file alone.
 */
import ExcelJS from "exceljs";
import { unzipSync } from "fflate";
import { checkWorkbook, planWrites, type CheckResult, type SettingsInput, type WritePlan } from "../core";
import { snapshotOf } from "../xlsx/read";
import { applyPlan } from "../xlsx/write";

export interface PackageOptions {
  /** The file's name, shown in the summary sheet. */
  name: string;
  settings?: SettingsInput | null;
  /** The clock for the summary's 检查时间. */
  now?: Date;
  /** Make the marked copy (default true). */
  copy?: boolean;
}

export interface PackageCheck {
  result: CheckResult;
  plan: WritePlan;
  /** The marked copy, or null when not asked for. */
  copy: Uint8Array | null;
  /** "xlsm" where the original keeps macros, else "xlsx". */
  outputExtension: "xlsx" | "xlsm";
}

/** A file the page cannot check, with one Chinese sentence for the user. */
export class PackageError extends Error {
  override readonly name = "PackageError";
}

const ZIP = [0x50, 0x4b, 0x03, 0x04];
const OLE2 = [0xd0, 0xcf, 0x11, 0xe0];
const startsWith = (b: Uint8Array, sig: number[]) => sig.every((x, i) => b[i] === x);

function stamp(d: Date): string {
  const p = (n: number) => String(n).padStart(2, "0");
  return `${d.getFullYear()}-${p(d.getMonth() + 1)}-${p(d.getDate())} ${p(d.getHours())}:${p(d.getMinutes())}`;
}

export async function checkBytes(bytes: Uint8Array, opts: PackageOptions): Promise<PackageCheck> {
  if (bytes.length === 0) throw new PackageError("文件是空的（0 字节），不是 Excel 工作簿。");
  if (startsWith(bytes, OLE2))
    throw new PackageError("文件受密码保护或是旧版 .xls 格式：请在 Excel 或 WPS 中另存为 .xlsx（不设密码）后再检查。");
  if (!startsWith(bytes, ZIP)) throw new PackageError("不是 .xlsx 文件：请选择 Excel 或 WPS 保存的 .xlsx 工作簿。");
  const names: string[] = [];
  try {
    // Lists the parts without inflating any.
    unzipSync(bytes, { filter: (f) => (names.push(f.name), false) });
  } catch {
    throw new PackageError("文件已损坏，无法读取：请在 Excel 或 WPS 中打开并另存为 .xlsx 后再检查。");
  }
  if (!names.includes("xl/workbook.xml")) {
    const what = names.some((n) => n.startsWith("word/"))
      ? "这是 Word 文档，"
      : names.some((n) => n.startsWith("ppt/"))
        ? "这是 PowerPoint 演示文稿，"
        : "";
    throw new PackageError(`不是 .xlsx 文件：${what}请选择 Excel 或 WPS 保存的 .xlsx 工作簿。`);
  }
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.load(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer);
  } catch {
    throw new PackageError("文件已损坏，无法读取：请在 Excel 或 WPS 中打开并另存为 .xlsx 后再检查。");
  }
  const result = checkWorkbook(snapshotOf(workbook), opts.settings);
  const plan = planWrites(result, { checkedAt: stamp(opts.now ?? new Date()), source: opts.name });
  if (opts.copy === false) return { result, plan, copy: null, outputExtension: "xlsx" };
  applyPlan(workbook, plan);
  const out = await workbook.xlsx.writeBuffer();
  return { result, plan, copy: new Uint8Array(out as ArrayBuffer), outputExtension: "xlsx" };
}
