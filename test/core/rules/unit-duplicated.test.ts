import { unitDuplicated } from "../../../src/core/rules/unit-duplicated";
import { ruleTester } from "../../support/rule-tester";
import { indicator, seedTable, splitSeed, splitTable } from "./tables";

const row = (i: number, k: number, name: string, value: string) =>
  seedTable(i, (p) => (p.indicators[k] = { ...p.indicators[k], level3: name, description: name, target: value })).sheet;

ruleTester(unitDuplicated, {
  valid: [
    { name: "seed table 2", sheet: seedTable(1).sheet },
    { name: "(%) in the name, a count in the value", sheet: row(1, 0, "接待批次（%）", "≥40批次") },
    { name: "a rate name without (%)", sheet: row(1, 1, "接待完成率", "≥95%") },
    { name: "(%) in the name and a bare number", sheet: row(1, 1, "接待完成率（%）", "≥95") },
  ],
  invalid: [
    {
      name: "the seed's first table: two names with （%）",
      sheet: seedTable(0).sheet,
      errors: [
        {
          cell: "C11",
          message:
            "指标名称“购置质量合格率（%）”中的“（%）”与指标值“≥90百分比”的单位“百分比”重复。请删去名称中的“（%）”，写作“购置质量合格率”",
        },
        { cell: "C15", message: "写作“使用人员满意度”" },
      ],
    },
    { name: "the seed's third table", sheet: seedTable(2).sheet, errors: [{ cell: "C11", message: "“100百分比”" }] },
    {
      name: "half-width (%) with a % value",
      sheet: row(1, 1, "接待完成率(%)", "≥95%"),
      errors: [{ cell: "C11", message: "“(%)”与指标值“≥95%”的单位“%”重复" }],
    },
    {
      name: "a trailing ％ in the name, a range value",
      sheet: seedTable(
        1,
        (p) => (p.indicators[5] = indicator("满意度指标", "服务对象满意度指标", "接待满意度％", "90%-100%")),
      ).sheet,
      errors: [{ cell: "C15", message: "写作“接待满意度”" }],
    },
    {
      name: "a split header with % in the 计量单位 column",
      sheet: splitTable(0, splitSeed()).sheet,
      errors: [
        { cell: "C11", message: "与指标值“≥90%”的单位“%”重复" },
        { cell: "C15", message: "写作“使用人员满意度”" },
      ],
    },
  ],
});
