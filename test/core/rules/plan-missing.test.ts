import { planMissing } from "../../../src/core/rules/plan-missing";
import { ruleTester } from "../../support/rule-tester";
import { clearRows, PLAN_COL, put, seedCases, seedTable } from "./tables";

// Seed layout (table at A1): plan headers on row 6, planned shares on row 7: B7 D7 E7 F7.

ruleTester(planMissing, {
  valid: [
    ...seedCases(),
    { name: "a plan of 0% at 3月底 is filled", sheet: seedTable(0, (p) => (p.plan = [0, 0.5, 0.9, 1])).sheet },
  ],
  invalid: [
    {
      name: "6月底 blank",
      sheet: seedTable(0, undefined, { after: (b) => put(b, b.t.planRow + 1, PLAN_COL[6], null) }).sheet,
      errors: [
        { cell: "D7", message: "资金支出计划 6月底 未填写。请填写截至6月底累计支出占预算的比例（序时进度 50%）" },
      ],
    },
    {
      name: "3月底 (merged) and 10月底 blank",
      sheet: seedTable(1, undefined, {
        after: (b) => {
          put(b, b.t.planRow + 1, PLAN_COL[3], null);
          put(b, b.t.planRow + 1, PLAN_COL[10], "  ");
        },
      }).sheet,
      errors: [
        { cell: "B7", message: "3月底 未填写" },
        { cell: "E7", message: "序时进度 83.3%" },
      ],
    },
    {
      name: "no spending plan at all: reported at the 预算数 label",
      sheet: seedTable(0, undefined, { after: (b) => clearRows(b, b.t.planRow, b.t.planRow + 1) }).sheet,
      errors: [{ cell: "B4", message: "此表没有资金支出计划" }],
    },
    {
      name: "a plan label with no checkpoints",
      sheet: seedTable(0, undefined, {
        after: (b) => {
          clearRows(b, b.t.planRow, b.t.planRow + 1);
          b.sheet.merge(b.t.planRow, 0, b.t.planRow + 1, 0, "资金支出计划（%）");
        },
      }).sheet,
      errors: [{ cell: "A6", message: "资金支出计划没有时点" }],
    },
    {
      name: "a table placed at C5 with 12月底 blank",
      sheet: seedTable(2, undefined, { top: 4, left: 2, after: (b) => put(b, b.t.planRow + 1, PLAN_COL[12], null) })
        .sheet,
      errors: [{ cell: "H11", message: "12月底 未填写" }],
    },
  ],
});
