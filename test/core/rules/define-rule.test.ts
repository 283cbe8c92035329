import { checkWorkbook } from "../../../src/core/engine";
import { defineRule } from "../../../src/core/rules/types";
import { seedWorkbookSnapshot } from "../../fixtures/seed";

/** Typed messages: tsc (npm test's typecheck) rejects a report whose data leaves a placeholder unfilled. */
const typed = defineRule({
  id: "test-typed",
  severity: "info",
  kinds: ["target"],
  docs: { name: "测试", description: "typed messages" },
  messages: { budget: "预算数 {{value}}（{{unit}}）", plain: "没有占位符" },
  check(table, ctx) {
    const cell = table.funds?.budget;
    if (!cell) return;
    ctx.report({ cell, messageId: "budget", data: { value: cell.text, unit: "万元" } });
    ctx.report({ cell, messageId: "plain" });
    if (table.indicators.length < 0) {
      // @ts-expect-error -- {{unit}} left unfilled
      ctx.report({ cell, messageId: "budget", data: { value: 1 } });
      // @ts-expect-error -- a messageId the rule does not declare
      ctx.report({ cell, messageId: "other" });
    }
  },
});

test("a rule declared with defineRule reports its typed messages through the engine", () => {
  const f = checkWorkbook(seedWorkbookSnapshot(), null, [typed]).report.findings.filter((x) => x.table === 0);
  expect(f.map((x) => [x.messageId, x.message, x.data])).toEqual([
    ["budget", "预算数 0.81（万元）", { value: "0.81", unit: "万元" }],
    ["plain", "没有占位符", {}],
  ]);
});
