import { planRange } from "../../../src/core/rules/plan-range";
import { ruleTester } from "../../support/rule-tester";
import { PLAN_COL, put, seedCases, seedTable } from "./tables";

ruleTester(planRange, {
  valid: [
    ...seedCases(),
    { name: "0% and 100% are within range", sheet: seedTable(0, (p) => (p.plan = [0, 0, 0, 1])).sheet },
    {
      name: "shares typed as text",
      sheet: seedTable(0, undefined, {
        after: (b) => ["10%", "40%", "83.3%", "100%"].forEach((v, k) => put(b, b.t.planRow + 1, [1, 3, 4, 5][k], v)),
      }).sheet,
    },
    {
      name: "bare fractions in General format",
      sheet: seedTable(0, undefined, {
        after: (b) => [0.25, 0.5, 0.75, 1].forEach((v, k) => put(b, b.t.planRow + 1, [1, 3, 4, 5][k], v)),
      }).sheet,
    },
    {
      name: "a blank checkpoint is plan-missing's, not this rule's",
      sheet: seedTable(0, undefined, { after: (b) => put(b, b.t.planRow + 1, PLAN_COL[6], null) }).sheet,
    },
  ],
  invalid: [
    {
      name: "10月底 120%",
      sheet: seedTable(0, (p) => (p.plan = [0.25, 0.5, 1.2, 1])).sheet,
      errors: [{ cell: "E7", message: "资金支出计划 10月底 为 120%，超出 0%–100%" }],
    },
    {
      name: "3月底 negative",
      sheet: seedTable(0, (p) => (p.plan = [-0.1, 0.5, 0.9, 1])).sheet,
      errors: [{ cell: "B7", message: "3月底 为 -10%" }],
    },
    {
      name: "a word where a share belongs",
      sheet: seedTable(1, undefined, { after: (b) => put(b, b.t.planRow + 1, PLAN_COL[6], "约一半") }).sheet,
      errors: [
        { cell: "D7", message: "资金支出计划 6月底“约一半”不是百分比。请填写 0%–100% 之间的累计支出比例，如 50%" },
      ],
    },
    {
      name: "whole numbers above 100 without a percent sign",
      sheet: seedTable(2, undefined, {
        after: (b) => [25, 50, 75, 150].forEach((v, k) => put(b, b.t.planRow + 1, [1, 3, 4, 5][k], v)),
      }).sheet,
      errors: [{ cell: "F7", message: "12月底 为 150%" }],
    },
  ],
});
