import { IMPOSSIBLE, REASON_COLUMN } from "../categories";
import type { Indicator, Table } from "../model";
import { isBlankCell } from "../read/cells";
import { indicatorLabel, lightName, show, showPercent } from "../score/explain";
import { normalizeLabel } from "../text";
import { defineRule, type ReportDescriptor, type RuleContext } from "./types";

/** A floor (≥, >) the Hebei note applies to. */
function isFloor(it: Indicator): boolean {
  return it.parsed.kind === "numeric" && (it.parsed.op === ">=" || it.parsed.op === ">");
}

/** Why an indicator needs a reason: the finding to report where its reason is blank. */
type Need = Pick<ReportDescriptor, "messageId" | "data" | "severity">;

/** Needs of a monitored table's indicators whose reason is blank or has no column, by indicator. */
function monitoring(table: Table, ctx: RuleContext): (Need | null)[] {
  const m = ctx.analysis.monitoring;
  if (!m) return [];
  const note = ctx.settings.overTargetNotePercent;
  return table.indicators.map((it, i): Need | null => {
    if (!isBlankCell(it.reason)) return null;
    const row = m.rows[i];
    const name = indicatorLabel(it);
    if (row.light === "red" || row.light === "yellow")
      return { messageId: "light", data: { name, light: lightName(row.light) } };
    if (it.chance && normalizeLabel(it.chance.text) === IMPOSSIBLE) return { messageId: "impossible", data: { name } };
    if (note !== null && isFloor(it) && row.v !== null && row.v > 100 + note)
      return { messageId: "overTarget", severity: "warning", data: { name, v: showPercent(row.v), note } };
    return null;
  });
}

function selfEvaluation(table: Table, ctx: RuleContext): (Need | null)[] {
  const a = ctx.analysis.selfEvaluation;
  if (!a) return [];
  const tol = ctx.settings.scoreTolerance;
  const note = ctx.settings.overTargetNotePercent;
  return table.indicators.map((it, i): Need | null => {
    if (!isBlankCell(it.reason)) return null;
    const row = a.rows[i];
    const name = indicatorLabel(it);
    if (row.used !== null && row.used < row.weight - tol)
      return { messageId: "belowWeight", data: { name, score: show(row.used), weight: show(row.weight) } };
    if (note !== null && isFloor(it) && row.ratio !== null && row.ratio * 100 > 100 + note)
      return { messageId: "overTarget", severity: "warning", data: { name, v: showPercent(row.ratio * 100), note } };
    return null;
  });
}

/** Red and yellow lights, and scores below their weight, require a deviation reason (domain.md §4, §5). */
export const reasonMissing = defineRule({
  id: "reason-missing",
  severity: "error",
  kinds: ["monitoring", "self-evaluation"],
  options: ["overTargetNotePercent", "scoreTolerance", "lights"],
  docs: {
    name: "缺偏差原因",
    description: "红灯、黄灯或得分低于分值时未填写偏差原因；超出指标值较多时也应说明",
  },
  messages: {
    light: "{{name}} 为{{light}}，必须填写偏差原因说明：原因（人员、制度、经费或其他）和纠偏措施。",
    impossible: `{{name}} 的完成可能性为“${IMPOSSIBLE}”，必须写明原因和下一步措施。`,
    belowWeight: `{{name}} 得分 {{score}} 低于分值 {{weight}}，须在“${REASON_COLUMN["self-evaluation"]}”中写明未完成的原因和改进措施。`,
    overTarget: "{{name}} 完成 {{v}}，超出目标 {{note}}% 以上，应说明偏差原因（目标是否定得偏低）。",
    noColumn:
      "{{names}} 需要说明偏差原因，但表头中没有“{{column}}”列。请在指标表头加上“{{column}}”列，并逐项填写原因和改进措施。",
  },
  check(table, ctx) {
    const needs = table.kind === "monitoring" ? monitoring(table, ctx) : selfEvaluation(table, ctx);
    const header = table.header;
    if (header && !header.columns.reason) {
      // No column to write the reason in: one finding on the header, not one per row on cells
      // that hold something else (typing the reason into the actual cell would overwrite it).
      const names = needs.flatMap((n, i) => (n ? [indicatorLabel(table.indicators[i])] : []));
      if (!names.length) return;
      ctx.report({
        cell: header.columns.level1 ?? header.columns.target ?? { row: header.row, col: table.range.left },
        messageId: "noColumn",
        // An error when any indicator must explain itself; the over-target note alone is a warning.
        severity: needs.some((n) => n && n.severity === undefined) ? undefined : "warning",
        data: {
          names: names.join("、"),
          column: REASON_COLUMN[table.kind === "monitoring" ? "monitoring" : "self-evaluation"],
        },
      });
      return;
    }
    // The needs were worked out apart from their message ids' types: reported untyped (the engine
    // and the rule tester still refuse an undeclared id or an unfilled placeholder).
    const report: RuleContext["report"] = ctx.report;
    needs.forEach((n, i) => {
      const cell = table.indicators[i].reason;
      if (n && cell) report({ cell, ...n });
    });
  },
});
