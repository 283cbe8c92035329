import { defineRule } from "./types";
import { indicatorName } from "./support";
import { isBlankCell } from "../read/cells";

/** 指标值确定依据 is filled wherever the table has the column. */
export const basisEmpty = defineRule({
  id: "basis-empty",
  severity: "warning",
  kinds: ["target"],
  docs: {
    name: "缺指标值依据",
    description: "有“指标值确定依据”列时，每个指标都应填写确定依据",
  },
  messages: {
    empty: "“{{name}}”的指标值确定依据为空。请写明指标值的来源，如 根据工作计划安排、上年完成情况、相关标准或文件。",
  },
  check(table, ctx) {
    if (!table.header?.columns.targetBasis) return;
    const indicators = table.indicators;
    for (let i = 0; i < indicators.length; i++) {
      const it = indicators[i];
      if (!it.targetBasis || !isBlankCell(it.targetBasis)) continue;
      ctx.report({ cell: it.targetBasis, messageId: "empty", data: { name: indicatorName(it) } });
    }
  },
});
