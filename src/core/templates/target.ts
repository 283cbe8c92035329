import { LEVEL1_NAMES, LEVEL2_NAMES, type Level1, type Level2 } from "../categories";
import { DEFAULT_SETTINGS, timeProgressAt, type Settings } from "../settings";
import { fraction, percentFormat } from "./source";
import type { SheetTemplate } from "./types";
import { area, HEADER, INPUT, LABEL, TemplateWriter, TEXT, TITLE } from "./writer";

/** Both hierarchies (domain.md §1): the older one and 财预〔2021〕101号, 成本 first-level. */
export const LEVEL1_LIST: string[] = (["output", "cost", "benefit", "satisfaction"] as Level1[]).map(
  (k) => LEVEL1_NAMES[k],
);
export const LEVEL2_LIST: string[] = (
  [
    "quantity",
    "quality",
    "timeliness",
    "cost",
    "economic-cost",
    "social-cost",
    "ecological-cost",
    "economic-benefit",
    "social-benefit",
    "ecological-benefit",
    "sustainable-impact",
    "satisfaction",
  ] as Level2[]
).map((k) => LEVEL2_NAMES[k]);

/** The seed's skeleton (older hierarchy): a row per category the checks require, ready for 三级指标. */
const SKELETON: [string, string][] = [
  ["产出指标", "数量指标"],
  ["产出指标", "质量指标"],
  ["产出指标", "时效指标"],
  ["产出指标", "成本指标"],
  ["效益指标", "经济效益指标"],
  ["效益指标", "社会效益指标"],
  ["满意度指标", "服务对象满意度指标"],
];

export const TARGET_HINT =
  "写符号、数值和单位，如 ≥40批次、≥95%、≤30万元；" +
  "是否类写“是否超预算支出”；时限写“12月底前完成”；定性写“达成年度指标”。" +
  "不要只写“提升”“有效”等词。";

export interface TargetTemplateOptions {
  /** Indicator rows (at least the skeleton's seven). */
  rows?: number;
  /** 序时进度 the spending plan starts at (the settings' own, so the plan agrees with its check). */
  timeProgress?: Settings["timeProgress"];
  /** The form has 资金支出计划 (the Hebei form, the default); without it the plan rows are left out. */
  spendingPlan?: boolean;
}

const PLAN_MONTHS = [3, 6, 10, 12];

/**
 * A blank 绩效目标表 in the seed's layout (7 columns): unit line, 项目编码 / 项目名称, 预算数 and its
 * sources, the spending plan ready at the 序时进度 (25% / 50% / 83.3% / 100% by default; where the form has one), 绩效目标, and the indicator block
 * with drop-downs for 一级 / 二级指标 and hints for 指标值.
 */
export function targetTemplate(opts: TargetTemplateOptions = {}): SheetTemplate {
  const w = new TemplateWriter();
  const rows = Math.max(opts.rows ?? 12, SKELETON.length);
  w.merge(0, 0, 0, 6, "预算项目绩效目标表", TITLE).height(0, 28);
  w.merge(1, 0, 1, 5, null, INPUT).set(1, 6, "单位：万元", { align: "right" });
  w.hint(area(1, 0), "单位", "填写单位编码和名称，如 442001曹妃甸区政务接待中心本级。");

  w.set(2, 0, "项目编码", LABEL).merge(2, 1, 2, 2, null, INPUT).set(2, 3, "项目名称", LABEL);
  w.merge(2, 4, 2, 6, null, INPUT);
  w.hint(area(2, 1), "项目编码", "预算系统中的项目编码，如 13020924P00056410001N。");

  w.merge(3, 0, 4, 0, "预算规模及资金用途", LABEL);
  w.set(3, 1, "预算数", LABEL).set(3, 2, null, { ...INPUT, numFmt: "0.00" });
  w.set(3, 3, "其中：财政资金", LABEL).set(3, 4, null, { ...INPUT, numFmt: "0.00" });
  w.set(3, 5, "其他资金", LABEL).set(3, 6, null, { ...INPUT, numFmt: "0.00" });
  w.hint(area(3, 2), "预算数（万元）", "预算数应等于财政资金与其他资金之和，保留两位小数。");
  w.merge(4, 1, 4, 6, null, INPUT);
  w.hint(area(4, 1), "资金用途", "写明资金主要用途，如 主要用于购买通用办公设备和家具。");

  let r = 5;
  if (opts.spendingPlan ?? true) {
    w.merge(r, 0, r + 1, 0, "资金支出计划（%）", LABEL);
    w.merge(r, 1, r, 2, "3月底", HEADER).set(r, 3, "6月底", HEADER).set(r, 4, "10月底", HEADER);
    w.set(r, 5, "12月底", HEADER);
    const settings = { ...DEFAULT_SETTINGS, timeProgress: opts.timeProgress ?? DEFAULT_SETTINGS.timeProgress };
    const [p3, p6, p10, p12] = PLAN_MONTHS.map((m) => timeProgressAt(settings, m));
    const pct = (p: number) => ({ ...INPUT, numFmt: percentFormat(p), align: "center" as const });
    w.merge(r + 1, 1, r + 1, 2, fraction(p3), pct(p3))
      .set(r + 1, 3, fraction(p6), pct(p6))
      .set(r + 1, 4, fraction(p10), pct(p10));
    w.set(r + 1, 5, fraction(p12), pct(p12));
    w.hint(
      area(r + 1, 1, r + 1, 5),
      "累计支出比例",
      `截至各时点累计支出占预算的比例，逐期不减，12月底为100%。序时进度：3月${p3}%、6月${p6}%、10月${p10}%。`,
    );
    r += 2;
  }

  w.set(r, 0, "绩效目标", LABEL).merge(r, 1, r, 6, null, INPUT).height(r, 48);
  w.hint(area(r, 1), "绩效目标", "写明年度要完成什么、达到什么效果，如 1.满足办公需求，保障各项工作有序开展。");

  const head = r + 1;
  w.set(head, 0, "一级指标", HEADER).set(head, 1, "二级指标", HEADER).set(head, 2, "三级指标", HEADER);
  w.merge(head, 3, head, 4, "绩效指标描述", HEADER).set(head, 5, "指标值", HEADER);
  w.set(head, 6, "指标值确定依据", HEADER);
  const first = head + 1;
  const last = first + rows - 1;
  for (let row = first; row <= last; row++) {
    const [l1, l2] = SKELETON[row - first] ?? [null, null];
    w.set(row, 0, l1, TEXT).set(row, 1, l2, TEXT).set(row, 2, null, INPUT);
    w.merge(row, 3, row, 4, null, INPUT).set(row, 5, null, INPUT).set(row, 6, null, INPUT);
  }
  w.box(1, 0, last, 6);
  w.hint(
    area(first, 0, last, 0),
    "一级指标",
    "产出、效益、满意度必填；成本指标可作一级（财预〔2021〕101号）或放在产出下。",
    { values: LEVEL1_LIST, strict: false },
  );
  w.hint(area(first, 1, last, 1), "二级指标", "产出下需有数量、质量、时效；同一张表只用一套指标体系。", {
    values: LEVEL2_LIST,
    strict: false,
  });
  w.hint(area(first, 5, last, 5), "指标值", TARGET_HINT);
  w.hint(area(first, 6, last, 6), "指标值确定依据", "如 根据工作计划安排、根据上年完成情况推算、相关标准文件。");
  return w.build("target", "绩效目标表", [14, 16, 22, 16, 12, 24, 18], { row: 1, col: 0 });
}
