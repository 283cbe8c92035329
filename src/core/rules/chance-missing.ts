import { CHANCES } from "../categories";
import { normalizeLabel } from "../text";
import { isBlankCell } from "../read/cells";
import { indicatorLabel } from "../score/explain";
import { defineRule } from "./types";

const CHOICES = CHANCES.join(" / ");

/** 完成可能性 is one of 确定能 / 有可能 / 完全不可能 on every monitored indicator. */
export const chanceMissing = defineRule({
  id: "chance-missing",
  severity: "warning",
  kinds: ["monitoring"],
  docs: {
    name: "缺完成可能性",
    description: `“完成可能性”未填写或不是 ${CHOICES}`,
  },
  messages: {
    blank: `{{name}} 的“完成可能性”未填写。请选择 ${CHOICES}。`,
    other: `{{name}} 的“完成可能性”写的是“{{text}}”。请选择 ${CHOICES}。`,
  },
  check(table, ctx) {
    if (!table.header?.columns.chance) return;
    const indicators = table.indicators;
    for (let i = 0; i < indicators.length; i++) {
      const it = indicators[i];
      const cell = it.chance;
      if (!cell) continue;
      if (isBlankCell(cell)) ctx.report({ cell, messageId: "blank", data: { name: indicatorLabel(it) } });
      else if (!CHANCES.includes(normalizeLabel(cell.text)))
        ctx.report({ cell, messageId: "other", data: { name: indicatorLabel(it), text: cell.text.trim() } });
    }
  },
});
