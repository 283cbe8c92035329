import { indicatorMissingCategory } from "../../../src/core/rules/indicator-missing-category";
import { ruleTester } from "../../support/rule-tester";
import { SheetBuilder } from "../../fixtures/sheet-builder";
import { indicator, project2021, seedCases, seedTable } from "./tables";

/** A target form with no second level: a title, its goal, a header and rows of cells. */
function noLevel2(header: string[], rows: string[][]): SheetBuilder {
  const b = new SheetBuilder("表");
  [["困难群众救助补助资金绩效目标表"], ["绩效目标", "保障困难群众基本生活。"], header, ...rows].forEach((r, i) =>
    r.forEach((v, j) => v && b.set(i, j, v)),
  );
  return b;
}

/** The seed's first table without the indicators whose level1/level2 matches. */
const without = (re: RegExp, i = 0) =>
  seedTable(i, (p) => (p.indicators = p.indicators.filter((it) => !re.test(it.level1) && !re.test(it.level2)))).sheet;

ruleTester(indicatorMissingCategory, {
  valid: [
    ...seedCases(),
    { name: "the 2021 hierarchy: 成本指标 first-level", sheet: seedTable(0, project2021).sheet },
    {
      name: "a salary project without 满意度 where the setting allows it",
      sheet: without(/满意度/),
      settings: { requiredLevel1: ["output", "benefit", "cost"] },
    },
    {
      name: "成本 required under 产出 is met by a first-level 成本指标 too",
      sheet: seedTable(0, project2021).sheet,
      settings: { requiredOutputLevel2: ["quantity", "quality", "timeliness", "cost"] },
    },
    {
      name: "a form without 二级 (绩效指标分类 | 绩效指标 | 指标描述): no 数量 / 质量 / 时效, no 成本 under 产出 to miss",
      sheet: noLevel2(
        ["绩效指标分类", "绩效指标", "绩效指标描述", "指标值", "评价标准确定依据"],
        [
          ["产出指标", "救助覆盖率", "应救尽救", "≥100%", "按救助标准评价"],
          ["效果指标", "救助对象满意度", "问卷调查满意比率", "≥85%", "按满意度调查评价"],
        ],
      ),
    },
    {
      name: "a form without 二级 (一级指标 | 三级指标 | 指标值)",
      sheet: noLevel2(
        ["一级指标", "三级指标", "指标值"],
        [
          ["产出指标", "发放人数", "≥230人"],
          ["效益指标", "基本生活保障率", "≥95%"],
          ["满意度指标", "群众满意度", "≥90%"],
        ],
      ),
    },
  ],
  invalid: [
    {
      name: "a form without 二级 still needs its first levels",
      sheet: noLevel2(
        ["一级指标", "三级指标", "指标值"],
        [
          ["产出指标", "发放人数", "≥230人"],
          ["效益指标", "基本生活保障率", "≥95%"],
        ],
      ),
      errors: [{ cell: "A3", message: /^指标体系不完整：缺少一级指标“满意度指标”。/ }],
    },
    {
      name: "no 满意度指标",
      sheet: without(/满意度/),
      errors: [{ cell: "A9", message: "指标体系不完整：缺少一级指标“满意度指标”。" }],
    },
    {
      name: "no 时效指标 under 产出",
      sheet: without(/时效/, 1),
      errors: [{ cell: "A9", message: "产出指标下缺少二级指标“时效指标”" }],
    },
    {
      name: "no 成本 anywhere",
      sheet: without(/成本/, 2),
      errors: [{ cell: "A9", message: "缺少一级指标“成本指标”（或产出指标下的二级指标“成本指标”）" }],
    },
    {
      name: "no 效益 and no 数量/质量: one finding naming all",
      sheet: without(/效益|数量|质量/),
      errors: [
        {
          cell: "A9",
          message: "缺少一级指标“效益指标”；产出指标下缺少二级指标“数量指标”、“质量指标”",
        },
      ],
    },
    {
      name: "no 产出 at all: its second levels are not listed again",
      sheet: without(/产出/),
      errors: [
        {
          cell: "A9",
          message: /^指标体系不完整：缺少一级指标“产出指标”、“成本指标”（或产出指标下的二级指标“成本指标”）。/,
        },
      ],
    },
    {
      name: "a table placed at C4: its own 一级指标 header",
      sheet: seedTable(0, (p) => (p.indicators = [indicator("产出指标", "数量指标", "购置数量", "≥2台")]), {
        top: 3,
        left: 2,
      }).sheet,
      errors: [{ cell: "C12", message: "“效益指标”、“满意度指标”、“成本指标”" }],
    },
    {
      name: "the required set is a setting",
      sheet: seedTable(0, project2021).sheet,
      settings: { requiredOutputLevel2: ["quantity", "quality", "timeliness", "social-benefit"] },
      errors: [{ cell: "A9", message: "产出指标下缺少二级指标“社会效益指标”" }],
    },
  ],
});
