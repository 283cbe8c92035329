import { REASON_COLUMN } from "../categories";
import type { Table } from "../model";
import { defaultIndicatorWeights } from "../score/weights";
import { DEFAULT_SETTINGS, type Settings } from "../settings";
import { sheetNameFor, sourceFacts, writeIndicatorBlock } from "./source";
import type { SheetTemplate } from "./types";
import { area, HEADER, INPUT, LABEL, TemplateWriter, TITLE } from "./writer";

export interface SelfEvaluationTemplateOptions {
  weights?: Settings["weights"];
  /** Blank indicator rows when the source has none. */
  rows?: number;
}

export const ACTUAL_HINT =
  "实际完成的数值和单位，如 38批次、96%；定性指标填 达成 / 部分达成 / 未达成；是否类填 是 / 否。";

/**
 * A 项目支出绩效自评表 in the 财预〔2020〕10号 form (9 columns), prefilled from a target table:
 * the funds block (年初预算数 | 全年预算数 | 全年执行数 | 分值 | 执行率 | 得分), 年度总体目标,
 * the indicators with default weights (执行率 10; 产出 50, 效益 30, 满意度 10 spread to the cent)
 * and 总分. 执行率, 得分 and 总分 are left blank: the check fills them.
 */
export function selfEvaluationTemplate(source?: Table | null, opts: SelfEvaluationTemplateOptions = {}): SheetTemplate {
  const f = sourceFacts(source);
  const weights = opts.weights ?? DEFAULT_SETTINGS.weights;
  const w = new TemplateWriter();
  const right = 8;
  const money = { ...INPUT, numFmt: "0.00", align: "center" as const };
  const fixed = { numFmt: "0.00", align: "center" as const };
  w.merge(0, 0, 0, right, "项目支出绩效自评表", TITLE).height(0, 28);
  w.merge(1, 0, 1, right, f.year ? `（${f.year}年度）` : "（    年度）", { align: "center" });

  w.set(2, 0, "项目名称", LABEL).merge(2, 1, 2, 3, f.projectName || null, INPUT);
  w.set(2, 4, "项目编码", LABEL).merge(2, 5, 2, right, f.projectCode || null, INPUT);
  w.set(3, 0, "主管部门", LABEL).merge(3, 1, 3, 3, null, INPUT);
  w.set(3, 4, "实施单位", LABEL).merge(3, 5, 3, right, f.unit || null, INPUT);

  // Funds block: a header row, the total row, then the sources.
  w.merge(4, 0, 8, 0, "项目资金（万元）", LABEL);
  w.merge(4, 1, 4, 2, null, HEADER);
  ["年初预算数", "全年预算数", "全年执行数", "分值", "执行率", "得分"].forEach((h, i) => w.set(4, 3 + i, h, HEADER));
  const rows: [string, number | null][] = [
    ["年度资金总额", f.budget],
    ["其中：当年财政拨款", f.fiscal],
    ["上年结转资金", null],
    ["其他资金", f.other],
  ];
  rows.forEach(([label, amount], i) => {
    const r = 5 + i;
    w.merge(r, 1, r, 2, label, { ...LABEL, align: "left" });
    w.set(r, 3, amount, money).set(r, 4, amount, money).set(r, 5, null, money);
    if (i === 0) {
      w.set(r, 6, weights.execution, fixed).set(r, 7, null, { numFmt: "0.00%", align: "center" });
      w.set(r, 8, null, fixed);
    } else for (let c = 6; c <= 8; c++) w.set(r, c, "—", { align: "center" });
  });
  w.hint(area(5, 4, 8, 4), "全年预算数", "调整后的全年预算（万元）；执行率 = 全年执行数 ÷ 全年预算数。");
  w.hint(area(5, 5, 8, 5), "全年执行数", "全年实际支出（万元），不应超过全年预算数。");
  w.hint(area(5, 7, 5, 8), "可留空", "执行率和得分可留空：检查时按 执行率 × 分值 计算填写（执行率最高按100%计）。");

  w.merge(9, 0, 10, 0, "年度总体目标", LABEL);
  w.merge(9, 1, 9, 4, "预期目标", HEADER).merge(9, 5, 9, right, "实际完成情况", HEADER);
  w.merge(10, 1, 10, 4, f.goal || null, INPUT)
    .merge(10, 5, 10, right, null, INPUT)
    .height(10, 60);
  w.hint(area(10, 5), "实际完成情况", "对照预期目标，写明全年实际完成了什么、效果如何。");

  const headers = [
    "绩效指标",
    "一级指标",
    "二级指标",
    "三级指标",
    "年度指标值",
    "实际完成值",
    "分值",
    "得分",
    REASON_COLUMN["self-evaluation"],
  ];
  const { first, last, n } = writeIndicatorBlock(w, f.indicators, { head: 11, headers, col: 1, rows: opts.rows });
  const spread = defaultIndicatorWeights(
    f.indicators.map((i) => i.indicator),
    weights,
  );
  for (let i = 0; i < n; i++) {
    const r = first + i;
    const it = f.indicators[i];
    w.set(r, 0, null);
    w.set(r, 5, null, INPUT);
    w.set(r, 6, it ? spread[i] : null, { ...(it ? {} : INPUT), ...fixed });
    w.set(r, 7, null, fixed);
    w.set(r, 8, null, INPUT);
  }
  const total = last + 1;
  w.merge(total, 0, total, 5, "总分", LABEL);
  w.set(total, 6, 100, { ...fixed, bold: true }).set(total, 7, null, { ...fixed, bold: true });
  w.set(total, 8, null);
  w.box(2, 0, total, right);
  w.hint(area(first, 5, last, 5), "实际完成值", ACTUAL_HINT);
  w.hint(
    area(first, 6, last, 6),
    "分值",
    `默认：执行率${weights.execution}，产出${weights.output}、效益${weights.benefit}、满意度${weights.satisfaction}分摊到各指标；合计须为100。`,
  );
  w.hint(
    area(first, 7, last, 7),
    "得分",
    "可留空：检查时计算。完成目标得满分，未完成按比例；定性指标达成80-100%、部分达成60-80%、未达成0-60%。",
  );
  w.hint(area(first, 8, last, 8), "偏差原因", "得分低于分值时必须写明偏差原因和改进措施。");
  return w.build("self-evaluation", sheetNameFor(f, "自评", "绩效自评表"), [10, 14, 16, 22, 16, 14, 9, 9, 30], {
    row: first,
    col: 5,
  });
}
