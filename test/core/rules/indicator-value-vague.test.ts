import { indicatorValueVague } from "../../../src/core/rules/indicator-value-vague";
import { ruleTester } from "../../support/rule-tester";
import { indicator, project2021, seedCases, seedTable } from "./tables";

const target = (i: number, k: number, value: string) => seedTable(i, (p) => (p.indicators[k].target = value)).sheet;

ruleTester(indicatorValueVague, {
  valid: [
    ...seedCases(),
    { name: "the 2021 hierarchy with quantified values", sheet: seedTable(0, project2021).sheet },
    { name: "a deadline for a 时效 indicator", sheet: target(0, 2, "12月底前完成") },
    { name: "a yes/no for a 效益 indicator", sheet: target(1, 4, "是否超预算支出") },
    { name: "an unreadable value is indicator-value-unparsed's", sheet: target(0, 0, "按需购置") },
  ],
  invalid: [
    {
      name: "有效提升 for a 效益 indicator",
      sheet: target(1, 4, "有效提升"),
      errors: [
        {
          cell: "F14",
          message: "“资金使用效益”的指标值“有效提升”含“有效、提升”等模糊表述，无法衡量。指标值应细化、量化，如 ",
        },
      ],
    },
    {
      name: "明显改善 for a 时效 indicator",
      sheet: target(0, 2, "明显改善"),
      errors: [{ cell: "F12", message: "含“明显、改善”等模糊表述" }],
    },
    {
      name: "a yes/no for a 数量 indicator",
      sheet: target(0, 0, "是否按计划购置"),
      errors: [
        {
          cell: "F10",
          message: "“购置数量”是数量指标，指标值“是否按计划购置”是是否判断，没有量化。请改为数值，如 ≥40批次",
        },
      ],
    },
    {
      name: "a compliance statement for a 质量 indicator",
      sheet: target(1, 1, "符合国家质量标准"),
      errors: [
        { cell: "F11", message: "是质量指标，指标值“符合国家质量标准”是合规表述，没有量化。请改为数值，如 ≥95%" },
      ],
    },
    {
      name: "a graded value for 满意度",
      sheet: seedTable(
        2,
        (p) => (p.indicators[5] = indicator("满意度指标", "服务对象满意度指标", "使用单位成员满意度", "达成年度指标")),
      ).sheet,
      errors: [{ cell: "F15", message: "是满意度指标，指标值“达成年度指标”是等级表述" }],
    },
  ],
});
