import { indicatorNameMissing } from "../../../src/core/rules/indicator-name-missing";
import { buildSheet } from "../../fixtures/real/transcription";
import { ruleTester } from "../../support/rule-tester";
import { ALL_MET, selfEvaluationSheet } from "./in-year";
import { seedCases, seedTable } from "./tables";

/** Hunan's form: 一级指标 | 二级指标 | 指标内容 | 指标值 | 备注, 指标内容 naming the indicator. */
const hunan = (contents: [string, string, string]) =>
  buildSheet(
    "目标表",
    [
      ["项目绩效目标表(2021年度)"],
      ["项目名称", "镇域内基础设施建设"],
      ["资金总额及构成", "总额100万元"],
      ["年度绩效指标", "一级指标", "二级指标", "指标内容", "指标值", "备注"],
      ["", "产出指标", "数量指标", contents[0], "≥12公里"],
      ["", "", "质量指标", contents[1], "≥95%"],
      ["", "效益指标", "社会效益指标", contents[2], "≥3000人"],
      ["", "满意度指标", "服务对象满意度指标", "群众满意度", "≥90%"],
    ],
    {},
  );

ruleTester(indicatorNameMissing, {
  valid: [
    ...seedCases(),
    { name: "every 指标内容 filled", sheet: hunan(["道路硬化里程", "验收合格率", "受益人口"]) },
    {
      name: "a 三级 blank but its 指标描述 naming it",
      sheet: seedTable(0, (p) => {
        p.indicators[0].level3 = "";
        p.indicators[0].description = "购置办公设备数量";
      }).sheet,
    },
    {
      name: "a row with neither name nor value (a leftover) is another rule's",
      sheet: seedTable(0, (p) => Object.assign(p.indicators[0], { level3: "", description: "", target: "" })).sheet,
    },
    { name: "a self-evaluation with its names", sheet: selfEvaluationSheet(1, ALL_MET) },
  ],
  invalid: [
    {
      name: "指标内容 left empty under 数量指标 and 社会效益指标 (the Hunan table)",
      sheet: hunan(["", "验收合格率", ""]),
      errors: [
        {
          cell: "D5",
          message:
            "“数量指标”下的指标值 ≥12公里 没有三级指标名称，看不出考核什么。请在本行“指标内容”填写具体的三级指标（如“完成工程数量”）",
        },
        { cell: "D7", message: "“社会效益指标”下的指标值 ≥3000人 没有三级指标名称" },
      ],
    },
    {
      name: "the seed's form with 三级指标 and 指标描述 both blank",
      sheet: seedTable(0, (p) => Object.assign(p.indicators[1], { level3: "", description: "" })).sheet,
      errors: [{ cell: "C11", message: "请在本行“三级指标”填写" }],
    },
  ],
});
