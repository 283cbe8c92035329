import { gradesOverlap } from "../../../src/core/rules/grades-overlap";
import { buildSheet } from "../../fixtures/real/transcription";
import { ruleTester } from "../../support/rule-tester";
import { seedCases } from "./tables";

type Grades = [string, string, string, string];

/** Hebei's 2019 form: no second level, the standard split 优 | 良 | 中 | 差 under 绩效指标评价标准. */
const hebei = (first: Grades, second: Grades) =>
  buildSheet(
    "目标表",
    [
      ["困难群众救助补助绩效目标表"],
      ["绩效目标", "保障农村低保户的基本生活"],
      ["绩效指标分类", "绩效指标", "绩效指标描述", "绩效指标评价标准", "", "", "", "评价标准确定依据"],
      ["", "", "", "优", "良", "中", "差"],
      ["产出指标", "救助覆盖率", "困难群众应救尽救", ...first, "按救助标准评价"],
      ["效果指标", "救助对象满意度", "满意和较满意的比率", ...second, "按服务对象满意度评价"],
    ],
    { merges: ["D3:G3", "H3:H4"] },
  );

/** A three-level form whose 指标值 header spans grade columns, costs graded downwards (less is better). */
const central = (cost: Grades, rate: Grades) =>
  buildSheet(
    "目标表",
    [
      ["项目支出绩效目标表"],
      ["项目名称", "乡村道路维护"],
      ["预算数（万元）", "100"],
      ["一级指标", "二级指标", "三级指标", "指标值", "", "", ""],
      ["", "", "", "优", "良", "中", "差"],
      ["产出指标", "成本指标", "维护总成本", ...cost],
      ["", "质量指标", "验收合格率", ...rate],
      ["效益指标", "社会效益指标", "通行条件", "明显改善", "有所改善", "略有改善", "未改善"],
      ["满意度指标", "服务对象满意度指标", "群众满意度", "≥90%", "≥80%", "≥70%", "<70%"],
    ],
    { merges: ["D4:G4"] },
  );

ruleTester(gradesOverlap, {
  valid: [
    ...seedCases(),
    { name: "grades stepping down", sheet: hebei(["100%", "90%", "85%", "<85%"], ["85%", "80%", "70%", "<70%"]) },
    {
      name: "costs stepping up, ranges, words",
      sheet: central(["≤80万元", "≤90万元", "≤100万元", ">100万元"], ["≥98%", "95%-98%", "90%-95%", "<90%"]),
    },
  ],
  invalid: [
    {
      name: "中 and 差 the same on every row (the 2019 Handan table)",
      sheet: hebei(["100%", "90%", "85%", "85%"], ["85%", "80%", "70%", "70%"]),
      errors: [
        {
          cell: "G5",
          message: "“救助覆盖率”的评价标准“差”与“中”都是 85%，两个等级无法区分。请改写“差”的标准（如“<85%”）",
        },
        { cell: "G6", message: "评价标准“差”与“中”都是 70%" },
      ],
    },
    {
      name: "a cost scale with two equal grades, a rate scale turned over",
      sheet: central(["≤80万元", "≤90万元", "≤90万元", ">100万元"], ["≥95%", "≥98%", "90%-95%", "<90%"]),
      errors: [
        {
          cell: "F6",
          message: "“维护总成本”的评价标准“中”与“良”都是 ≤90万元，两个等级无法区分。请改写“中”的标准（如“>90万元”）",
        },
        { cell: "E7", message: "“验收合格率”的评价标准“良”为 ≥98%，比上一等级“优”的 ≥95% 还要高，等级顺序颠倒" },
      ],
    },
  ],
});
