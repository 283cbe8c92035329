import { percentRange } from "../../../src/core/rules/percent-range";
import { ruleTester } from "../../support/rule-tester";
import { indicator, seedCases, seedTable } from "./tables";

const target = (i: number, k: number, value: string) => seedTable(i, (p) => (p.indicators[k].target = value)).sheet;

ruleTester(percentRange, {
  valid: [
    ...seedCases(),
    { name: "≥100%", sheet: target(1, 1, "≥100%") },
    { name: "≤0% for a rate that should not happen", sheet: target(1, 1, "≤0%") },
    { name: "a count above 100", sheet: target(1, 0, "≥120批次") },
    { name: "a range within 0–100%", sheet: target(1, 1, "90%-100%") },
    {
      name: "growth may exceed 100%",
      sheet: seedTable(1, (p) => (p.indicators[4] = indicator("效益指标", "经济效益指标", "接待量同比增长率", "≥150%")))
        .sheet,
    },
  ],
  invalid: [
    {
      name: "≥120百分比",
      sheet: target(1, 1, "≥120百分比"),
      errors: [{ cell: "F11", message: "“接待完成率”的指标值“≥120百分比”超出 0%–100%。比率、满意度不可能超过 100%" }],
    },
    {
      name: "a satisfaction of 105 without a unit",
      sheet: target(1, 5, "≥105"),
      errors: [{ cell: "F15", message: "“接待满意度”的指标值“≥105”超出 0%–100%" }],
    },
    {
      name: "a range reaching past 100%",
      sheet: target(0, 1, "90%-110%"),
      errors: [{ cell: "F11", message: "超出 0%–100%" }],
    },
    { name: "more than 100% cannot be met", sheet: target(2, 1, ">100%"), errors: [{ cell: "F11" }] },
    {
      name: "below 0%",
      sheet: target(2, 5, "<0%"),
      errors: [{ cell: "F15", message: "不可能低于 0%" }],
    },
  ],
});
