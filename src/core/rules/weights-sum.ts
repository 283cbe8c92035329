import { Big } from "../money";
import { indicatorLabel, show } from "../score/explain";
import { defineRule } from "./types";

/** Where the table gives 分值, they are all numbers and add up to the full score (100 by default). */
export const weightsSum = defineRule({
  id: "weights-sum",
  severity: "error",
  kinds: ["self-evaluation"],
  options: ["weights", "blockShare"],
  docs: {
    name: "分值合计不对",
    description: "分值未填全、不是数字，或合计不等于满分（默认 100）或所在部分的分值（如 年度绩效目标1(40分)）",
  },
  messages: {
    blank: "{{name}} 的分值未填写。其他指标已填分值，各项分值合计应为 {{target}}。",
    notNumber: "{{name}} 的分值写的是“{{text}}”，应为数字。",
    sum: "分值合计为 {{sum}}（执行率 {{execution}} + 各指标 {{indicators}}），应为 {{target}}。请调整各指标分值，使合计为 {{target}}。",
    block: "“{{block}}”的分值为 {{target}}，其下各项分值合计为 {{sum}}。请调整各项分值，使合计为 {{target}}。",
  },
  check(table, ctx) {
    const a = ctx.analysis.selfEvaluation;
    if (!a || !a.weightsFromTable) return;
    const target = show(a.weightTarget);
    // A blank 分值 is missing where its neighbours (in the same block, or outside any) have theirs.
    const innermost = (i: number) => table.indicators[i].blocks?.at(-1) ?? null;
    const written = new Set(a.rows.flatMap((r, i) => (r.weightCell.kind === "blank" ? [] : [innermost(i)])));
    let broken = false;
    table.indicators.forEach((it, i) => {
      const w = a.rows[i].weightCell;
      if (!it.weight) return;
      if (w.kind === "blank" && written.has(innermost(i))) {
        broken = true;
        ctx.report({ cell: it.weight, messageId: "blank", data: { name: indicatorLabel(it), target } });
      } else if (w.kind === "text") {
        broken = true;
        ctx.report({ cell: it.weight, messageId: "notNumber", data: { name: indicatorLabel(it), text: w.text } });
      }
    });
    if (broken) return;
    for (const part of a.weightSums) {
      // Cents, in decimal: 12.5 × 4 + 30 + 10 + 10 is exactly 100.
      const sum = new Big(part.sum);
      if (sum.round(2).eq(new Big(part.target).round(2))) continue;
      if (part.block) {
        ctx.report({
          cell: part.block.cell,
          messageId: "block",
          data: { block: part.block.name, target: show(part.block.weight), sum: show(part.sum) },
        });
        continue;
      }
      const cell = table.header?.columns.weight ?? table.indicators[0]?.weight ?? a.blocks[0]?.block.cell;
      if (!cell) continue;
      ctx.report({
        cell,
        messageId: "sum",
        data: {
          sum: show(sum.plus(a.execution.weight).toNumber()),
          execution: show(a.execution.weight),
          indicators: show(part.sum),
          target,
        },
      });
    }
  },
});
