/** weights-sum on target tables that give each indicator a 权重 / 分值: the indicators alone make the full score. */
import { weightsSum } from "../../../src/core/rules/weights-sum";
import { buildSheet } from "../../fixtures/real/transcription";
import { ruleTester } from "../../support/rule-tester";
import { seedCases } from "./tables";

/** A target table of the central form with a 分值 column. */
const central = (weights: string[]) =>
  buildSheet(
    "目标表",
    [
      ["项目支出绩效目标表"],
      ["项目名称", "乡村道路维护"],
      ["预算数（万元）", "16"],
      ["一级指标", "二级指标", "三级指标", "指标值", "分值"],
      ["产出指标", "数量指标", "维护里程", "≥20公里", weights[0]],
      ["", "质量指标", "验收合格率", "≥95%", weights[1]],
      ["", "时效指标", "完成时间", "12月底前", weights[2]],
      ["", "成本指标", "每公里维护成本", "≤0.8万元", weights[3]],
      ["效益指标", "社会效益指标", "通行时间缩短", "≥10%", weights[4]],
      ["满意度指标", "服务对象满意度指标", "群众满意度", "≥90%", weights[5]],
    ],
    {},
  );

/** Sichuan's department list: projects stacked under one header, value split 性质 | 值 | 单位, a 权重 column. */
const list = (first: string[], second: string[]) => {
  // Each row as the list writes it, 单位名称 | 项目名称 | 预算数 | 年度目标 | 一级 | 二级 | 三级 | 性质 | 值 | 单位 | 权重.
  const row = (cells: string, weight: string) => [...cells.split(" | "), weight];
  return buildSheet(
    "申报表",
    [
      ["部门预算项目绩效目标申报表(2023年度)"],
      ["金额单位:元"],
      row(
        "单位名称 | 项目名称 | 预算数 | 年度目标 | 一级指标 | 二级指标 | 三级指标 | 指标性质 | 指标值 | 度量单位",
        "权重",
      ),
      row(
        "马踏镇人民政府 | 村组干部报酬 | 3,309,840.00 | 按时发放 | 产出指标 | 数量指标 | 发放人数 | ≥ | 230 | 人",
        first[0],
      ),
      row(" |  |  |  | 产出指标 | 质量指标 | 按时发放率 | ≥ | 95 | %", first[1]),
      row(" |  |  |  | 效益指标 | 社会效益指标 | 维护社会稳定 | ≥ | 95 | %", first[2]),
      row(" |  |  |  | 满意度指标 | 服务对象满意度指标 | 群众满意度 | ≥ | 95 | %", first[3]),
      row(" | 基层组织活动经费 | 660,000.00 | 保障运转 | 产出指标 | 数量指标 | 行政村数量 | = | 11 | 个", second[0]),
      row(" |  |  |  | 效益指标 | 可持续影响指标 | 持续运转 | ≥ | 95 | %", second[1]),
      row(" |  |  |  | 满意度指标 | 服务对象满意度指标 | 辖区内群众满意度 | ≥ | 95 | %", second[2]),
    ].map((cells) => cells.map((c) => c.trim())),
    {},
  );
};

ruleTester(weightsSum, {
  valid: [
    // The seed's form has no weight column: nothing to add up.
    ...seedCases(),
    { name: "分值 adding to 100", sheet: central(["30", "20", "10", "10", "20", "10"]) },
    { name: "no 分值 given at all", sheet: central(["", "", "", "", "", ""]) },
    { name: "two stacked projects each at 100", sheet: list(["30", "20", "40", "10"], ["50", "40", "10"]) },
    { name: "decimal weights: 12.5 × 4 + 30 + 20", sheet: central(["12.5", "12.5", "12.5", "12.5", "30", "20"]) },
  ],
  invalid: [
    {
      name: "分值 adding to 90 (the execution share left out)",
      sheet: central(["30", "20", "10", "0", "20", "10"]),
      errors: [{ cell: "E5", message: "各指标分值（E5:E10）合计为 90，应为 100。请调整各指标分值" }],
    },
    {
      name: "the second of two stacked projects at 110, reported at its own rows",
      sheet: list(["30", "20", "40", "10"], ["50", "50", "10"]),
      errors: [{ cell: "K8", message: "各指标权重（K8:K10）合计为 110，应为 100" }],
    },
    {
      name: "one 分值 left blank",
      sheet: central(["30", "20", "", "10", "30", "10"]),
      errors: [{ cell: "E7", message: "完成时间 的分值未填写" }],
    },
    {
      name: "a 权重 in words",
      sheet: list(["30", "二十", "40", "10"], ["50", "40", "10"]),
      errors: [{ cell: "K5", message: "按时发放率 的分值写的是“二十”" }],
    },
  ],
});
