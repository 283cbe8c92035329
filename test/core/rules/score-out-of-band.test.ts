import { scoreOutOfBand } from "../../../src/core/rules/score-out-of-band";
import { ruleTester } from "../../support/rule-tester";
import { ALL_MET, selfEvaluationSheet, withRow } from "./in-year";

// 接待标准 (是否严格执行接待标准) has the default weight 12.5: 达成 10–12.5, 部分达成 7.5–10, 未达成 0–7.5.
const scored = (actual: string, score: number) =>
  selfEvaluationSheet(1, withRow(withRow(ALL_MET, "actual", 3, actual), "score", 3, score));

ruleTester(scoreOutOfBand, {
  valid: [
    { name: "达成 at 80%", sheet: scored("是", 10) },
    { name: "达成 at 100%", sheet: scored("是", 12.5) },
    { name: "部分达成 at 70%", sheet: scored("部分达成", 8.75) },
    { name: "未达成 at 0", sheet: scored("否", 0) },
    { name: "above the weight is score-over-weight's", sheet: scored("是", 13) },
  ],
  invalid: [
    {
      name: "达成 at 72%",
      sheet: scored("是", 9),
      errors: [{ cell: "H16", message: "完成情况为“达成”，得分应在 10–12.5 之间（分值 12.5 的 80%–100%），现为 9" }],
    },
    { name: "部分达成 at full weight", sheet: scored("部分达成", 12.5), errors: [{ cell: "H16", message: "7.5–10" }] },
    { name: "未达成 (answered 否) at 80%", sheet: scored("否", 10), errors: [{ cell: "H16", message: "“未达成”" }] },
  ],
});
