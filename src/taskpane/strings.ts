import type { CheckOutcome, CheckStage } from "../excel/host-types";
import type { Report } from "../core";
import { CLI_HINT } from "../excel/capabilities";

/**
 * User-visible Chinese text shared by the pane and the ribbon command. Severity, kind and category
 * names come from core (severityName, kindName, LEVEL*_NAMES), so the pane and the workbook agree.
 */

export const STAGE_LABEL: Record<CheckStage, string> = {
  reading: "正在读取工作表…",
  checking: "正在检查…",
  writing: "正在标记单元格…",
  done: "完成",
};

/** Share of the progress bar reached when a stage starts. */
export const STAGE_PROGRESS: Record<CheckStage, number> = { reading: 0.1, checking: 0.4, writing: 0.7, done: 1 };

export const NOT_IN_EXCEL = `绩效表检查是 Excel 加载项，请在 Excel 中打开：“开始”选项卡 →“绩效检查”组 →“检查面板”。不使用 Excel 时，${CLI_HINT}`;

/** Shown under the title 未能加载 Office 脚本（office.js）. */
export const OFFICE_JS_FAILED = `请检查网络能否访问 appsforoffice.microsoft.com，然后重新打开检查面板；或${CLI_HINT}`;

/** One line for a finished check: what was found, where the details are, and the host's notice if any. */
export function outcomeText(outcome: CheckOutcome): string {
  const text = summaryText(outcome);
  return outcome.notice ? `${text}${outcome.notice}` : text;
}

function summaryText(outcome: CheckOutcome): string {
  const { summary } = outcome.report;
  if (summary.tables === 0) {
    return "未找到绩效目标表、运行监控表或绩效自评表。请确认表格含有“项目名称”“一级指标”等标签。";
  }
  const issues = summary.errors + summary.warnings + summary.infos;
  if (issues === 0) return `检查完成：共 ${summary.tables} 张表，未发现问题。`;
  return (
    `检查完成：共 ${summary.tables} 张表，${countsText(outcome.report)}。` +
    `已标记 ${outcome.marked} 个单元格，详见“检查结果”工作表。`
  );
}

export function countsText(report: Report): string {
  const s = report.summary;
  return `错误 ${s.errors} 个、警告 ${s.warnings} 个、提示 ${s.infos} 个`;
}

/** The message of a failure: a host's Chinese sentence as is, anything else prefixed. */
export function errorText(e: unknown, action = "检查"): string {
  if (e instanceof Error && e.name === "HostError") return e.message;
  return `${action}未完成：${errorDetail(e)}`;
}

/** Said when a part of the pane loaded on demand (webpack's ChunkLoadError) could not be fetched. */
export const CHUNK_FAILED = "未能从网站加载检查面板的部分脚本（网络可能中断），请稍后再试或重新打开检查面板";

/** What went wrong, without saying what was being done: for a sentence that already says it. */
export function errorDetail(e: unknown): string {
  if (e instanceof Error && e.name === "ChunkLoadError") return CHUNK_FAILED;
  return (e instanceof Error ? e.message : String(e)) || "未知错误";
}

/** What 清除标记 reports, in the pane and from the WPS ribbon. */
export function clearedText(n: number): string {
  return n > 0 ? `已清除 ${n} 个单元格的标记，并恢复原有的填充色和批注。` : "没有需要清除的标记。";
}
