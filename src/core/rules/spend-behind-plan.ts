import { lightName, show, showWan, showPercent } from "../score/explain";
import { defineRule } from "./types";

/** The spending light (domain.md §4): red is an error, yellow a warning, at the as-of actual-spending cell. */
export const spendBehindPlan = defineRule({
  id: "spend-behind-plan",
  severity: "error",
  kinds: ["monitoring"],
  options: ["spendLights", "timeProgress"],
  docs: {
    name: "支出进度落后",
    description: "实际支出进度落后于资金支出计划（支出红灯为错误，黄灯为警告）",
  },
  messages: {
    behind:
      "截至{{month}}月底实际支出{{spent}}，占预算 {{actual}}，{{basis}} {{planned}}，支出进度 {{v}}，{{light}}（低于{{red}}%红灯，低于{{yellow}}%黄灯）。请加快支出，或写明支出滞后的原因。",
    noBudget: "预算数为空或不是金额，无法计算截至{{month}}月底的支出进度。请在“预算数（万元）”填写金额。",
  },
  check(table, ctx) {
    const m = ctx.analysis.monitoring;
    if (!m) return;
    if (m.spendProblem === "no-budget" && m.spendCheckpoint?.actual) {
      ctx.report({
        cell: table.funds?.budget ?? m.spendCheckpoint.actual,
        messageId: "noBudget",
        severity: "warning",
        data: { month: m.spendCheckpoint.month },
      });
      return;
    }
    const sp = m.spend;
    if (!sp || (sp.light !== "red" && sp.light !== "yellow")) return;
    ctx.report({
      cell: sp.checkpoint.actual!,
      messageId: "behind",
      severity: sp.light === "red" ? "error" : "warning",
      data: {
        month: sp.checkpoint.month,
        spent: sp.spent === null ? "" : ` ${showWan(sp.spent)} 万元`,
        actual: showPercent(sp.actualPercent),
        basis: sp.fromPlan ? "计划" : "序时进度",
        planned: `${show(sp.plannedPercent)}%`,
        v: showPercent(sp.v),
        light: lightName(sp.light),
        red: ctx.settings.spendLights.red,
        yellow: ctx.settings.spendLights.yellow,
      },
    });
  },
});
