import { planFinal } from "../../../src/core/rules/plan-final";
import { ruleTester } from "../../support/rule-tester";
import { PLAN_COL, put, seedCases, seedTable } from "./tables";

ruleTester(planFinal, {
  valid: [
    ...seedCases(),
    {
      name: "100% typed as text",
      sheet: seedTable(0, undefined, { after: (b) => put(b, b.t.planRow + 1, PLAN_COL[12], "100%") }).sheet,
    },
    {
      name: "a blank 12月底 is plan-missing's",
      sheet: seedTable(0, undefined, { after: (b) => put(b, b.t.planRow + 1, PLAN_COL[12], null) }).sheet,
    },
    { name: "above 100% is plan-range's", sheet: seedTable(0, (p) => (p.plan = [0.25, 0.5, 0.75, 1.1])).sheet },
  ],
  invalid: [
    {
      name: "12月底 95%",
      sheet: seedTable(0, (p) => (p.plan = [0.25, 0.5, 0.75, 0.95])).sheet,
      errors: [{ cell: "F7", message: "资金支出计划 12月底 为 95%，应为 100%" }],
    },
    {
      name: "99.5% is not 100% at the precision shown",
      sheet: seedTable(1, undefined, { after: (b) => put(b, b.t.planRow + 1, PLAN_COL[12], 0.995, "0.0%") }).sheet,
      errors: [{ cell: "F7", message: "12月底 为 99.5%" }],
    },
    {
      name: "no 12月底 checkpoint: reported at the plan label",
      sheet: seedTable(2, undefined, {
        after: (b) => {
          put(b, b.t.planRow, PLAN_COL[12], null);
          put(b, b.t.planRow + 1, PLAN_COL[12], null);
        },
      }).sheet,
      errors: [{ cell: "A6", message: "资金支出计划缺少 12月底 时点（最后一个时点是 10月底）" }],
    },
  ],
});
