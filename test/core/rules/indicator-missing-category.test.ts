import { indicatorMissingCategory } from "../../../src/core/rules/indicator-missing-category";
import { ruleTester } from "../../support/rule-tester";
import { indicator, project2021, seedCases, seedTable } from "./tables";

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
  ],
  invalid: [
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
