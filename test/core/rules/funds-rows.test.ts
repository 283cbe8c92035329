/**
 * The rows under a funds block's total (基本支出 / 项目支出, 其中 rows): a 分值 there counts the
 * execution share twice (weights-sum), and a 得分 there must follow the total's formula (score-mismatch).
 */
import { Grid } from "../../../src/core/grid";
import { locateTables } from "../../../src/core/locate";
import { scoreMismatch } from "../../../src/core/rules/score-mismatch";
import { weightsSum } from "../../../src/core/rules/weights-sum";
import type { SheetSnapshot } from "../../../src/core/snapshot";
import { buildSheet } from "../../fixtures/real/transcription";
import { ruleTester } from "../../support/rule-tester";
import { ALL_MET, put, selfEvaluationSheet, type Typed } from "./in-year";

/** A department-wide self-evaluation (Guizhou's form): 资金来源 | 年初预算数(A) | 全年执行数(B) | 分值(10分) | 得分. */
const department = (basic: string[], project: string[]) =>
  buildSheet(
    "部门自评",
    [
      ["部门整体支出绩效自评表"],
      ["部门(单位)名称", "某镇人民政府"],
      ["部门(单位)总体资金(万元)", "资金来源", "年初预算数(A)", "全年执行数(B)", "分值(10分)", "得分"],
      ["", "年度资金总额:", "1172.55", "1268.72", "10", "10"],
      ["", "基本支出", ...basic],
      ["", "项目支出", ...project],
      ["", "其他"],
      ["年度总体目标", "年初设定目标", "年度总体目标完成情况"],
      ["", "保障机关运转", "完成"],
      ["绩效指标", "一级指标", "二级指标", "三级指标", "年度指标值(A)", "全年实际值(B)", "分值", "得分"],
      ["", "产出指标", "数量指标", "保障人数", "≥50人", "52", "50", "50"],
      ["", "效益指标", "社会效益指标", "群众办事便利度", "提高", "达成", "30", "30"],
      ["", "满意度指标", "服务对象满意度指标", "群众满意度", "≥90%", "95%", "10", "10"],
    ],
    {},
  );

/** The seed's self-evaluation template with the 其中：当年财政拨款 row's cells typed over (by header). */
function template(cells: Record<string, Typed>): SheetSnapshot {
  const s = selfEvaluationSheet(1, { ...ALL_MET, execScore: 9.77 });
  const [t] = locateTables(new Grid(s));
  const row = t.selfEvaluation!.fundsRows![0];
  const at: Record<string, typeof row.spent> = { spent: row.spent, weight: row.weight, score: row.score };
  for (const [k, v] of Object.entries(cells)) put(s, at[k]!, v);
  return s;
}

ruleTester(scoreMismatch, {
  valid: [
    { name: "the template's 其中 rows with dashes", sheet: template({}) },
    { name: "a department form scoring the total only", sheet: department(["985.19", "914.97"], ["187.36", "353.75"]) },
    {
      name: "sub-rows scored by the formula, over 100% capped",
      sheet: department(["985.19", "914.97", "10", "9.29"], ["187.36", "353.75", "10", "10"]),
    },
  ],
  invalid: [
    {
      name: "基本支出 scored 10 at 92.87% (the department form)",
      sheet: department(["985.19", "914.97", "10", "10"], ["187.36", "353.75", "10", "10"]),
      errors: [{ cell: "F5", message: "基本支出 得分应为 9.29（本行执行数 ÷ 预算数 = 92.87%，× 分值 10" }],
    },
    {
      name: "a 其中 row scored in the template",
      sheet: template({ spent: 90, weight: 10, score: 10 }),
      errors: [{ cell: "I7", message: "当年财政拨款 得分应为 8.93（本行执行数 ÷ 预算数 = 89.29%" }],
    },
  ],
});

ruleTester(weightsSum, {
  valid: [
    { name: "the template's 其中 rows with dashes", sheet: template({}) },
    {
      name: "a department form weighting the total only",
      sheet: department(["985.19", "914.97"], ["187.36", "353.75"]),
    },
  ],
  invalid: [
    {
      name: "分值 10 again on 基本支出 and 项目支出 (the department form)",
      sheet: department(["985.19", "914.97", "10", "10"], ["187.36", "353.75", "10", "10"]),
      errors: [
        { cell: "E5", message: "基本支出 行也填了分值 10。预算执行的分值只计一次，填在年度资金总额行（10分）" },
        { cell: "E6", message: "项目支出 行也填了分值 10" },
      ],
    },
    {
      name: "a 其中 row weighted in the template",
      sheet: template({ weight: 10 }),
      errors: [{ cell: "G7", message: "当年财政拨款 行也填了分值 10" }],
    },
  ],
});
