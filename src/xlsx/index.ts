/** The .xlsx host: read a file into the engine's snapshot, apply its write plan, write the marked copy. */
export { WorkbookReadError, WorkbookWriteError, type ReadErrorCode } from "./errors";
export { readWorkbook, readBytes, loadWorkbook, snapshotOf, sheetSnapshot, formatNumber, dateToSerial } from "./read";
export type { LoadedWorkbook } from "./read";
export { applyPlan, mergeNote, internalLink, writeWorkbookCopy, type ApplyStats } from "./write";
export {
  checkFile,
  exists,
  readSnapshot,
  clearFile,
  checkedCopyPath,
  writeCopy,
  formatCheckedAt,
  type CheckFileOptions,
  type FileCheck,
} from "./check-file";
export * from "./package";
export { sniff, zipEntryNames, type Sniffed } from "./sniff";
export { writeTemplateFile } from "./template";
