import type { ColumnRole, TotalKind } from "../model";
import { memoText, normalizeLabel } from "../text";
import { activeVocabulary, memoByVocabulary } from "./vocabulary";

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
  /** The one profile that declares the label, when no other does (evidence of that family). */
  owner?: string;
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

/**
 * Classifies a header-block label by the vocabulary of the profiles (the base profile's table, then
 * the families' additions). Cheap on non-labels: long texts are not labels.
 */
export const classifyLabel = memoByVocabulary(classifyLabelUncached);

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
  const header = activeVocabulary().header;
  const read = header.read(t);
  if (read) {
    const { kind } = read;
    const m: LabelMatch =
      kind !== "projectName" ? { kind } : { kind, rank: t.startsWith("二级") ? 2 : t.startsWith("一级") ? 0 : 1 };
    // A source a family names as a whole label (其中：财政资金 → 财政资金).
    if (kind === "source") m.name = t.replace(/^(其中)?:?/, "");
    if (read.owner) m.owner = read.owner;
    return m;
  }
  if (header.isUnused(t)) return null;
  const m = SOURCE.exec(t);
  if (m && !NOT_SOURCE.test(m[2])) return source(m[2]);
  return null;
}

/** The role of an indicator header cell, by the profiles' column vocabulary (the base's table first). */
export const classifyColumn = memoByVocabulary(classifyColumnUncached);

/**
 * A cheap test before the matchers, for scans of every cell: every table anchor (a name label above,
 * ^一级指标$ / ^绩效指标分类$ below) holds 称, 级 or 类, which normalising keeps. Change it with those patterns.
 */
export function mayBeAnchor(text: string): boolean {
  // One character-class test, not three searches: most cells have none of the three.
  return text.length >= 4 && text.length <= 48 && ANCHOR_CHAR.test(text);
}

const ANCHOR_CHAR = /[称级类]/;

/**
 * The sheet scan's one test for both kinds of mark, in a cell of at most 48 characters (mayBeAnchor's
 * bound): ANCHOR_CHAR and TOTAL_CHAR together. Change it with them.
 */
export const MARK_CHAR = /[称级类计额]/;

const TOTAL = /^(总合计|合计|总计|总额|共计|金额合计|合计金额|费用合计|成本合计|支出合计)(\((万元|元|%)\))?$/;
const SUBTOTAL = /^小计(\((万元|元|%)\))?$/;
/** Every total or subtotal label holds one of these (normalising leaves CJK alone), in 16 characters at most. */
const TOTAL_CHAR = /[计额]/;
const TOTAL_LABEL_CHARS = 16;

/** A 合计 / 总计 / 总额 … label, or a 小计, as a table writes them inside its figures; null for any other text. */
export const totalLabelKind = memoText((text: string): TotalKind | null => {
  if (!text || text.length > TOTAL_LABEL_CHARS || !TOTAL_CHAR.test(text)) return null;
  const t = normalizeLabel(text);
  if (TOTAL.test(t)) return "total";
  if (SUBTOTAL.test(t)) return "subtotal";
  return null;
});

/** Label kinds that start a table: the project's name, or a department's on a department-wide table. */
export function isNameLabel(m: LabelMatch | null): boolean {
  return m !== null && (m.kind === "projectName" || m.kind === "departmentName");
}

function classifyColumnUncached(raw: string): ColumnRole | null {
  if (raw.length === 0 || raw.length > 40) return null;
  const t = normalizeLabel(raw);
  if (!HAS_CJK.test(t)) return null;
  return activeVocabulary().columns.match(t);
}

/** A funds-block header as its matcher compares it: normalised, a trailing (万元) / (A) / (10分) dropped. */
export function fundsHeaderKey(raw: string): string {
  return normalizeLabel(raw).replace(/\([^()]*\)$/, "");
}

/**
 * The one profile that declares the label, column header or funds header a cell reads as, when no
 * other profile does: a table using it is evidence of that family. Null for shared words.
 */
export const labelOwner = memoByVocabulary((raw: string): string | null => {
  if (raw.length === 0 || raw.length > 72) return null;
  const v = activeVocabulary();
  const t = normalizeLabel(raw);
  return classifyLabel(raw)?.owner ?? v.columns.read(t)?.owner ?? v.funds.read(fundsHeaderKey(raw))?.owner ?? null;
});

/** The first-level category (产出, 效益, 满意度, 成本) a cell names, by the profiles' category names. */
export const level1Of = memoByVocabulary((text: string) => activeVocabulary().level1.match(normalizeLabel(text)));

/** The second-level category (数量, 质量, 时效, 经济成本 …) a cell names. */
export const level2Of = memoByVocabulary((text: string) => activeVocabulary().level2.match(normalizeLabel(text)));

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
