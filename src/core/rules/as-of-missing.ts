import { defineRule } from "./types";

/** 监控截至 names the month every light is computed for: without it, no progress can be judged. */
export const asOfMissing = defineRule({
  id: "as-of-missing",
  severity: "error",
  kinds: ["monitoring"],
  docs: {
    name: "缺监控截至月份",
    description: "监控表缺少或读不出“监控截至”月份，无法计算完成进度和支出进度",
  },
  messages: {
    noLabel: "监控表缺少“监控截至”。请在表头加一行“监控截至 | 6月底”：完成进度和支出进度按这个月份计算。",
    blank: "“监控截至”未填写。请填写监控时点，如 6月底：完成进度和支出进度按这个月份计算。",
    unreadable: "“监控截至”写的是“{{text}}”，读不出月份。请写成“6月底”这样的月份（1月底–12月底）。",
  },
  check(table, ctx) {
    const info = table.monitoring;
    if (info?.asOfMonth) return;
    const asOf = info?.asOf ?? null;
    if (!asOf) {
      const where = table.projectNameLabel ??
        table.header?.columns.level1 ?? { row: table.range.top, col: table.range.left };
      ctx.report({ cell: where, messageId: "noLabel" });
    } else if (!asOf.text.trim()) ctx.report({ cell: asOf, messageId: "blank" });
    else ctx.report({ cell: asOf, messageId: "unreadable", data: { text: asOf.text.trim() } });
  },
});
