import type { CheckResult } from "./engine";
import type { TableKind } from "./model";
import { compareSeverity, type Finding } from "./report";
import type { Severity } from "./settings";
import { ruleName } from "./rule-names";
import { awaitingInput } from "./rules/awaiting-input";
import { toA1 } from "./snapshot";
import { lightName } from "./score/explain";
import {
  FILLS,
  LIGHT_FILLS,
  NOTE_PREFIX,
  SUMMARY_SHEET,
  SUMMARY_TITLE,
  LEGEND_LABEL,
  type CellMark,
  type CellWrite,
  type PrintSetup,
  type SummaryCell,
  type WritePlan,
} from "./plan-types";

export * from "./plan-types";

const SEVERITY_NAMES: Record<Severity, string> = { error: "错误", warning: "警告", info: "提示" };
const KIND_NAMES: Record<TableKind, string> = {
  target: "绩效目标表",
  monitoring: "运行监控表",
  "self-evaluation": "绩效自评表",
};

export function severityName(s: Severity): string {
  return SEVERITY_NAMES[s];
}

export function kindName(k: TableKind): string {
  return KIND_NAMES[k];
}

/** One note per cell, every finding on it, the worst first; cells in the order first reported. */
function marksOf(findings: Finding[]): CellMark[] {
  // Grouped by sheet, then cell: no key string is built per finding.
  const bySheet = new Map<string, Map<string, Finding[]>>();
  const groups: Finding[][] = [];
  for (let i = 0; i < findings.length; i++) {
    const f = findings[i];
    let cells = bySheet.get(f.sheet);
    if (!cells) bySheet.set(f.sheet, (cells = new Map()));
    const list = cells.get(f.cell);
    if (list) list.push(f);
    else {
      const group = [f];
      cells.set(f.cell, group);
      groups.push(group);
    }
  }
  const marks: CellMark[] = [];
  for (let g = 0; g < groups.length; g++) {
    const list = groups[g];
    if (list.length > 1) list.sort((a, b) => compareSeverity(a.severity, b.severity));
    const first = list[0];
    let note = NOTE_PREFIX;
    for (let i = 0; i < list.length; i++) note += `\n${SEVERITY_NAMES[list[i].severity]}：${list[i].message}`;
    marks.push({
      sheet: first.sheet,
      cell: first.cell,
      row: first.row,
      col: first.col,
      severity: first.severity,
      fill: FILLS[first.severity],
      note,
    });
  }
  return marks;
}

function writesOf(result: CheckResult): CellWrite[] {
  const writes: CellWrite[] = [];
  result.analyses.forEach((a, i) => {
    const sheet = result.tables[i].sheet;
    for (const c of a.computed) {
      writes.push({
        sheet,
        cell: toA1(c.row, c.col),
        row: c.row,
        col: c.col,
        value: c.value,
        numFmt: c.numFmt,
        fill: c.fill,
        note: `${NOTE_PREFIX}${c.note}`,
      });
    }
  });
  return writes;
}

/** What each mark colour means: the legend on the 检查结果 sheet. */
const LEGEND: [Severity, string][] = [
  ["error", "必须改正"],
  ["warning", "请核对，多需修改"],
  ["info", "供参考或待填写"],
];

/** Marked sheets print their notes after the sheet, each with its cell, under the sheet's name. */
const NOTES_AT_END: PrintSetup = { notesAtEnd: true, sheetNameHeader: true };

export interface PlanOptions {
  /** Shown in the summary's first row, e.g. "2026-11-23 10:30" (hosts pass it; the engine has no clock). */
  checkedAt?: string;
  /** The workbook's file name, when known. */
  source?: string;
}

