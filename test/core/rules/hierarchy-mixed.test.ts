import { hierarchyMixed } from "../../../src/core/rules/hierarchy-mixed";
import { ruleTester } from "../../support/rule-tester";
import { indicator, project2021, seedCases, seedTable } from "./tables";

ruleTester(hierarchyMixed, {
  valid: [
    ...seedCases(),
    { name: "the 2021 hierarchy alone", sheet: seedTable(0, project2021).sheet },
    {
      name: "the older hierarchy with 可持续影响指标",
      sheet: seedTable(0, (p) =>
        p.indicators.splice(5, 0, indicator("效益指标", "可持续影响指标", "设备使用年限", "≥6年")),
      ).sheet,
    },
  ],
  invalid: [
    {
      name: "the seed's 产出/成本指标 beside a first-level 成本指标 (a tie flags the older row)",
      sheet: seedTable(0, (p) =>
        p.indicators.splice(5, 0, indicator("成本指标", "经济成本指标", "设备购置成本", "≤0.81万元")),
      ).sheet,
      errors: [
        {
          cell: "B13",
          message:
            "此表混用了两套指标体系：“成本指标”属旧体系，本表其余指标按 2021 年体系（“经济成本指标”）。请统一为一套：把产出指标下的“成本指标”改为一级指标“成本指标”下的“经济成本指标”",
        },
      ],
    },
    {
      name: "a 2021 table with one 可持续影响指标",
      sheet: seedTable(1, (p) => {
        project2021(p);
        p.indicators.splice(4, 0, indicator("效益指标", "可持续影响指标", "长效机制", "≥3年"));
      }).sheet,
      errors: [{ cell: "B14", message: "“可持续影响指标”属旧体系" }],
    },
    {
      name: "an older table with one first-level 成本指标 row",
      sheet: seedTable(2, (p) => {
        p.indicators.splice(4, 0, indicator("效益指标", "可持续影响指标", "车辆使用年限", "≥8年"));
        p.indicators.splice(6, 0, indicator("成本指标", "成本指标", "购车成本", "≤18万元"));
      }).sheet,
      errors: [
        { cell: "A16", message: "“成本指标”属 2021 年体系，本表其余指标按旧体系（“成本指标”、“可持续影响指标”）" },
      ],
    },
  ],
});
