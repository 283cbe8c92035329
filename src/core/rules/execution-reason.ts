import { isBlankCell } from "../read/cells";
import { round2 } from "../score/self-evaluation";
import { normalizeLabel } from "../text";
import { defineRule } from "./types";

/** The form's own instruction left in the reason cell (四川 2023: 预算执行率未达到90%的需说明原因(100字以内)): no reason. */
const FORM_NOTE = /未达到\d+(\.\d+)?%的?(需|须|应)说明原因/;

/** A reason that says nothing: 无, /, 略, a dash. */
const NO_REASON = /^(无|\/|略|-+|—+)$/;

/**
 * A 预算执行率 under the form's floor needs a written reason beside it (四川: 预算执行率 =
 * 预算执行数 ÷ 调整后预算数, 未达到90%的需说明原因). It runs where the profile's self-evaluation form
 * asks for it (forms.executionReason), with the floor of options.executionReasonPercent.
 */
export const executionReason = defineRule({
  id: "execution-reason",
  severity: "error",
  kinds: ["self-evaluation"],
  requires: "executionReason",
  options: ["executionReasonPercent"],
  docs: {
    name: "执行率低未说明原因",
    description: "预算执行率低于规定比例（四川为 90%）时，须在资金情况的“原因”中写明原因",
  },
  messages: {
    blank: "预算执行率 {{rate}} 低于 {{floor}}%，须在此写明执行率低的原因（100字以内）。",
    noColumn:
      "预算执行率 {{rate}} 低于 {{floor}}%，须说明原因，但资金情况中没有“原因”列。请在资金情况表头末尾加上“原因”列并填写。",
  },
  check(table, ctx) {
    const ex = ctx.analysis.selfEvaluation?.execution;
    const info = table.selfEvaluation;
    if (!ex || ex.rate === null || !info) return;
    // As the table shows it (two decimals of a percent): 89.996% is 90.00%, not under 90.
    const rate = round2(ex.rate * 100);
    const floor = ctx.settings.executionReasonPercent;
    if (rate >= floor) return;
    const data = { rate: `${rate.toFixed(2)}%`, floor };
    const reason = info.reason;
    if (reason) {
      const said = isBlankCell(reason) ? "" : normalizeLabel(reason.text);
      if (!said || NO_REASON.test(said) || FORM_NOTE.test(said)) ctx.report({ cell: reason, messageId: "blank", data });
      return;
    }
    const at = info.rate ?? info.spent;
    if (at) ctx.report({ cell: at, messageId: "noColumn", data });
  },
});
