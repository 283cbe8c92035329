import { Big } from "../money";
import type { CellRef, Indicator, Table } from "../model";
import { fundsRowName, indicatorLabel, show } from "../score/explain";
import { readEntered, type SelfEvaluationAnalysis } from "../score/self-evaluation";
import { fullScore } from "../score/weights";
import { squash } from "../text";
import { columnName } from "./support";
import { defineRule } from "./types";

/** Where the table gives 分值, they are all numbers and add up to the full score (100 by default). */
export const weightsSum = defineRule({
  id: "weights-sum",
  severity: "error",
  kinds: ["self-evaluation", "target"],
  options: ["weights", "blockShare"],
  docs: {
    name: "分值合计不对",
    description:
      "分值（权重）未填全、不是数字、资金分项重复计分，或合计不等于满分（默认 100）或所在部分的分值（如 年度绩效目标1(40分)）",
  },
  messages: {
    blank: "{{name}} 的分值未填写。其他指标已填分值，各项分值合计应为 {{target}}。",
    notNumber: "{{name}} 的分值写的是“{{text}}”，应为数字。",
    fundsRow:
      "{{name}} 行也填了分值 {{weight}}。预算执行的分值只计一次，填在{{total}}行（{{totalWeight}}分）。请删去此行的分值和得分，以免重复计分。",
    targetSum:
      "各指标{{column}}（{{cells}}）合计为 {{sum}}，应为 {{target}}。请调整各指标{{column}}，使合计为 {{target}}。",
    sum: "分值合计为 {{sum}}（执行率 {{execution}} + 各指标 {{indicators}}），应为 {{target}}。请调整各指标分值，使合计为 {{target}}。",
    block: "“{{block}}”的分值为 {{target}}，其下各项分值合计为 {{sum}}。请调整各项分值，使合计为 {{target}}。",
  },
  check(table, ctx) {
    const a = ctx.analysis.selfEvaluation;
    if (a) reportFundsRowWeights(table, a, ctx.report);
    // A target table without a 权重 column (most forms) has nothing to add up.
    else if (!table.indicators.some(hasWeightCell)) return;
    // A target table's 权重 column (Sichuan's form): the indicators alone make the full score.
    const cells = a ? a.rows.map((r) => r.weightCell) : table.indicators.map((it) => readEntered(it.weight));
    if (!(a ? a.weightsFromTable : cells.some((w) => w.kind !== "blank"))) return;
    const full = a ? a.weightTarget : fullScore(ctx.settings.weights);
    const target = show(full);
    // A blank 分值 is missing where its neighbours (in the same weighted block, or outside any) have theirs.
    const innermost = (i: number) => table.indicators[i].blocks?.at(-1) ?? null;
    const written = new Set(cells.flatMap((w, i) => (w.kind === "blank" ? [] : [innermost(i)])));
    let broken = false;
    table.indicators.forEach((it, i) => {
      const w = cells[i];
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
    if (!a) {
      // Stacked projects share one header: the first weight of the table's own rows is where the user looks.
      const own = table.indicators.flatMap((it) => (it.weight ? [it.weight] : []));
      const sum = cells.reduce((t, w) => (w.kind === "number" ? t.plus(w.value) : t), new Big(0));
      if (!own.length || sum.round(2).eq(new Big(full).round(2))) return;
      const column = columnName(table.header?.columns.weight, "权重").replace(/\(.*\)$/, "");
      const range = `${own[0].address}:${own[own.length - 1].address}`;
      ctx.report({
        cell: own[0],
        messageId: "targetSum",
        data: { column, cells: range, sum: show(sum.toNumber()), target },
      });
      return;
    }
    const weightSums = a.weightSums;
    for (let i = 0; i < weightSums.length; i++) {
      const part = weightSums[i];
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

function hasWeightCell(it: Indicator): boolean {
  return !!it.weight;
}

/** 分值 on the rows under the funds total (基本支出, 项目支出) besides the total's own: counted twice. */
function reportFundsRowWeights(
  table: Table,
  a: SelfEvaluationAnalysis,
  report: (d: {
    cell: CellRef;
    messageId: "fundsRow";
    data: Record<"name" | "weight" | "total" | "totalWeight", string>;
  }) => void,
): void {
  const info = table.selfEvaluation;
  const total = readEntered(info?.weight);
  if (!info?.weight || !info.budgetFull || info.weight.row !== info.budgetFull.row || total.kind !== "number") return;
  const totalName = squash(table.funds?.budgetLabel.text ?? "").replace(/[:：]$/, "") || "资金总额";
  for (const f of a.fundsRows)
    if (f.weight.kind === "number" && f.row.weight)
      report({
        cell: f.row.weight,
        messageId: "fundsRow",
        data: {
          name: fundsRowName(f.row),
          weight: show(f.weight.value),
          total: totalName,
          totalWeight: show(total.value),
        },
      });
}
