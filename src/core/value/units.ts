/** Units of a 指标值 (domain.md §2): the known ones, their class, and how they are written. */
import type { UnitClass } from "./types";

/** Percent in all its spellings; all normalise to "%". */
const PERCENT_UNITS = ["%", "百分比", "百分数"];

const MONEY_UNITS = ["元", "万元", "亿元", "千元", "百元", "十万元", "百万元", "千万元", "美元", "万美元", "人民币元"];

/** Durations. 天/日/月/年 are "time", not "count": a day count can be a cumulative quantity or a duration limit. */
const TIME_UNITS = [
  "天",
  "日",
  "工作日",
  "个工作日",
  "小时",
  "个小时",
  "分钟",
  "秒",
  "秒钟",
  "月",
  "个月",
  "年",
  "周",
  "个周",
  "星期",
  "个星期",
  "季度",
  "个季度",
];

/** Things counted, and physical measures (which the domain treats as counts too). */
const COUNT_UNITS = [
  "批次",
  "批",
  "辆",
  "人次",
  "次",
  "个",
  "台",
  "套",
  "张",
  "把",
  "件",
  "项",
  "户",
  "人",
  "家",
  "场",
  "篇",
  "期",
  "册",
  "份",
  "名",
  "位",
  "组",
  "类",
  "种",
  "本",
  "部",
  "门",
  "支",
  "所",
  "座",
  "栋",
  "幢",
  "间",
  "处",
  "条",
  "株",
  "棵",
  "头",
  "只",
  "匹",
  "床",
  "块",
  "根",
  "片",
  "段",
  "艘",
  "架",
  "枚",
  "颗",
  "盏",
  "笔",
  "宗",
  "起",
  "例",
  "户次",
  "车次",
  "架次",
  "场次",
  "班次",
  "频次",
  "台次",
  "台套",
  "篇次",
  "期次",
  "册次",
  "家次",
  "课时",
  "学时",
  "人天",
  "人日",
  "人月",
  "平方米",
  "平米",
  "㎡",
  "m²",
  "m2",
  "立方米",
  "m³",
  "公里",
  "千米",
  "km",
  "米",
  "延米",
  "m",
  "亩",
  "公顷",
  "平方公里",
  "吨",
  "千克",
  "公斤",
  "kg",
  "克",
  "升",
  "千瓦",
  "千瓦时",
  "kW",
  "兆瓦",
];

/** Known but neither rate, money, count nor time: scores, per-mille, percentage points. */
const OTHER_UNITS = ["分", "分值", "个百分点", "百分点", "‰", "倍", "级", "星", "星级", "℃"];

const CLASS_OF = new Map<string, UnitClass>();
for (const u of COUNT_UNITS) CLASS_OF.set(u, "count");
for (const u of TIME_UNITS) CLASS_OF.set(u, "time");
for (const u of MONEY_UNITS) CLASS_OF.set(u, "money");
for (const u of OTHER_UNITS) CLASS_OF.set(u, "other");
for (const u of PERCENT_UNITS) CLASS_OF.set(u, "percent");

function escapeRe(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\/]/g, "\\$&");
}

/** Longest first, so 人次 wins over 人 and 个工作日 over 个. */
const ALL_UNITS = [...CLASS_OF.keys()].sort((a, b) => b.length - a.length);

const UNIT_ALTERNATION = ALL_UNITS.map(escapeRe).join("|");

/**
 * One known unit, or a scaled one (万人次, 千册). Unscaled first: otherwise 百分比 would read as 百 + 分.
 * The pattern knownUnitPrefix stands in for; only its test compiles it.
 */
export const KNOWN_UNIT_SRC = `(?:${UNIT_ALTERNATION}|[十百千万亿]{1,2}(?:${UNIT_ALTERNATION}))`;

const UNIT_SET = new Set(ALL_UNITS);
const LONGEST_UNIT = ALL_UNITS.length ? ALL_UNITS[0].length : 0;
const MULTIPLIERS = new Set("十百千万亿");

