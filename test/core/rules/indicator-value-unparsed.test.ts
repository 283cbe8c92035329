import { indicatorValueUnparsed } from "../../../src/core/rules/indicator-value-unparsed";
import { ruleTester } from "../../support/rule-tester";
import { seedCases, seedTable, splitSeed, splitTable } from "./tables";

const target = (i: number, k: number, value: string) => seedTable(i, (p) => (p.indicators[k].target = value)).sheet;

ruleTester(indicatorValueUnparsed, {
  valid: [
    ...seedCases(),
    { name: "a range", sheet: target(1, 1, "95%-100%") },
    { name: "money", sheet: target(0, 3, "≤0.81万元") },
    { name: "a dated deadline", sheet: target(0, 2, "2024年6月30日前") },
    { name: "a graded value", sheet: target(1, 4, "达成年度指标") },
    { name: "an empty value is indicator-value-empty's", sheet: target(1, 0, "") },
    {
      name: "a blank 指标值 cell between operator and unit is indicator-value-empty's",
      sheet: splitTable(
        0,
        splitSeed().map((r, k) => (k === 0 ? ["≥", "", "张/把/套/台等"] : r)),
      ).sheet,
    },
  ],
  invalid: [
    {
      name: "见附件",
      sheet: target(1, 0, "见附件"),
      errors: [{ cell: "F10", message: /^“接待批次”的指标值“见附件”有误：.+。请写成“符号\+数值\+单位”，如 ≥40批次/ }],
    },
    {
      name: "待定 for a rate",
      sheet: target(1, 1, "待定"),
      errors: [{ cell: "F11", message: "“接待完成率”的指标值“待定”有误" }],
    },
    {
      name: "two unreadable values",
      sheet: seedTable(2, (p) => {
        p.indicators[0].target = "按需购置";
        p.indicators[5].target = "无";
      }).sheet,
      errors: [
        { cell: "F10", message: "“购置数量”的指标值“按需购置”" },
        { cell: "F15", message: "如 ≥90%" },
      ],
    },
  ],
});
