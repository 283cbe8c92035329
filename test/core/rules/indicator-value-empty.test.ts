import { indicatorValueEmpty } from "../../../src/core/rules/indicator-value-empty";
import { ruleTester } from "../../support/rule-tester";
import { put, seedCases, seedTable, splitSeed, splitTable } from "./tables";

ruleTester(indicatorValueEmpty, {
  valid: [...seedCases(), { name: "a split header, every value filled", sheet: splitTable(0, splitSeed()).sheet }],
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
    {
      name: "a split header: operator and unit around a blank 指标值 cell",
      sheet: splitTable(
        0,
        splitSeed().map((r, k) => (k === 0 ? ["≥", "", "张/把/套/台等"] : r)),
      ).sheet,
      errors: [{ cell: "E10", message: "“购置数量”的指标值为空" }],
    },
  ],
});