/** Ends of the known units that start at i, longest first: the alternation's order. */
function unitEnds(s: string, i: number, out: number[]): void {
  for (let len = Math.min(LONGEST_UNIT, s.length - i); len >= 1; len--)
    if (UNIT_SET.has(s.slice(i, i + len))) out.push(i + len);
}

/** Ends of one KNOWN_UNIT_SRC at i, in the order it tries them: unscaled, two multipliers, one. */
function knownUnitEnds(s: string, i: number): number[] {
  const out: number[] = [];
  unitEnds(s, i, out);
  if (i < s.length && MULTIPLIERS.has(s[i])) {
    if (i + 1 < s.length && MULTIPLIERS.has(s[i + 1])) unitEnds(s, i + 2, out);
    unitEnds(s, i + 1, out);
  }
  return out;
}

/**
 * The known unit, or compound of units (张/把/套/台等), that starts `s`: what
 * `^(?:K(?:[/、]K)+等?|K)` over KNOWN_UNIT_SRC matches, found by set lookups. That regex takes
 * milliseconds to compile (six copies of every unit), paid on the first target of every run.
 */
export function knownUnitPrefix(s: string): string | null {
  const first = knownUnitEnds(s, 0);
  // A compound first; a unit whose first reading admits no second unit may still start one with a shorter reading.
  for (const start of first) {
    let end = start;
    let parts = 1;
    while (s[end] === "/" || s[end] === "、") {
      const next = knownUnitEnds(s, end + 1);
      if (!next.length) break;
      end = next[0];
      parts++;
    }
    if (parts > 1) return s.slice(0, s[end] === "等" ? end + 1 : end);
  }
  return first.length ? s.slice(0, first[0]) : null;
}

const MULTIPLIER_RE = /^[十百千万亿]{1,2}/;
const COMPOUND_SPLIT_RE = /[/、,]/;
const TRAILING_DENG_RE = /等$/;
const MONEY_UNIT_RE = /^(?:人民币)?(?:[十百千万亿]{1,3})?(?:美)?元(?:\/|$)/;

function classOfPart(part: string): UnitClass | undefined {
  const direct = CLASS_OF.get(part);
  if (direct) return direct;
  const bare = part.replace(MULTIPLIER_RE, "");
  if (bare !== part && bare !== "") {
    const scaled = CLASS_OF.get(bare);
    // "万%" makes no sense; a scale in front of a percent is not a percent.
    if (scaled && scaled !== "percent") return scaled;
  }
  return undefined;
}

/** The unit as stored in a target: percent spellings become "%", everything else stays as written. */
export function normaliseUnit(unit: string): string {
  return PERCENT_UNITS.includes(unit) ? "%" : unit;
}

function parts(unit: string): string[] {
  return unit.replace(TRAILING_DENG_RE, "").split(COMPOUND_SPLIT_RE).filter(Boolean);
}

/**
 * The class of a unit. A compound (张/把/套/台等, 元/人) takes the class of its first part, so a cost
 * per head is still money; an unknown unit is "other"; no unit is "none".
 */
export function classifyUnit(unit: string): UnitClass {
  const u = normaliseUnit(unit.trim());
  if (u === "") return "none";
  if (u === "%") return "percent";
  const ps = parts(u);
  if (ps.length === 0) return "other";
  return classOfPart(ps[0]) ?? "other";
}

/** 元, 万元, 亿元, 元/人 ... (a cost per unit is still money). */
export function isMoneyUnit(unit: string): boolean {
  return MONEY_UNIT_RE.test(unit.trim().replace(/／/g, "/"));
}

/**
 * A ratio unit (元/人, 次/年, 人次/天) as opposed to a list of alternatives (张/把/套/台等): its parts
 * differ in class. Ratios describe a rate, not a quantity that accumulates over the year.
 */
export function isPerUnit(unit: string): boolean {
  if (!unit.includes("/")) return false;
  const ps = unit.replace(TRAILING_DENG_RE, "").split("/").filter(Boolean);
  if (ps.length < 2) return false;
  const first = classOfPart(ps[0]) ?? "other";
  return ps.some((p) => (classOfPart(p) ?? "other") !== first);
}
