import type { Finding, Report } from "../core";
import type { FileCheck } from "../xlsx";

/** A batch user checks a file to check its tables: a file with none is an error, not a pass. */
export const NO_TABLE: Pick<Finding, "rule" | "severity" | "messageId" | "data" | "message"> = {
  rule: "no-table",
  severity: "error",
  messageId: "noTable",
  data: {},
  message:
    "未找到绩效表：工作簿中没有带“项目名称”“一级指标”等标签的表。请确认选对了文件，或把表头改成标准标签（如“项目名称”“一级指标”“指标值”）。",
};

/** The report the command line shows and returns for one file: the engine's, plus no-table where it found none. */
export function fileReport(check: FileCheck): Report {
  const { report } = check.result;
  if (report.tables.length > 0) return report;
  // The file as a whole: no sheet, no cell (row and col -1).
  const finding: Finding = { ...NO_TABLE, sheet: "", cell: "", row: -1, col: -1, projectCode: "", table: -1 };
  return {
    ...report,
    findings: [...report.findings, finding],
    summary: { ...report.summary, errors: report.summary.errors + 1 },
  };
}