/** Report -> what the host writes: marks with notes, computed cells, and the 检查结果 sheet. */
export function planWrites(result: CheckResult, options: PlanOptions = {}): WritePlan {
  const { report, tables } = result;
  const rows: SummaryCell[][] = [];
  const s = report.summary;
  const headline = [options.source, options.checkedAt].filter(Boolean).join("  ");
  rows.push([{ value: SUMMARY_TITLE, bold: true }, { value: headline || null }]);
  rows.push([
    {
      value:
        s.tables === 0
          ? "未找到绩效表：请确认表中有“项目名称”“一级指标”等标签。"
          : `共 ${s.tables} 张表、${s.indicators} 个指标：错误 ${s.errors} 个，警告 ${s.warnings} 个，提示 ${s.infos} 个。`,
      fill: s.errors > 0 ? FILLS.error : s.warnings > 0 ? FILLS.warning : undefined,
    },
  ]);
  LEGEND.forEach(([severity, meaning], i) =>
    rows.push([
      { value: i === 0 ? LEGEND_LABEL : null, bold: i === 0 },
      { value: SEVERITY_NAMES[severity], fill: FILLS[severity] },
      { value: meaning },
    ]),
  );
  rows.push([{ value: "单元格按最严重的问题着色，备注写明问题和改法；打印时备注附在各工作表之后。" }]);
  rows.push([]);
  rows.push(
    ["工作表", "表类型", "项目编码", "项目名称", "预算数（万元）", "错误", "警告", "提示", "结果"].map((v) => ({
      value: v,
      bold: true,
    })),
  );
  const awaiting = new Set(report.findings.filter((f) => f.rule === awaitingInput.id).map((f) => f.table));
  report.tables.forEach((t, i) => {
    const table = tables[i];
    const anchor = table.projectName ?? table.header ?? { row: table.range.top, col: table.range.left };
    const link = { sheet: t.sheet, cell: toA1(anchor.row, "col" in anchor ? anchor.col : table.range.left) };
    let outcome: SummaryCell = { value: t.errors > 0 ? "有错误" : t.warnings > 0 ? "有警告" : "通过" };
    if (t.light) outcome = { value: lightName(t.light), fill: LIGHT_FILLS[t.light] };
    if (t.score !== undefined) outcome = { value: `${t.score.toFixed(2)} 分（${t.grade ?? ""}）` };
    else if (t.kind === "self-evaluation") outcome = { value: "未评分" };
    if (awaiting.has(i)) outcome = { value: t.kind === "self-evaluation" ? "待填写，未评分" : "待填写" };
    rows.push([
      { value: t.sheet, link },
      { value: KIND_NAMES[t.kind] },
      { value: t.projectCode || null },
      { value: t.projectName || null, link },
      { value: t.budget, numFmt: "0.00" },
      { value: t.errors, fill: t.errors ? FILLS.error : undefined },
      { value: t.warnings, fill: t.warnings ? FILLS.warning : undefined },
      { value: t.infos },
      outcome,
    ]);
  });
  rows.push([]);
  // The findings' header repeats on every printed page.
  const findingsHeader = rows.length;
  rows.push(["级别", "工作表", "项目编码", "问题及修改建议", "单元格", "规则"].map((v) => ({ value: v, bold: true })));
  // A cell that repeats down the rows (level, sheet, project, rule) is one object, shared: hosts only
  // read the plan, and a workbook's thousands of findings would otherwise make four objects each.
  const levels: Record<Severity, SummaryCell> = {
    error: { value: SEVERITY_NAMES.error, fill: FILLS.error },
    warning: { value: SEVERITY_NAMES.warning, fill: FILLS.warning },
    info: { value: SEVERITY_NAMES.info, fill: FILLS.info },
  };
  let sheetCell: SummaryCell = { value: null };
  let codeCell: SummaryCell = { value: null };
  let ruleCell: SummaryCell = { value: null };
  let sheet: string | null = null;
  let code: string | null = null;
  let rule: string | null = null;
  const findings = report.findings;
  for (let i = 0; i < findings.length; i++) {
    const f = findings[i];
    if (f.sheet !== sheet) {
      sheet = f.sheet;
      sheetCell = { value: sheet };
    }
    if (f.projectCode !== code) {
      code = f.projectCode;
      codeCell = { value: code || null };
    }
    if (f.rule !== rule) {
      rule = f.rule;
      ruleCell = { value: ruleName(rule) };
    }
    rows.push([
      levels[f.severity],
      sheetCell,
      codeCell,
      { value: f.message },
      { value: f.cell, link: { sheet: f.sheet, cell: f.cell } },
      ruleCell,
    ]);
  }
  const marks = marksOf(report.findings);
  const marked = new Set(marks.map((m) => m.sheet));
  return {
    marks,
    writes: writesOf(result),
    summary: {
      name: SUMMARY_SHEET,
      widths: [16, 14, 24, 60, 14, 24, 8, 8, 14],
      rows,
      print: {
        orientation: "landscape",
        fitToWidth: true,
        titleRows: { first: findingsHeader, last: findingsHeader },
        gridlines: true,
      },
    },
    sheetPrint: [...marked].map((sheet) => ({ sheet, print: NOTES_AT_END })),
  };
}
