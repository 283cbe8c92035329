import { HostError } from "./host-types";
import { CLI_HINT } from "./capabilities";

export type Phase = "read" | "write" | "select";

interface OfficeLikeError {
  code?: string;
  message?: string;
  debugInfo?: { errorLocation?: string; message?: string };
}

function sheetList(sheets: string[]): string {
  return sheets
    .slice(0, 3)
    .map((s) => `“${s}”`)
    .join("、")
    .concat(sheets.length > 3 ? ` 等 ${sheets.length} 张工作表` : "");
}

export function errorCode(e: unknown): string {
  return (e as OfficeLikeError | null)?.code ?? "";
}

export function errorLocation(e: unknown): string {
  return (e as OfficeLikeError | null)?.debugInfo?.errorLocation ?? "";
}

/** Any failure -> one Chinese sentence; the sheets being read or written are named where known. */
export function toHostError(e: unknown, phase: Phase, sheets: string[] = []): HostError {
  if (e instanceof HostError) return e;
  // The saved settings are wrong: the engine's own Chinese message says which and how to fix it.
  // Told by name, not instanceof: the host's first chunk does not import the engine.
  if (e instanceof Error && e.name === "SettingsError") return new HostError(e.message);
  const code = errorCode(e);
  const where = sheets.length ? `工作表${sheetList(sheets)}` : "工作簿";
  if (code === "InvalidOperationInCellEditMode") {
    return new HostError("Excel 正在编辑单元格：请先按 Enter 或 Esc 结束编辑，再重试。");
  }
  if (code === "RequestPayloadSizeLimitExceeded" || code === "ResponsePayloadSizeLimitExceeded") {
    return new HostError(
      phase === "read"
        ? `工作簿太大，Excel 无法一次读取${where}。${CLI_HINT}`
        : `要写入${where}的标记太多，超出了 Excel 单次请求的上限。${CLI_HINT}`,
    );
  }
  if (code === "AccessDenied" || code === "InsertDeleteConflict") {
    return new HostError(`${where}受保护或正被他人编辑，无法写入标记：请撤消保护或稍后再试。`);
  }
  const detail = (e as OfficeLikeError | null)?.message ?? String(e);
  const verb = phase === "read" ? "读取" : phase === "write" ? "写入" : "定位";
  return new HostError(`${verb}${where}时出错：${detail}${code ? `（${code}）` : ""}`);
}

export function protectedSheetError(sheet: string): HostError {
  return new HostError(`工作表“${sheet}”受保护，无法标记问题单元格：请在“审阅”选项卡中撤消工作表保护后再检查。`);
}

/** The very hidden store sheet cannot be unprotected from 审阅; 清除标记 deletes it, protected or not. */
export function protectedStoreError(): HostError {
  return new HostError("检查记录表受保护，无法更新标记：请先点“清除标记”，再检查。");
}

export function protectedWorkbookError(): HostError {
  return new HostError("工作簿结构受保护，无法添加或删除“检查结果”工作表：请在“审阅”选项卡中撤消工作簿保护后再试。");
}
