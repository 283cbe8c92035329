import { budgetSum } from "../../../src/core/rules/budget-sum";
import { ruleTester } from "../../support/rule-tester";
import { put, seedCases, seedTable } from "./tables";

// Seed layout (table at A1): 预算数 C4, 财政资金 E4, 其他资金 G4.
const BUDGET = 2;
const FISCAL = 4;
const OTHER = 6;

/** The seed's second table with 预算数, 财政资金 and 其他资金 typed as text. */
const typed = (budget: string, fiscal: string, other: string) =>
  seedTable(1, undefined, {
    after: (b) => {
      put(b, b.t.budgetRow, BUDGET, budget);
      put(b, b.t.budgetRow, FISCAL, fiscal);
      put(b, b.t.budgetRow, OTHER, other);
    },
  }).sheet;

ruleTester(budgetSum, {
  valid: [
    ...seedCases(),
    {
      name: "sources 0.60 + 0.40 = 1.00",
      sheet: seedTable(0, (p) => Object.assign(p, { budget: 1, fiscal: 0.6, other: 0.4 })).sheet,
    },
    {
      name: "no floating-point alarm: 0.1 + 0.2 = 0.30",
      sheet: seedTable(0, (p) => Object.assign(p, { budget: 0.3, fiscal: 0.1, other: 0.2 })).sheet,
    },
    {
      name: "rounded for display only: 0.125 + 0.875 shown 0.13 + 0.88 under 1.00",
      sheet: seedTable(0, (p) => Object.assign(p, { budget: 1, fiscal: 0.125, other: 0.875 })).sheet,
    },
    { name: "other 0 written out", sheet: seedTable(1, (p) => (p.other = 0)).sheet },
    {
      name: "figures typed as text, full-width and with fewer decimals",
      sheet: seedTable(1, undefined, {
        after: (b) => {
          put(b, b.t.budgetRow, BUDGET, "１００.８");
          put(b, b.t.budgetRow, FISCAL, "100.80");
        },
      }).sheet,
    },
    {
      name: "a source holding only spaces counts as 0",
      sheet: seedTable(0, undefined, { after: (b) => put(b, b.t.budgetRow, OTHER, "  ") }).sheet,
    },
    { name: "a table placed at F6", sheet: seedTable(2, undefined, { top: 5, left: 5 }).sheet },
    {
      name: "figures past fifteen digits add up in decimal",
      sheet: typed("90071992547409.93", "90071992547409.92", "0.01"),
    },
  ],
  invalid: [
    {
      name: "预算数 0.81 over 财政资金 0.80 (the message of the spec)",
      sheet: seedTable(0, (p) => (p.fiscal = 0.8)).sheet,
      errors: [{ cell: "C4", message: "预算数 0.81 不等于资金来源合计 0.80（财政资金 0.80 + 其他资金 0）。请改正" }],
    },
    {
      name: "two sources that miss the budget",
      sheet: seedTable(1, (p) => Object.assign(p, { fiscal: 90, other: 10 })).sheet,
      errors: [{ cell: "C4", message: "资金来源合计 100.00（财政资金 90.00 + 其他资金 10.00）" }],
    },
    {
      name: "decimal, not float: 0.30 against 0.1 + 0.1",
      sheet: seedTable(0, (p) => Object.assign(p, { budget: 0.3, fiscal: 0.1, other: 0.1 })).sheet,
      errors: [{ cell: "C4", message: "预算数 0.30 不等于资金来源合计 0.20" }],
    },
    {
      name: "预算数 blank",
      sheet: seedTable(0, undefined, { after: (b) => put(b, b.t.budgetRow, BUDGET, null) }).sheet,
      errors: [{ cell: "C4", message: /预算数为空.*应等于资金来源合计 0\.81/ }],
    },
    {
      name: "预算数 not a number",
      sheet: seedTable(0, undefined, { after: (b) => put(b, b.t.budgetRow, BUDGET, "八千元") }).sheet,
      errors: [{ cell: "C4", message: "预算数“八千元”不是金额" }],
    },
    {
      name: "预算数 formatted as a percent",
      sheet: seedTable(0, undefined, { after: (b) => put(b, b.t.budgetRow, BUDGET, 0.81, "0%") }).sheet,
      errors: [{ cell: "C4", message: "不是金额" }],
    },
    {
      name: "a source that is not a number is reported at the source",
      sheet: seedTable(0, undefined, { after: (b) => put(b, b.t.budgetRow, OTHER, "待定") }).sheet,
      errors: [{ cell: "G4", message: "其他资金“待定”不是金额" }],
    },
    {
      name: "a table placed at F6 reports at its own 预算数 cell",
      sheet: seedTable(2, (p) => (p.budget = 18.5), { top: 5, left: 5 }).sheet,
      errors: [{ cell: "H9", message: "预算数 18.50 不等于资金来源合计 18.00" }],
    },
    {
      // A double holds neither figure: 90071992547409.93 and .94 are the same double.
      name: "figures past fifteen digits off by 0.01",
      sheet: typed("90071992547409.94", "90071992547409.92", "0.01"),
      errors: [{ cell: "C4", message: "预算数 90071992547409.94 不等于资金来源合计 90071992547409.93" }],
    },
  ],
});
