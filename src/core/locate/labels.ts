import type { ColumnRole } from "../model";
import { memoText, normalizeLabel } from "../text";

/** Labels of a table's header block (left of their value cell). */
export type LabelKind =
  | "projectCode"
  | "projectName"
  | "departmentName"
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

/** A money unit as tables write it. */
export type MoneyUnit = "万元" | "元";

/**
 * Names of the project under every label in use. The rank says which wins when a table has several
 * (二级项目名称 is more specific than 项目名称, which is more specific than 一级项目名称).
 */
const NAME = /^(一级|二级)?(项目|专项|专项资金|项目支出|专项\(项目\)|项目\(专项\)|政策|政策\(项目\)|资金)名称$/;

/**
 * The annual amount under the labels in use (预算数, 年度资金总额, 本年度申请市财政预算资金,
 * 下达中央预算内投资, 年度财政资金总额 …); 项目总投资 and 中期/实施期 totals are not it.
 */
const BUDGET =
  /^(本年度|本年|年度|当年|全年)?(申请|下达|安排)?(中央|省级|市级|县级|区级|省|市|县|区)?(财政)?(预算数|预算金额|预算资金|预算内投资|资金总额|项目总金额|项目资金|总额)$/;

const HEADER_LABELS: [RegExp, LabelKind][] = [
  [/^项目(编码|编号|代码)$/, "projectCode"],
  [NAME, "projectName"],
  [/^(部门|单位|部门\(单位\)|单位\(部门\))名称$/, "departmentName"],
  [BUDGET, "budget"],
  [
    /^预算规模(及资金用途)?$|^资金(情况|规模|总额及构成|来源及构成)(及用途)?$|^(项目|部门)?(总体)?资金情况$/,
    "fundsBlock",
  ],
  [/^(主要|资金主要|资金)用途$/, "purpose"],
  [/^资金支出(计划|进度)(\(%\))?$|^(分月|分季度)?支出计划(\(%\))?$/, "plan"],
  [/^计划(累计)?支出(进度|比例)?(\(%\))?$/, "plannedRow"],
  [/^实际(累计)?支出(金额|数)?$/, "actualRow"],
  [/^(年度)?(绩效目标|总体目标)$|^年度(总体)?目标$|^项目绩效目标$/, "goal"],
  [/^(金额)?单位:?(万元|元)$/, "unitMark"],
  [/^监控(截至|截止)(时间|日期|月份)?$/, "asOf"],
  [/^主管部门$/, "department"],
  [/^实施单位$/, "implementer"],
  [/^总分$|^合计得分$/, "total"],
];

const SOURCE = /^(其中)?:?(.{0,10}?(资金|拨款|经费))$/;
/** Every label and column header above holds a Chinese character: codes and figures are out at once. */
export const HAS_CJK = /[\u3400-\u9fff]/;
const NOT_SOURCE = /^(预算|资金用途|资金总额|项目资金)$|用途$|计划$|进度$/;
/** A unit in brackets after a label: 预算数（万元）, 项目资金 (元), 预算执行情况(万元)(20分). */
const UNIT_SUFFIX = /\((万元|元)\)(\(\d+分\))?$/;
/** A list number before a label: 二、自有资金, (1)财政拨款, 1.上级资金. */
const ENUMERATOR = /^([一二三四五六七八九十]+、|\(?\d{1,2}\)|\d{1,2}[.、])/;
/**
 * An amount written into the label's own cell: 年度资金总额:16, 其中:上级资金16, 总额10606.7522万元,
 * 财政拨款:6923.3552万元(其中:…), 三、其他:3683.3970万元. The figure is the first one after the label.
 */
