import { planDecreasing } from "../../../src/core/rules/plan-decreasing";
import { ruleTester } from "../../support/rule-tester";
import { PLAN_COL, put, seedCases, seedTable } from "./tables";

ruleTester(planDecreasing, {
  valid: [
    ...seedCases(),
    { name: "flat shares are not decreasing", sheet: seedTable(0, (p) => (p.plan = [0.25, 0.25, 0.25, 1])).sheet },
    {
      name: "a blank checkpoint is skipped",
      sheet: seedTable(0, undefined, { after: (b) => put(b, b.t.planRow + 1, PLAN_COL[6], null) }).sheet,
    },
  ],
  invalid: [
    {
      name: "10月底 40% after 6月底 50%",
      sheet: seedTable(0, (p) => (p.plan = [0.25, 0.5, 0.4, 1])).sheet,
      errors: [{ cell: "E7", message: "资金支出计划 10月底 40% 低于 6月底 50%。累计支出比例不应减少，应不低于 50%" }],
    },
    {
      name: "every drop is measured against the highest share so far",
      sheet: seedTable(1, (p) => (p.plan = [0.6, 0.5, 0.55, 1])).sheet,
      errors: [
        { cell: "D7", message: "6月底 50% 低于 3月底 60%" },
        { cell: "E7", message: "10月底 55% 低于 3月底 60%" },
      ],
    },
    {
      name: "a blank in between does not hide a drop",
      sheet: seedTable(2, (p) => (p.plan = [0.5, 0.5, 0.3, 1]), {
        after: (b) => put(b, b.t.planRow + 1, PLAN_COL[6], null),
      }).sheet,
      errors: [{ cell: "E7", message: "10月底 30% 低于 3月底 50%" }],
    },
  ],
});
