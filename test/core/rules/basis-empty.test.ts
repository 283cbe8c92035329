import { basisEmpty } from "../../../src/core/rules/basis-empty";
import { ruleTester } from "../../support/rule-tester";
import { put, seedCases, seedTable } from "./tables";

ruleTester(basisEmpty, {
  valid: [
    ...seedCases(),
    {
      name: "a table without the 指标值确定依据 column",
      sheet: seedTable(0, (p) => p.indicators.forEach((it) => (it.basis = "")), {
        after: (b) => put(b, b.t.headerRow, b.col.basis, null),
      }).sheet,
    },
  ],
  invalid: [
    {
      name: "接待批次 without a basis",
      sheet: seedTable(1, (p) => (p.indicators[0].basis = "")).sheet,
      errors: [{ cell: "G10", message: "“接待批次”的指标值确定依据为空。请写明指标值的来源" }],
    },
    {
      name: "every basis blank, in a table placed at B2",
      sheet: seedTable(0, (p) => p.indicators.forEach((it) => (it.basis = " ")), { top: 1, left: 1 }).sheet,
      errors: [11, 12, 13, 14, 15, 16].map((r) => ({ cell: `H${r}` })),
    },
  ],
});