const INLINE_AMOUNT = /^(\D*?[^\d,.:+-]):?([+-]?(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?)(万元|万|元)?(?:\(.*\))?$/;

/** Every budget or source label holds one of these. */
const MONEY_WORD = /资金|拨款|经费|预算|总额|投资|其他/;
const DIGIT = /\d/;

export interface LabelMatch {
  kind: LabelKind;
  /** For "source": the source's name (财政资金, 其他资金 ...). */
  name?: string;
  /** For "projectName": 0 for 一级项目名称, 1 for a plain name, 2 for 二级项目名称 (the most specific wins). */
  rank?: number;
  /** The unit the label names: 预算数（元）, 项目资金（万元）. */
  unit?: MoneyUnit;
  /** An amount inside the label's cell (年度资金总额:16 → "16", 总额10606.7522万元 → "10606.7522万元"). */
  amount?: string;
  /** A text value inside the label's cell, after its colon (项目名称：街道环境整治 → "街道环境整治"). */
  inline?: string;
}

/** Labels whose value may follow a colon in the same cell, as a line typed above a table is. */
const INLINE_KINDS: ReadonlySet<LabelKind> = new Set<LabelKind>([
  "projectCode",
  "projectName",
  "departmentName",
  "goal",
  "purpose",
  "department",
  "implementer",
  "asOf",
]);
/** 项目名称：街道环境整治: a label of at most 16 characters, a colon, a value. */
const INLINE_VALUE = /^([^:]{2,16}):(.*\S.*)$/;

function inlineValue(raw: string, t: string): LabelMatch | null {
  const m = INLINE_VALUE.exec(t);
  if (!m) return null;
  const label = matchLabel(m[1].replace(ENUMERATOR, ""));
  if (!label || !INLINE_KINDS.has(label.kind)) return null;
  const colon = raw.search(/[:：]/);
  const value = raw.slice(colon + 1).trim();
  return value ? { ...label, inline: value } : null;
}

/** Classifies a header-block label. Cheap on non-labels: long texts are not labels. */
export const classifyLabel = memoText(classifyLabelUncached);

function classifyLabelUncached(raw: string): LabelMatch | null {
  if (raw.length === 0 || raw.length > 72) return null;
  let t = normalizeLabel(raw);
  if (t.length === 0 || t.length > 64 || !HAS_CJK.test(t)) return null;
  let unit: MoneyUnit | undefined;
  const u = UNIT_SUFFIX.exec(t);
  if (u) {
    unit = u[1] as MoneyUnit;
    t = t.slice(0, u.index);
  }
  t = t.replace(ENUMERATOR, "");
  const plain = t.length <= 24 ? matchLabel(t) : null;
  if (plain) return unit ? { ...plain, unit } : plain;
  const inline = t.indexOf(":") > 0 ? inlineValue(raw, t) : null;
  if (inline) return inline;
  // A label with its amount in the same cell: only money labels carry one (names and goals are out at once).
  if (!MONEY_WORD.test(t) || !DIGIT.test(t)) return null;
  const m = INLINE_AMOUNT.exec(t);
  if (!m) return null;
  const label = matchLabel(m[1].replace(ENUMERATOR, "")) ?? (/^(其中:?)?其他$/.test(m[1]) ? source("其他") : null);
  if (!label || (label.kind !== "budget" && label.kind !== "source")) return null;
  return { ...label, amount: m[2] + (m[3] ?? ""), ...(unit ? { unit } : {}) };
}

function source(name: string): LabelMatch {
  return { kind: "source", name };
}

function matchLabel(t: string): LabelMatch | null {
  if (t.length === 0) return null;
  for (let i = 0; i < HEADER_LABELS.length; i++) {
    if (!HEADER_LABELS[i][0].test(t)) continue;
    const kind = HEADER_LABELS[i][1];
    if (kind !== "projectName") return { kind };
    return { kind, rank: t.startsWith("二级") ? 2 : t.startsWith("一级") ? 0 : 1 };
  }
  const m = SOURCE.exec(t);
  if (m && !NOT_SOURCE.test(m[2])) return source(m[2]);
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
  [/^完成(目标|\(目标\))?可能性$/, "chance"],
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
 * A cheap test before the matchers, for scans of every cell: every table anchor (a name label above,
 * ^一级指标$ / ^绩效指标分类$ below) holds 称, 级 or 类, which normalising keeps. Change it with those patterns.
 */
export function mayBeAnchor(text: string): boolean {
  return (
    text.length >= 4 &&
    text.length <= 48 &&
    (text.indexOf("称") >= 0 || text.indexOf("级") >= 0 || text.indexOf("类") >= 0)
  );
}

/** Label kinds that start a table: the project's name, or a department's on a department-wide table. */
export function isNameLabel(m: LabelMatch | null): boolean {
  return m !== null && (m.kind === "projectName" || m.kind === "departmentName");
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
  if (raw.length > 100) return null;
  // A year after the title: 财政项目支出绩效自评表（2022 年度）.
  const t = normalizeLabel(raw).replace(/\((\d{4})?年度?\)$|\(\d{4}\)年度$/, "");
  if (/自评(价)?表$|自评情况表$/.test(t)) return "self-evaluation";
  if (/监控表$|监控情况表$/.test(t)) return "monitoring";
  if (/绩效目标(申报|批复|审核|审批)?表$/.test(t)) return "target";
  return null;
}
