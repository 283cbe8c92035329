import { CHANCES, REASON_COLUMN } from "../categories";
import type { Table } from "../model";
import { fraction, percentFormat, sheetNameFor, sourceFacts, writeIndicatorBlock } from "./source";
import type { SheetTemplate } from "./types";
import { area, HEADER, INPUT, LABEL, TemplateWriter, TITLE } from "./writer";

/** The 监控截至 drop-down: month ends, as checkpointMonth reads them. */
const AS_OF_LIST = Array.from({ length: 12 }, (_, i) => `${i + 1}月底`);

export interface MonitoringTemplateOptions {
  /** 监控截至 month (default 6: 6月底). */
  asOfMonth?: number;
  /** Blank indicator rows when the source has none. */
  rows?: number;
}

/**
 * A 预算项目绩效运行监控表 prefilled from a target table (issue 3's layout, 9 columns):
 * 项目编码 | 项目名称; 预算数（万元） | 监控截至; 资金支出进度 with the plan and a row for actual
 * spending; then a row per indicator with 年度指标值 and the columns the unit fills in.
 */
export function monitoringTemplate(source?: Table | null, opts: MonitoringTemplateOptions = {}): SheetTemplate {
  const f = sourceFacts(source);
  const w = new TemplateWriter();
  const month = opts.asOfMonth && opts.asOfMonth >= 1 && opts.asOfMonth <= 12 ? opts.asOfMonth : 6;
  const right = 8;
  w.merge(0, 0, 0, right, "预算项目绩效运行监控表", TITLE).height(0, 28);

  w.set(1, 0, "项目编码", LABEL).merge(1, 1, 1, 3, f.projectCode || null, INPUT);
  w.set(1, 4, "项目名称", LABEL).merge(1, 5, 1, right, f.projectName || null, INPUT);
  w.set(2, 0, "预算数（万元）", LABEL).merge(2, 1, 2, 3, f.budget, { ...INPUT, numFmt: "0.00", align: "left" });
  w.set(2, 4, "监控截至", LABEL).merge(2, 5, 2, right, `${month}月底`, { ...INPUT, align: "left" });
  w.hint(area(2, 5), "监控截至", "选择本次监控的时点（如 6月底）：完成进度按此月份计算。", {
    values: AS_OF_LIST,
    strict: true,
  });

  w.set(3, 0, "资金支出进度", LABEL);
  w.set(4, 0, "计划累计支出（%）", LABEL);
  w.set(5, 0, "实际累计支出（万元）", LABEL);
  f.checkpoints.forEach((cp, i) => {
    const c = 1 + i;
    w.set(3, c, `${cp.month}月底`, HEADER);
    w.set(4, c, cp.percent === null ? null : fraction(cp.percent), {
      numFmt: cp.percent === null ? "0%" : percentFormat(cp.percent),
      align: "center",
    });
    w.set(5, c, null, { ...INPUT, numFmt: "0.00", align: "center" });
  });
  const lastCp = f.checkpoints.length;
  w.hint(
    area(5, 1, 5, lastCp),
    "实际累计支出（万元）",
    "截至各时点累计实际支出的金额（万元）。支出进度 = 实际支出 ÷ 预算数，与计划比较。",
  );
  w.hint(area(4, 1, 4, lastCp), "计划累计支出", "来自绩效目标表的资金支出计划；没有计划时按序时进度比较。");

  const headers = [
    "一级指标",
    "二级指标",
    "三级指标",
    "年度指标值",
    "当前完成值",
    "全年预计完成情况",
    "完成可能性",
    REASON_COLUMN.monitoring,
    "监控结果",
  ];
  const { first, last, n } = writeIndicatorBlock(w, f.indicators, { head: 6, headers, col: 0, rows: opts.rows });
  for (let i = 0; i < n; i++) {
    const r = first + i;
    for (let c = 4; c <= 7; c++) w.set(r, c, null, INPUT);
    w.set(r, 8, null, { align: "center" });
  }
  w.box(1, 0, last, right);
  w.hint(
    area(first, 4, last, 4),
    "当前完成值",
    "截至监控时点的累计完成情况，如 20批次、96%；定性指标填 达成 / 部分达成 / 未达成；是否类填 是 / 否。",
  );
  w.hint(area(first, 5, last, 5), "全年预计完成情况", "预计到年底能完成多少，如 40批次、≥95%。");
  w.hint(area(first, 6, last, 6), "完成可能性", `选择：${CHANCES.join(" / ")}。`, { values: CHANCES, strict: true });
  w.hint(
    area(first, 7, last, 7),
    REASON_COLUMN.monitoring,
    "红灯、黄灯必须说明：偏差原因（人员、制度、经费或其他）和下一步纠偏措施。",
  );
  w.hint(area(first, 8, last, 8), "监控结果", "可留空：检查时按完成进度填写 红 / 黄 / 绿 / 蓝。");
  return w.build("monitoring", sheetNameFor(f, "监控", "运行监控表"), [20, 16, 22, 16, 14, 16, 12, 30, 10], {
    row: first,
    col: 4,
  });
}
