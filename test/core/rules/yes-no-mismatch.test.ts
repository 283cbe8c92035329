import { yesNoMismatch } from "../../../src/core/rules/yes-no-mismatch";
import { ruleTester } from "../../support/rule-tester";
import { ALL_MET, selfEvaluationSheet, withRow } from "./in-year";

ruleTester(yesNoMismatch, {
  valid: [
    { name: "是 / 否 as expected", sheet: selfEvaluationSheet() },
    { name: "未超预算 is 否", sheet: selfEvaluationSheet(1, withRow(ALL_MET, "actual", 4, "未超预算")) },
    {
      name: "办公设备购置: 否 to 是否超预算支出",
      sheet: selfEvaluationSheet(0, { actual: [2, { value: 1, numFmt: "0%" }, "已完成", "达成", "否", 0.95] }),
    },
  ],
  invalid: [
    {
      name: "是 to 是否超预算支出",
      sheet: selfEvaluationSheet(1, withRow(ALL_MET, "actual", 4, "是")),
      errors: [{ cell: "F17", message: "“是否超预算支出”应为“否”，实际填写“是”" }],
    },
    {
      name: "否 to 是否严格执行接待标准",
      sheet: selfEvaluationSheet(1, withRow(ALL_MET, "actual", 3, "否")),
      errors: [{ cell: "F16", message: "应为“是”" }],
    },
  ],
});
