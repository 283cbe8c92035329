import { actualBelowTarget } from "../../../src/core/rules/actual-below-target";
import { ruleTester } from "../../support/rule-tester";
import { ALL_MET, selfEvaluationSheet, withRow } from "./in-year";

ruleTester(actualBelowTarget, {
  valid: [
    { name: "every target met", sheet: selfEvaluationSheet() },
    { name: "above target", sheet: selfEvaluationSheet(1, withRow(ALL_MET, "actual", 0, 45)) },
    {
      name: "38 of ≥40批次 with its reason written",
      sheet: selfEvaluationSheet(1, withRow(withRow(ALL_MET, "actual", 0, 38), "reason", 0, "下半年会议减少")),
    },
    {
      name: "a yes/no answered the wrong way is yes-no-mismatch's",
      sheet: selfEvaluationSheet(1, withRow(ALL_MET, "actual", 4, "是")),
    },
  ],
  invalid: [
    {
      name: "38 of ≥40批次",
      sheet: selfEvaluationSheet(1, withRow(ALL_MET, "actual", 0, 38)),
      errors: [{ cell: "F13", message: "接待批次 实际完成 38批次，未达到指标值 ≥40批次，得分 11.88（分值 12.5）" }],
    },
    {
      name: "94% of ≥95%",
      sheet: selfEvaluationSheet(1, withRow(ALL_MET, "actual", 5, { value: 0.94, numFmt: "0%" })),
      errors: [{ cell: "F18", message: "实际完成 94%" }],
    },
    {
      name: "部分达成",
      sheet: selfEvaluationSheet(1, withRow(ALL_MET, "actual", 3, "部分达成")),
      errors: [{ cell: "F16", message: "完成情况为“部分达成”" }],
    },
  ],
});
