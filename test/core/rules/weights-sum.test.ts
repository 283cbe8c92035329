import { weightsSum } from "../../../src/core/rules/weights-sum";
import { ruleTester } from "../../support/rule-tester";
import { ALL_MET, selfEvaluationSheet, withRow } from "./in-year";

ruleTester(weightsSum, {
  valid: [
    { name: "the template's spread 12.5 × 4 + 30 + 10", sheet: selfEvaluationSheet() },
    {
      name: "the unit's own weights adding to 90 + 10",
      sheet: selfEvaluationSheet(1, { ...ALL_MET, weight: [15, 15, 10, 10, 30, 10] }),
    },
    {
      name: "no weights at all: the defaults apply",
      sheet: selfEvaluationSheet(1, { ...ALL_MET, weight: [null, null, null, null, null, null] }),
    },
    {
      name: "20/40/40 in the settings",
      sheet: selfEvaluationSheet(1, { ...ALL_MET, execWeight: 20, weight: [10, 10, 10, 10, 30, 10] }),
      settings: { weights: { execution: 20, output: 40, benefit: 40, satisfaction: 0 } },
    },
  ],
  invalid: [
    {
      name: "adding up to 105",
      sheet: selfEvaluationSheet(1, { ...ALL_MET, weight: [15, 15, 10, 10, 30, 15] }),
      errors: [{ cell: "G12", message: "分值合计为 105（执行率 10 + 各指标 95），应为 100" }],
    },
    {
      name: "one weight blank",
      sheet: selfEvaluationSheet(1, withRow(ALL_MET, "weight", 1, null)),
      errors: [{ cell: "G14", message: "接待完成率 的分值未填写" }],
    },
    {
      name: "a weight in words",
      sheet: selfEvaluationSheet(1, withRow(ALL_MET, "weight", 2, "十分")),
      errors: [{ cell: "G15", message: "分值写的是“十分”" }],
    },
  ],
});
