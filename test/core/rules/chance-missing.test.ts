import { chanceMissing } from "../../../src/core/rules/chance-missing";
import { ruleTester } from "../../support/rule-tester";
import { monitoringSheet, ON_TRACK, withRow } from "./in-year";

ruleTester(chanceMissing, {
  valid: [
    { name: "all 确定能", sheet: monitoringSheet() },
    {
      name: "有可能 and 完全不可能",
      sheet: monitoringSheet(1, withRow(withRow(ON_TRACK, "chance", 0, "有可能"), "chance", 1, "完全不可能")),
    },
    { name: "stray spaces", sheet: monitoringSheet(1, withRow(ON_TRACK, "chance", 2, " 确定 能 ")) },
  ],
  invalid: [
    {
      name: "blank",
      sheet: monitoringSheet(1, withRow(ON_TRACK, "chance", 0, null)),
      errors: [{ cell: "G8", message: "接待批次 的“完成可能性”未填写" }],
    },
    {
      name: "a word not in the list",
      sheet: monitoringSheet(1, withRow(ON_TRACK, "chance", 5, "能")),
      errors: [{ cell: "G13", message: "写的是“能”" }],
    },
  ],
});
