import { defineRule } from "./types";

/** What the reader could not make sense of (no indicator header, no 指标值 column, no rows). */
export const tableUnreadable = defineRule({
  id: "table-unreadable",
  severity: "error",
  kinds: ["target", "monitoring", "self-evaluation"],
  docs: {
    name: "表格无法读取",
    description: "表格结构不完整，无法读取（缺指标表头、缺指标值列或没有指标行）",
  },
  messages: { problem: "{{message}}" },
  check(table, ctx) {
    for (const p of table.problems) ctx.report({ cell: p, messageId: "problem", data: { message: p.message } });
  },
});
