import { indicatorValueEmpty } from "../../../src/core/rules/indicator-value-empty";
import { ruleTester } from "../../support/rule-tester";
import { put, seedCases, seedTable } from "./tables";

ruleTester(indicatorValueEmpty, {
  valid: [...seedCases()],
  invalid: [
    {
      name: "接待批次 without a value",
      sheet: seedTable(1, (p) => (p.indicators[0].target = "")).sheet,
      errors: [{ cell: "F10", message: "“接待批次”的指标值为空。请填写可衡量的指标值，如 ≥40批次" }],
    },
    {
      name: "a blank satisfaction value suggests a percentage",
      sheet: seedTable(0, undefined, { after: (b) => put(b, b.ind(5), b.col.target, null) }).sheet,
      errors: [{ cell: "F15", message: "“使用人员满意度（%）”的指标值为空。请填写可衡量的指标值，如 ≥90%" }],
    },
    {
      name: "spaces only, in a table placed at B3",
      sheet: seedTable(2, (p) => (p.indicators[2].target = "   "), { top: 2, left: 1 }).sheet,
      errors: [{ cell: "G14", message: "“购置完成时间”的指标值为空" }],
    },
  ],
});
