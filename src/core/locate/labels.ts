import type { ColumnRole } from "../model";
import { memoText, normalizeLabel } from "../text";

/** Labels of a table's header block (left of their value cell). */
export type LabelKind =
  | "projectCode"
  | "projectName"
  | "budget"
  | "fundsBlock"
  | "source"
  | "purpose"
  | "plan"
  | "plannedRow"
  | "actualRow"
  | "goal"
  | "unitMark"
  | "asOf"
  | "department"
  | "implementer"
  | "total";

const HEADER_LABELS: [RegExp, LabelKind][] = [
  [/^项目(编码|编号|代码)$/, "projectCode"],
  [/^项目名称$/, "projectName"],
  [/^(年度)?(预算数|预算金额|预算资金|资金总额|项目总金额|年度资金总额|项目资金)(\((万元|元)\))?$/, "budget"],
  [/^预算规模(及资金用途)?$|^资金(情况|规模)(及用途)?$/, "fundsBlock"],
  [/^(主要|资金主要|资金)用途$/, "purpose"],
  [/^资金支出(计划|进度)(\(%\))?$|^(分月|分季度)?支出计划(\(%\))?$/, "plan"],
  [/^计划(累计)?支出(进度|比例)?(\(%\))?$/, "plannedRow"],
  [/^实际(累计)?支出(金额|数)?(\((万元|元)\))?$/, "actualRow"],
  [/^(年度)?(绩效目标|总体目标)$|^年度总体目标$|^项目绩效目标$/, "goal"],
  [/^(金额)?单位:?(万元|元)$/, "unitMark"],
  [/^监控(截至|截止)(时间|日期|月份)?$/, "asOf"],
  [/^主管部门$/, "department"],
  [/^实施单位$/, "implementer"],
  [/^总分$|^合计得分$/, "total"],
];

const SOURCE = /^(其中)?:?(.{0,10}?(资金|拨款|经费))$/;
/** Every label and column header above holds a Chinese character: codes and figures are out at once. */
const HAS_CJK = /[\u3400-\u9fff]/;
const NOT_SOURCE = /^(预算|资金用途|资金总额|项目资金)$|用途$|计划$|进度$/;

export interface LabelMatch {
  kind: LabelKind;
  /** For "source": the source's name (财政资金, 其他资金 ...). */
  name?: string;
}

/** Classifies a header-block label. Cheap on non-labels: long texts are not labels. */
export const classifyLabel = memoText(classifyLabelUncached);

function classifyLabelUncached(raw: string): LabelMatch | null {
  if (raw.length === 0 || raw.length > 40) return null;
  const t = normalizeLabel(raw);
  if (t.length === 0 || t.length > 24 || !HAS_CJK.test(t)) return null;
  for (let i = 0; i < HEADER_LABELS.length; i++) if (HEADER_LABELS[i][0].test(t)) return { kind: HEADER_LABELS[i][1] };
  const m = SOURCE.exec(t);
  if (m && !NOT_SOURCE.test(m[2])) return { kind: "source", name: m[2] };
  return null;
}

/**
 * Column headers of the indicator block; order matters (first match wins). A trailing (A) / (B) /
 * (或计划水平) is part of the header as forms print it.
 */
const COLUMN_LABELS: [RegExp, ColumnRole][] = [
  // 绩效指标分类 (an older Hebei form) heads the category column, as 一级指标 does.
  [/^一级指标$|^(绩效)?指标分类$/, "level1"],
  [/^二级指标$/, "level2"],
  [/^三级指标(名称)?$|^指标名称$/, "level3"],
  [/^(绩效)?指标(描述|解释|内容|说明)$/, "description"],
  [/^指标性质(\/符号)?$|^(运算)?符号$|^运算符$|^比较符$|^指标方向$/, "nature"],
  [/^(计量|度量)(\((计量|度量)\))?单位$|^计量\(度量\)单位$|^单位$/, "unit"],
  [/^(指标值|评价标准)(确定|设定|设置)?依据$|^(确定|取值)依据$/, "targetBasis"],
  [/^(中长期|长期|中期|实施期)(绩效)?(指标值|目标值)(\(.*\))?$/, "longTermTarget"],
  [
    /^(年度|全年|年初|计划|年度计划)?(指标值|指标目标值|目标值)(及(计量)?单位)?(\(.*\))?$|^当年预期实现值$|^预期(指标值|目标值?)$|^(绩效)?(指标)?评价标准$/,
    "target",
  ],
  [
    /^当前完成值$|^(全年|年度)?(实际)?完成值(\(.*\))?$|^(全年)?实际(值|完成情况)(\(.*\))?$|^1?-?\d{1,2}月(份)?(执行|完成)情况$|^截至目前完成(值|情况)$|^累计完成值$/,
    "actual",
  ],
  [/^全年预计完成(情况|值)$|^预计全年完成(情况|值)$/, "forecast"],
  [/^完成(目标)?可能性$/, "chance"],
  [/^偏差原因分析$/, "reasonCategory"],
  [/^偏差原因(说明|分析及改进措施)?$|^(未完成)?原因分析(及改进措施)?$/, "reason"],
  [/^监控结果$/, "result"],
  [/^(分值|权重)(\(.*\))?$/, "weight"],
  [/^(自评)?得分(\(.*\))?$/, "score"],
  // 绩效指标, or 绩效指标(90分): the leading merged column of the block (the indicator's name where it stands right of 指标分类).
  [/^绩效指标(\(\d+(\.\d+)?分\))?$/, "indicatorGroup"],
];

export const classifyColumn = memoText(classifyColumnUncached);

/**
 * A cheap test before the matchers, for scans of every cell: both table anchors (^项目名称$ and
 * ^一级指标$ / ^绩效指标分类$ above) hold 称, 级 or 类, which normalising keeps. Change it with those patterns.
 */
export function mayBeAnchor(text: string): boolean {
  return (
    text.length >= 4 &&
    text.length <= 24 &&
    (text.indexOf("称") >= 0 || text.indexOf("级") >= 0 || text.indexOf("类") >= 0)
  );
}

function classifyColumnUncached(raw: string): ColumnRole | null {
  if (raw.length === 0 || raw.length > 40) return null;
  const t = normalizeLabel(raw);
  if (!HAS_CJK.test(t)) return null;
  for (let i = 0; i < COLUMN_LABELS.length; i++) if (COLUMN_LABELS[i][0].test(t)) return COLUMN_LABELS[i][1];
  return null;
}

/** A checkpoint header: 3月底, 6月末, 10月, 12月底 -> month. */
export const checkpointMonth = memoText(checkpointMonthUncached);

function checkpointMonthUncached(raw: string): number | null {
  if (raw.length > 12) return null;
  const m = /^(?:1-)?(\d{1,2})月(?:底|末|份)?(?:前)?$/.exec(normalizeLabel(raw));
  if (!m) return null;
  const month = Number(m[1]);
  return month >= 1 && month <= 12 ? month : null;
}

export type TitleKind = "target" | "monitoring" | "self-evaluation";

/** A title above a table names its kind (…绩效目标表, …运行监控表, …绩效自评表). */
export const titleKind = memoText(titleKindUncached);

function titleKindUncached(raw: string): TitleKind | null {
  if (raw.length > 80) return null;
  const t = normalizeLabel(raw);
  if (/自评表$/.test(t)) return "self-evaluation";
  if (/监控表$|监控情况表$/.test(t)) return "monitoring";
  if (/绩效目标(申报)?表$/.test(t)) return "target";
  return null;
}
