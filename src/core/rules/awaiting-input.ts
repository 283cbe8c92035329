import type { CellRef, Table } from "../model";
import { isBlankCell } from "../read/cells";
import type { ReportDescriptor, Rule } from "./types";

/**
 * A table nobody has filled in yet (a template, blank or prefilled from its source): none of the
 * figures its kind is for has been entered. Such a table gets "待填写" notices instead of the
 * other rules' errors, and no lights or scores. A table the reader could not make out (no
 * 完成值 column found) is not blank: its problems are reported as usual.
 */
export function isAwaitingInput(table: Table): boolean {
  const blank = (c: CellRef | null | undefined) => isBlankCell(c);
  // Without a name or a code nothing is filled; with one, the table is a prefilled form.
  const unnamed = blank(table.projectName) && blank(table.projectCode);
  switch (table.kind) {
    case "target":
      // The form's parts found (a header, a 预算数 cell) and empty: not a table the reader misread.
      return (
        unnamed &&
        !!table.header &&
        !!table.funds &&
        blank(table.funds.budget) &&
        table.indicators.every((it) => !it.level3Text.trim() && !it.targetText.trim() && blank(it.description))
      );
    case "monitoring":
      return (
        !!table.header?.columns.actual &&
        (unnamed || table.indicators.length > 0) &&
        (table.plan?.checkpoints ?? []).every((cp) => blank(cp.actual)) &&
        table.indicators.every((it) => blank(it.actual))
      );
    case "self-evaluation":
      return (
        !!table.header?.columns.actual &&
        !!table.selfEvaluation?.spent &&
        (unnamed || table.indicators.length > 0) &&
        blank(table.selfEvaluation.spent) &&
        table.indicators.every((it) => blank(it.actual))
      );
  }
}

/** Where a blank table's indicators go: the first row under its header. */
function firstIndicatorCell(table: Table): { row: number; col: number } | null {
  const h = table.header;
  if (!h) return null;
  const at = h.columns.level3 ?? h.columns.description ?? h.columns.level1;
  return { row: h.row + 1, col: at?.col ?? table.range.left };
}

/** The notices for a table awaiting input: one per part the user still has to fill in. */
function notices(table: Table): ReportDescriptor[] {
  const out: ReportDescriptor[] = [];
  if (isBlankCell(table.projectName) && table.projectName) out.push({ cell: table.projectName, messageId: "project" });
  const first = table.indicators[0];
  if (!first) {
    const at = firstIndicatorCell(table);
    if (at) out.push({ cell: at, messageId: "indicators" });
  }
  if (table.kind === "target") {
    if (table.funds) out.push({ cell: table.funds.budget, messageId: "budget" });
    return out;
  }
  if (first?.actual) {
    const column = table.kind === "monitoring" ? "当前完成值" : "实际完成值";
    out.push({ cell: first.actual, messageId: "actuals", data: { column, count: table.indicators.length } });
  }
  if (table.kind === "monitoring") {
    const points = (table.plan?.checkpoints ?? []).filter((cp) => cp.actual);
    const asOf = table.monitoring?.asOfMonth;
    const cp = points.find((p) => p.month === asOf) ?? points[0];
    if (cp?.actual) out.push({ cell: cp.actual, messageId: "spend", data: { month: cp.month } });
  } else if (table.selfEvaluation?.spent) {
    out.push({ cell: table.selfEvaluation.spent, messageId: "spent" });
  }
  return out;
}

/** The only rule a table awaiting input runs (the engine skips the others for it). */
export const awaitingInput: Rule = {
  id: "awaiting-input",
  severity: "info",
  kinds: ["target", "monitoring", "self-evaluation"],
  docs: {
    name: "待填写",
    description: "表格尚未填写（空白模板或刚预填的表）：只提示待填写的内容，不报错误",
  },
  messages: {
    project: "待填写：项目编码和项目名称。",
    indicators: "待填写：绩效指标。请在表头下逐行填写一级、二级、三级指标和指标值。",
    budget: "待填写：预算数及资金来源（万元），预算数应等于各来源之和。",
    actuals: "待填写：{{count}} 个指标的“{{column}}”（数值，或 达成 / 部分达成 / 未达成）。",
    spend: "待填写：截至{{month}}月底的实际累计支出（万元）。",
    spent: "待填写：全年执行数（万元），用于计算执行率得分。",
  },
  check(table, ctx) {
    if (!isAwaitingInput(table)) return;
    for (const d of notices(table)) ctx.report(d);
  },
};
