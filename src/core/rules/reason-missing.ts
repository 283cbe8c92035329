import type { CellRef, Indicator } from "../model";
import { isBlankCell } from "../read/cells";
import { indicatorLabel, lightName, show, showPercent } from "../score/explain";
import { normalizeLabel } from "../text";
import type { Rule, RuleContext } from "./types";

/** A floor (≥, >) the Hebei note applies to. */
function isFloor(it: Indicator): boolean {
  return it.parsed.kind === "numeric" && (it.parsed.op === ">=" || it.parsed.op === ">");
}

/** Where the reason goes: the reason column, else the actual cell (the table has no reason column). */
function reasonCell(it: Indicator): CellRef | null {
  return it.reason ?? it.actual ?? null;
}

function needsReason(it: Indicator): boolean {
  return !it.reason || isBlankCell(it.reason);
}

function monitoring(table: Parameters<Rule["check"]>[0], ctx: RuleContext): void {
  const m = ctx.analysis.monitoring;
  if (!m) return;
  const note = ctx.settings.overTargetNotePercent;
  table.indicators.forEach((it, i) => {
    const row = m.rows[i];
    const cell = reasonCell(it);
    if (!cell || !needsReason(it)) return;
    const name = indicatorLabel(it);
    if (row.light === "red" || row.light === "yellow")
      ctx.report({ cell, messageId: "light", data: { name, light: lightName(row.light) } });
    else if (it.chance && normalizeLabel(it.chance.text) === "完全不可能")
      ctx.report({ cell, messageId: "impossible", data: { name } });
    else if (note !== null && isFloor(it) && row.v !== null && row.v > 100 + note)
      ctx.report({
        cell,
        messageId: "overTarget",
        severity: "warning",
        data: { name, v: showPercent(row.v), note },
      });
  });
}

function selfEvaluation(table: Parameters<Rule["check"]>[0], ctx: RuleContext): void {
  const a = ctx.analysis.selfEvaluation;
  if (!a) return;
  const tol = ctx.settings.scoreTolerance;
  const note = ctx.settings.overTargetNotePercent;
  table.indicators.forEach((it, i) => {
    const row = a.rows[i];
    const cell = reasonCell(it);
    if (!cell || !needsReason(it)) return;
    const name = indicatorLabel(it);
    if (row.used !== null && row.used < row.weight - tol)
      ctx.report({
        cell,
        messageId: "belowWeight",
        data: { name, score: show(row.used), weight: show(row.weight) },
      });
    else if (note !== null && isFloor(it) && row.ratio !== null && row.ratio * 100 > 100 + note)
      ctx.report({
        cell,
        messageId: "overTarget",
        severity: "warning",
        data: { name, v: showPercent(row.ratio * 100), note },
      });
  });
}

/** Red and yellow lights, and scores below their weight, require a deviation reason (domain.md §4, §5). */
export const reasonMissing: Rule = {
  id: "reason-missing",
  severity: "error",
  kinds: ["monitoring", "self-evaluation"],
  docs: { description: "红灯、黄灯或得分低于分值时未填写偏差原因；超出指标值较多时也应说明" },
  messages: {
    light: "{{name}} 为{{light}}，必须填写偏差原因说明：原因（人员、制度、经费或其他）和纠偏措施。",
    impossible: "{{name}} 的完成可能性为“完全不可能”，必须写明原因和下一步措施。",
    belowWeight:
      "{{name}} 得分 {{score}} 低于分值 {{weight}}，须在“偏差原因分析及改进措施”中写明未完成的原因和改进措施。",
    overTarget: "{{name}} 完成 {{v}}，超出目标 {{note}}% 以上，应说明偏差原因（目标是否定得偏低）。",
  },
  check(table, ctx) {
    if (table.kind === "monitoring") monitoring(table, ctx);
    else selfEvaluation(table, ctx);
  },
};
