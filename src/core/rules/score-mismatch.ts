import { readShown } from "../money";
import { isBlankCell } from "../read/cells";
import { fundsRowName, indicatorLabel, scoreText, show, showWan, showPercent } from "../score/explain";
import { rateShownRight } from "../score/self-evaluation";
import { defineRule } from "./types";

/** Entered scores (and 执行率) that differ from what the formulas give by more than the tolerance. */
export const scoreMismatch = defineRule({
  id: "score-mismatch",
  severity: "error",
  kinds: ["self-evaluation"],
  options: ["scoreTolerance", "weights", "blockShare"],
  docs: {
    name: "得分与计算不符",
    description: "填写的得分或总分与按公式计算的结果相差超过允许误差，或执行率不是计算结果按所填位数四舍五入的值",
  },
  messages: {
    indicator: "{{name}} 得分应为 {{computed}}（{{how}}），现为 {{score}}。",
    execution:
      "执行率得分应为 {{computed}}（执行率 {{rate}} × 分值 {{weight}}，执行率超过100%按100%计），现为 {{score}}。",
    rate: "执行率应为 {{computed}}（全年执行数 {{spent}} ÷ 全年预算数 {{budget}}），现为 {{rate}}。",
    fundsRow:
      "{{name}} 得分应为 {{computed}}（本行执行数 ÷ 预算数 = {{rate}}，× 分值 {{weight}}；执行率超过100%按100%计），现为 {{score}}。",
    total: "总分应为各项得分之和 {{computed}}，现为 {{score}}。",
    notNumber: "得分应为数字，现为“{{text}}”。请填写分数（最多两位小数），或留空由检查计算。",
  },
  check(table, ctx) {
    const a = ctx.analysis.selfEvaluation;
    const info = table.selfEvaluation;
    if (!a) return;
    const tol = ctx.settings.scoreTolerance;
    table.indicators.forEach((it, i) => {
      const row = a.rows[i];
      if (!it.score) return;
      if (row.entered.kind === "text") {
        ctx.report({ cell: it.score, messageId: "notNumber", data: { text: row.entered.text } });
        return;
      }
      // Qualitative scores are judged against their band (score-out-of-band), not a single figure.
      if (row.level || row.entered.kind !== "number" || row.computed === null) return;
      if (Math.abs(row.entered.value - row.computed) <= tol) return;
      ctx.report({
        cell: it.score,
        messageId: "indicator",
        data: {
          name: indicatorLabel(it),
          computed: show(row.computed),
          how: scoreText(it, row),
          score: show(row.entered.value),
        },
      });
    });
    const ex = a.execution;
    if (info?.rate && !isBlankCell(info.rate) && ex.spent !== null && ex.budgetFull && ex.rate !== null) {
      const entered = readShown(info.rate);
      // A printed rate is right when it is the computed one rounded to the places it prints.
      if (entered && !rateShownRight(entered, ex.spent, ex.budgetFull))
        ctx.report({
          cell: info.rate,
          messageId: "rate",
          data: {
            computed: showPercent(ex.rate * 100),
            spent: showWan(ex.spent),
            budget: showWan(ex.budgetFull),
            rate: info.rate.text.trim(),
          },
        });
    }
    if (info?.score) {
      if (ex.entered.kind === "text")
        ctx.report({ cell: info.score, messageId: "notNumber", data: { text: ex.entered.text } });
      else if (
        ex.entered.kind === "number" &&
        ex.computed !== null &&
        ex.rate !== null &&
        Math.abs(ex.entered.value - ex.computed) > tol
      )
        ctx.report({
          cell: info.score,
          messageId: "execution",
          data: {
            computed: show(ex.computed),
            rate: showPercent(ex.rate * 100),
            weight: show(ex.weight),
            score: show(ex.entered.value),
          },
        });
    }
    const fundsRows = a.fundsRows;
    for (let i = 0; i < fundsRows.length; i++) {
      const f = fundsRows[i];
      const { entered, computed, rate, weight } = f;
      if (entered.kind !== "number" || computed === null || rate === null || weight.kind !== "number") continue;
      if (Math.abs(entered.value - computed) <= tol) continue;
      ctx.report({
        cell: f.row.score!,
        messageId: "fundsRow",
        data: {
          name: fundsRowName(f.row),
          computed: show(computed),
          rate: showPercent(rate * 100),
          weight: show(weight.value),
          score: show(entered.value),
        },
      });
    }
    if (info?.total) {
      const t = a.enteredTotal;
      if (t.kind === "text") ctx.report({ cell: info.total, messageId: "notNumber", data: { text: t.text } });
      else if (t.kind === "number" && a.complete && Math.abs(t.value - a.total) > tol)
        ctx.report({
          cell: info.total,
          messageId: "total",
          data: { computed: a.total.toFixed(2), score: show(t.value) },
        });
    }
  },
});
