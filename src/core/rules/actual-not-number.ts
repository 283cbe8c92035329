import { readShown } from "../money";
import { isBlankCell } from "../read/cells";
import { indicatorLabel, show, unitOf } from "../score/explain";
import { isNumericTarget } from "../score/actual";
import { defineRule } from "./types";

/** A numeric target answered with words (完成 for ≥40批次), and money cells holding text. */
export const actualNotNumber = defineRule({
  id: "actual-not-number",
  severity: "error",
  kinds: ["monitoring", "self-evaluation"],
  docs: {
    name: "完成值不是数字",
    description: "数值型指标的完成值填了文字（如“完成”），或支出金额不是数字",
  },
  messages: {
    indicator: "{{name}} 的指标值是数值（{{target}}），完成值却写的是“{{text}}”。请填写数值，如 {{example}}。",
    unit: "{{name}} 的指标值单位是“{{unit}}”，完成值写的是“{{text}}”。请按指标值的单位填写，如 {{example}}。",
    spend: "截至{{month}}月底的实际累计支出写的是“{{text}}”。请填写金额（万元），如 {{example}}。",
    spent: "“全年执行数”写的是“{{text}}”。请填写金额（万元），如 {{example}}。",
  },
  check(table, ctx) {
    const rows = ctx.analysis.monitoring?.rows ?? ctx.analysis.selfEvaluation?.rows ?? [];
    table.indicators.forEach((it, i) => {
      const t = it.parsed;
      const reading = rows[i]?.reading;
      // A text reading is of a non-blank actual cell.
      if (!it.actual || reading?.kind !== "text" || !isNumericTarget(t)) return;
      const u = unitOf(t);
      const example = `${show(t.kind === "range" ? t.min : t.value)}${u}`;
      // A number in a unit the target cannot take (50% for ≥40批次) gets its own message.
      ctx.report({
        cell: it.actual,
        messageId: reading.wrongUnit ? "unit" : "indicator",
        data: { name: indicatorLabel(it), target: it.targetText, text: reading.text, unit: u, example },
      });
    });
    const budget = table.funds ? readShown(table.funds.budget) : null;
    const example = budget ? budget.big.div(2).toFixed(2) : "50.00";
    const m = ctx.analysis.monitoring;
    if (m?.spendProblem === "not-number" && m.spendCheckpoint?.actual)
      ctx.report({
        cell: m.spendCheckpoint.actual,
        messageId: "spend",
        data: { month: m.spendCheckpoint.month, text: m.spendCheckpoint.actual.text.trim(), example },
      });
    const spent = table.selfEvaluation?.spent;
    if (spent && !isBlankCell(spent) && !readShown(spent))
      ctx.report({ cell: spent, messageId: "spent", data: { text: spent.text.trim(), example } });
  },
});
