import type { Capabilities } from "./host-types";

/**
 * The add-in's minimum requirement set, for the manifest's <Requirements> and the runtime check.
 * 1.13 because merged areas (Range.getMergedAreasOrNullObject) are how the engine finds labels and
 * values; without them tables are misread. 1.13 is Office 2021 (1.14), Office 2024 (1.17),
 * Microsoft 365, Mac, iPad and the web; Office 2016 (1.1) and 2019 (1.8) fall below it.
 */
export const MIN_API = { set: "ExcelApi", version: "1.13" } as const;

/** Notes (the old yellow comments) arrived in 1.18; threaded comments in 1.10. */
export const NOTES_API = "1.18";
export const COMMENTS_API = "1.10";

/** Where to go without a capable Excel: the WPS add-in and the offline page first, the command line after. */
export const CLI_HINT =
  "请改用 WPS 表格中的“绩效检查”加载项，或用浏览器打开离线检查网页检查 .xlsx 文件（文件不会上传）；也可使用命令行工具 jixiao-check。";

export const MESSAGES = {
  outsideExcel: `未在 Excel 中运行：请在 Excel 中打开“绩效表检查”加载项，或${CLI_HINT}`,
  tooOld: `此 Excel 版本过旧，无法运行“绩效表检查”加载项（需要 Excel 2021、Excel 2024、Microsoft 365 或网页版 Excel）。${CLI_HINT}`,
  comments: "此 Excel 版本不支持备注，检查说明将以批注显示。",
  fillOnly: "此 Excel 版本不支持备注和批注，问题单元格只标颜色，说明见“检查结果”工作表。",
} as const;

export type SetSupported = (name: string, version: string) => boolean;

/** Decides what the add-in can do from the API sets Excel reports. Pure: tests pass their own predicate. */
export function detectCapabilities(isSetSupported: SetSupported | null): Capabilities {
  if (!isSetSupported) return { supported: false, annotations: "none", message: MESSAGES.outsideExcel };
  if (!isSetSupported(MIN_API.set, MIN_API.version)) {
    return { supported: false, annotations: "none", message: MESSAGES.tooOld };
  }
  if (isSetSupported(MIN_API.set, NOTES_API)) return { supported: true, annotations: "notes" };
  if (isSetSupported(MIN_API.set, COMMENTS_API)) {
    return { supported: true, annotations: "comments", message: MESSAGES.comments };
  }
  // Unreachable while MIN_API >= 1.10 (requirement sets are cumulative); kept so lowering MIN_API stays safe.
  return { supported: true, annotations: "none", message: MESSAGES.fillOnly };
}

/** The live predicate, or null outside Office (a browser tab, a test without the fake). */
export function officeSetSupported(): SetSupported | null {
  if (typeof Office === "undefined") return null;
  const requirements = Office.context?.requirements;
  if (!requirements || typeof requirements.isSetSupported !== "function") return null;
  return (name, version) => requirements.isSetSupported(name, version);
}
