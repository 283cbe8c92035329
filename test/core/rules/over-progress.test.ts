import { overProgress } from "../../../src/core/rules/over-progress";
import { ruleTester } from "../../support/rule-tester";
import { monitoringSheet, ON_TRACK, withRow } from "./in-year";

const batches = (x: number) => monitoringSheet(1, withRow(ON_TRACK, "actual", 0, x));

ruleTester(overProgress, {
  valid: [
    { name: "on track", sheet: monitoringSheet() },
    { name: "v = 119.99 is green", sheet: batches(23.998) },
    {
      name: "a 100% rate against 95% is green, not blue",
      sheet: monitoringSheet(1, withRow(ON_TRACK, "actual", 1, { value: 1, numFmt: "0%" })),
    },
  ],
  invalid: [
    {
      name: "v = 120 is blue",
      sheet: batches(24),
      errors: [{ cell: "E8", severity: "info", message: "120.00%，蓝灯" }],
    },
    {
      name: "the whole year's target by June",
      sheet: batches(40),
      errors: [{ cell: "E8", message: "年度指标值可能定得偏低" }],
    },
  ],
});
