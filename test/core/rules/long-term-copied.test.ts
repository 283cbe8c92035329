import { longTermCopied } from "../../../src/core/rules/long-term-copied";
import { buildSheet } from "../../fixtures/real/transcription";
import { ruleTester } from "../../support/rule-tester";
import { seedCases } from "./tables";

type Pair = [name: string, value: string];

/** Guangdong's form: the mid-term set (left) and the annual set (right) side by side, told apart by the goal row. */
const sideBySide = (midTerm: Pair[], annual: Pair[]) =>
  buildSheet(
    "目标表",
    [
      ["财政项目支出绩效目标批复表"],
      ["项目名称", "镇际联网路升级改造", "本年度预算(万元)", "919"],
      ["总体目标", "中期目标(2019-2021年)", "年度目标"],
      ["", "新建道路29个项目，规划里程169公里", "完成3个项目结算"],
      ["绩效指标", "一级指标", "二级指标", "三级指标", "指标值", "二级指标", "三级指标", "指标值"],
      ...midTerm.map(([name, value], i): string[] => [
        "",
        i === 0 ? "产出指标" : "",
        ["数量指标", "质量指标", "时效指标"][i],
        name,
        value,
        ["数量指标", "质量指标", "时效指标"][i],
        annual[i][0],
        annual[i][1],
      ]),
    ],
    {},
  );

/** Hunan's form: a 长期绩效指标 block above the 年度绩效指标 block. */
const stacked = (longTerm: Pair[], annual: Pair[]) => {
  const block = (title: string, pairs: Pair[]): string[][] => [
    [title, "一级指标", "二级指标", "指标内容", "指标值"],
    ...pairs.map(([name, value], i) => [
      "",
      i === 0 ? "产出指标" : "",
      ["数量指标", "质量指标", "时效指标"][i],
      name,
      value,
    ]),
  ];
  return buildSheet(
    "目标表",
    [
      ["项目绩效目标表"],
      ["项目名称", "镇域内基础设施建设"],
      ["资金总额", "100"],
      ...block("长期绩效指标", longTerm),
      ...block("年度绩效指标", annual),
    ],
    {},
  );
};

const ANNUAL: Pair[] = [
  ["结算项目数", "3个"],
  ["结算误差率", "≤3%"],
  ["支付及时性", "12月底前"],
];

ruleTester(longTermCopied, {
  valid: [
    ...seedCases(),
    {
      name: "a mid-term set of its own",
      sheet: sideBySide(
        [
          ["新建道路里程", "169公里"],
          ["验收合格率", "≥98%"],
          ["完工时间", "2021年底前"],
        ],
        ANNUAL,
      ),
    },
    {
      name: "one indicator in common is no copy",
      sheet: stacked(
        [
          ["道路里程", "≥50公里"],
          ["结算误差率", "≤3%"],
          ["完工时间", "2023年底前"],
        ],
        ANNUAL,
      ),
    },
  ],
  invalid: [
    {
      name: "the mid-term set a copy of the annual one (Dongguan 2019)",
      sheet: sideBySide(ANNUAL, ANNUAL),
      errors: [
        {
          cell: "E6",
          severity: "info",
          message: "中长期指标与年度指标相同：3 项指标的名称和指标值都与年度指标一样",
        },
      ],
    },
    {
      name: "the long-term block a copy of the annual block, in another order",
      sheet: stacked([ANNUAL[2], ANNUAL[0], ANNUAL[1]], ANNUAL),
      errors: [{ cell: "E5", severity: "info", message: "3 项指标" }],
    },
  ],
});
