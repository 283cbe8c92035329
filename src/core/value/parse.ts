/**
 * The 指标值 grammar (domain.md §2). parseTarget never throws: every input, however odd, yields a Target
 * whose raw is the input. Forms are tried from the most specific to the least:
 * empty → error value → 是/否 → 是否… → number or range → deadline → graded → compliance → vague → unreadable.
 *
 * Where the grammar is ambiguous:
 * - a number wins over vague words around it (提升10% is numeric, op "=" not explicit); vague words with a
 *   number that does not read as a target (较2023年提升) are still vague;
 * - 月 or a year without an operator is a date (12月, 2024年), 个月 and 3年 are durations;
 * - a number needs a clean reading: one number (two for a range), an optional short label before it,
 *   a known unit or a short unlisted one, and a trailing label only after a unit or an explicit operator;
 *   "1 000" (space-grouped) reads as two numbers;
 * - 按时/按期/如期完成 are compliance; 及时 alone is vague; a single grade word is not a scale.
 */
import type {
  ComplianceTarget,
  DeadlineTarget,
  GradedTarget,
  NumericTarget,
  Operator,
  RangeTarget,
  Target,
  UnreadableTarget,
  VagueTarget,
  YesNoTarget,
} from "./types";
import { classifyUnit, knownUnitPrefix, normaliseUnit } from "./units";

/** Real 指标值 cells are short; anything longer is not one, and capping keeps the work bounded. */
const MAX_INSPECT = 500;

const REASON = {
  unknown: "无法识别指标值的格式",
  tooLong: `内容过长（超过${MAX_INSPECT}个字符），不像指标值`,
  manyNumbers: "含有多个数值，无法确定哪一个是指标值",
  badTail: "数值后的文字无法识别为计量单位",
  badHead: "数值前的文字无法识别为运算符",
  opConflict: "数值前后的运算符相互矛盾",
  rangeOp: "区间前不应再加运算符",
  rangeOrder: "区间的下限大于上限",
  rangeUnits: "区间两端的计量单位不一致",
  bigNumber: "数值过大，无法识别",
  badDate: "日期无效",
  errorValue: (v: string) => `单元格是错误值（${v}），不是指标值`,
} as const;

// ---------------------------------------------------------------------------------------------
// Normalisation: half-width ASCII, one operator spelling, no white space (except between digits,
// where it would silently join two numbers).

const WIDTH_RE = /[\uFF01-\uFF5E\u3000\u00A0\u2212\u2013\u2014\u2015\u301C\u2266\u2267\u2A7D\u2A7E\uFE6A\u3010\u3011]/g;
const WIDTH_SPECIAL: Record<string, string> = {
  "\u3000": " ",
  "\u00A0": " ",
  "\u2212": "-",
  "\u2013": "-",
  "\u2014": "-",
  "\u2015": "-",
  "\u301C": "~",
  "\u2266": "≤",
  "\u2267": "≥",
  "\u2A7D": "≤",
  "\u2A7E": "≥",
  "\uFE6A": "%",
  "\u3010": "[",
  "\u3011": "]",
};
const WS_RE = /[\s\u200B-\u200D\u2060\uFEFF]+/g;
const DIGIT_RE = /\d/;
const EDGE_PUNCT_RE = /^[,;:、。]+|[,;、。]+$/g;

function toHalf(ch: string): string {
  return WIDTH_SPECIAL[ch] ?? String.fromCharCode(ch.charCodeAt(0) - 0xfee0);
}

function normalise(s: string): string {
  const half = s.replace(WIDTH_RE, toHalf);
  const squeezed = half.replace(WS_RE, (m: string, at: number, all: string) =>
    DIGIT_RE.test(all.charAt(at - 1)) && DIGIT_RE.test(all.charAt(at + m.length)) ? " " : "",
  );
  return squeezed.replace(EDGE_PUNCT_RE, "");
}

// ---------------------------------------------------------------------------------------------
// Operators

interface OpInfo {
  op: Operator;
  explicit: boolean;
}

const EQ_IMPLICIT: OpInfo = { op: "=", explicit: false };

/** Operators written before the number. "=" and its words are not explicit (domain.md §2). */
const PREFIX_OPS: Record<string, OpInfo> = {};
function addOps(words: string[], op: Operator, explicit = true): void {
  for (const w of words) PREFIX_OPS[w] = { op, explicit };
}
addOps(
  [">=", "=>", "≥", "≥=", "不低于", "不少于", "不小于", "至少", "最少", "最低", "大于等于", "大于或等于", "达到"],
  ">=",
);
addOps(
  [
    "<=",
    "=<",
    "≤",
    "≤=",
    "不高于",
    "不超过",
    "不超出",
    "不大于",
    "不多于",
    "至多",
    "最多",
    "最高",
    "小于等于",
    "小于或等于",
    "控制在",
  ],
  "<=",
);
addOps([">", "大于", "高于", "超过", "多于"], ">");
addOps(["<", "小于", "低于", "少于", "不足"], "<");
addOps(["=", "==", "等于", "为", "约", "约为", "大约"], "=", false);

/** Operators written after the number and its unit ("95%以上", "30万元以内"). */
const SUFFIX_OPS: Record<string, OpInfo | "between"> = {
  及以上: { op: ">=", explicit: true },
  或以上: { op: ">=", explicit: true },
  以上: { op: ">=", explicit: true },
  及以下: { op: "<=", explicit: true },
  或以下: { op: "<=", explicit: true },
  以下: { op: "<=", explicit: true },
  以内: { op: "<=", explicit: true },
  之内: { op: "<=", explicit: true },
  内: { op: "<=", explicit: true },
  左右: EQ_IMPLICIT,
  之间: "between",
};

function alternation(words: string[]): string {
  return [...words]
    .sort((a, b) => b.length - a.length)
    .map((w) => w.replace(/[.*+?^${}()|[\]\\/]/g, "\\$&"))
    .join("|");
}

/** Lazy label then the longest operator that ends the head. */
const HEAD_RE = new RegExp(`^(.*?)(${alternation(Object.keys(PREFIX_OPS))})?$`, "s");
const NUM_SRC = "\\d{1,3}(?:,\\d{3})+(?:\\.\\d+)?|\\d+(?:\\.\\d+)?|\\.\\d+";
const NUM_RE = new RegExp(NUM_SRC);
const PAREN_SRC = "\\([^()]*\\)|\\[[^\\[\\]]*\\]";
/** After the unit: optional note in brackets, suffix operator, note, then a trailing label. */
const REST_RE = new RegExp(`^(?:${PAREN_SRC})?(${alternation(Object.keys(SUFFIX_OPS))})?(?:${PAREN_SRC})?(.*)$`, "s");
/** A range's second half: separator, sign, number. */
const RANGE_TAIL_RE = new RegExp(`^(?:-+|~+|至|到)(-?)(${NUM_SRC})`);
const RANGE_SEP_RE = /[-~至到]/;
const GENERIC_UNIT_RE = /^[A-Za-z\u00B2\u00B3\u3400-\u9FFF]+$/;
/** Words that are never part of a unit nobody listed ("40批次完成", "12月底前"). */
const GENERIC_UNIT_BLOCK_RE =
  /[前底末后以之及或约是否年月日号周时的和与]|完成|标准|规定|要求|达到|提升|提高|增加|有效|明显|较好|显著|改善|持续|合格|满意|按照|执行/;
/** A label may not hold another number, an operator, a percent sign or a clause break. */
const LABEL_BAD_RE = /[\d<>=≥≤%,;。]|以上|以下|以内|之内|左右|之间/;
/** Without an operator, a label like 严格按照 or 年底前 means the text is not a plain number. */
const NO_OP_LABEL_BLOCK_RE = /按照|依照|依据|规定|标准|要求|符合|执行|截止|截至|底前|之前|是否/;
const MAX_LABEL = 20;
const HAS_DIGIT_OUTSIDE_PARENS_RE = /\d/;
const PARENS_RE = /\([^()]*\)|\[[^[\]]*\]/g;

interface TailParse {
  unit: string;
  suffix: string;
}

function labelOk(label: string): boolean {
  return label.length <= MAX_LABEL && !LABEL_BAD_RE.test(label);
}

/**
 * Reads what follows the number: unit, suffix operator, notes, trailing label. Exact readings win over
 * readings that leave a trailing label, and a listed unit over one nobody listed.
 */
function parseTail(tail: string, explicit: boolean): TailParse | null {
  const known = knownUnitPrefix(tail);
  let knownRest: RegExpExecArray | null = null;
  if (known) {
    knownRest = REST_RE.exec(tail.slice(known.length));
    if (knownRest && knownRest[2] === "") return { unit: known, suffix: knownRest[1] ?? "" };
  }
  const bare = REST_RE.exec(tail);
  if (bare && bare[2] === "") return { unit: "", suffix: bare[1] ?? "" };
  for (let len = 1; len <= Math.min(4, tail.length); len++) {
    const u = tail.slice(0, len);
    if (!GENERIC_UNIT_RE.test(u)) break;
    if (GENERIC_UNIT_BLOCK_RE.test(u)) continue;
    const r = REST_RE.exec(tail.slice(len));
    if (r && r[2] === "") return { unit: u, suffix: r[1] ?? "" };
  }
  if (known && knownRest && labelOk(knownRest[2])) return { unit: known, suffix: knownRest[1] ?? "" };
  if (explicit && bare && labelOk(bare[2])) return { unit: "", suffix: bare[1] ?? "" };
  return null;
}

function toNumber(s: string, negative: boolean): number | null {
  if (s.length > 40) return null;
  const v = Number(s.replace(/,/g, ""));
  if (!Number.isFinite(v)) return null;
  return negative ? -v : v;
}

type NumericResult = NumericTarget | RangeTarget | { fail: string } | null;

/** Combines the operator before the number with the one after it; null when they contradict. */
function combineOps(head: OpInfo | null, suffix: OpInfo | null): OpInfo | null {
  if (!head) return suffix ?? EQ_IMPLICIT;
  if (!suffix || suffix.op === "=") return head;
  if (head.op === "=") return suffix;
  return head.op.charAt(0) === suffix.op.charAt(0) ? head : null;
}

/**
 * Number or range: [label][operator][-]number[unit][suffix][(note)][label]. Returns null when the text
 * has no number at all, a failure reason when it has one but does not fit.
 */
function parseNumeric(n: string, raw: string): NumericResult {
  const m = NUM_RE.exec(n);
  if (!m) return null;
  let head = n.slice(0, m.index);
  const tail = n.slice(m.index + m[0].length);
  if (head.length > MAX_LABEL + 6) return { fail: REASON.badHead };
  let negative = false;
  if (head.endsWith("-")) {
    negative = true;
    head = head.slice(0, -1);
  }
  const h = HEAD_RE.exec(head);
  if (!h) return { fail: REASON.badHead };
  let label = h[1];
  const headOp = h[2] ? PREFIX_OPS[h[2]] : null;
  if (!labelOk(label)) return { fail: REASON.badHead };
  if (!headOp?.explicit && NO_OP_LABEL_BLOCK_RE.test(label)) return { fail: REASON.badHead };
  let percentWord = false;
  if (label.endsWith("百分之")) {
    percentWord = true;
    label = label.slice(0, -3);
  }
  const a = toNumber(m[0], negative);
  if (a === null) return { fail: REASON.bigNumber };

  const range = matchRange(tail);
  if (range) return parseRange(a, range, tail, headOp, percentWord, raw);

  if (HAS_DIGIT_OUTSIDE_PARENS_RE.test(tail.replace(PARENS_RE, ""))) return { fail: REASON.manyNumbers };
  const t = parseTail(tail, headOp?.explicit ?? false);
  if (!t) return { fail: REASON.badTail };
  const suffix = t.suffix ? SUFFIX_OPS[t.suffix] : undefined;
  if (suffix === "between") return { fail: REASON.badTail };
  const op = combineOps(headOp, suffix ?? null);
  if (!op) return { fail: REASON.opConflict };
  const unit = t.unit === "" && percentWord ? "%" : normaliseUnit(t.unit);
  // "12月" or "2024年" without an operator is a date, not a quantity (a duration is "6个月"):
  // leave it to the deadline reader.
  if (!op.explicit && (unit === "月" || ((unit === "年" || unit === "年度") && a >= 1000))) return null;
  return { kind: "numeric", op: op.op, opExplicit: op.explicit, value: a, unit, unitClass: classifyUnit(unit), raw };
}

interface RangeTail {
  /** The first figure's unit, if written before the separator ("1万元-2万元"). */
  unit: string;
  negative: boolean;
  number: string;
  /** Characters of the tail taken. */
  length: number;
}

/**
 * The rest of a range after its first figure: an optional known unit, a separator (- ~ 至 到) and the
 * second figure. No known unit holds a separator, so the longest unit is the only one to try.
 */
function matchRange(tail: string): RangeTail | null {
  if (!RANGE_SEP_RE.test(tail)) return null;
  const unit = knownUnitPrefix(tail) ?? "";
  const m = RANGE_TAIL_RE.exec(tail.slice(unit.length));
  return m ? { unit, negative: m[1] === "-", number: m[2], length: unit.length + m[0].length } : null;
}

function parseRange(
  a: number,
  range: RangeTail,
  tail: string,
  headOp: OpInfo | null,
  percentWord: boolean,
  raw: string,
): NumericResult {
  const b = toNumber(range.number, range.negative);
  if (b === null) return { fail: REASON.bigNumber };
  const rest = tail.slice(range.length);
  if (HAS_DIGIT_OUTSIDE_PARENS_RE.test(rest.replace(PARENS_RE, ""))) return { fail: REASON.manyNumbers };
  const t = parseTail(rest, false);
  if (!t) return { fail: REASON.badTail };
  if (t.suffix && SUFFIX_OPS[t.suffix] !== "between" && t.suffix !== "左右") return { fail: REASON.rangeOp };
  if (headOp?.explicit) return { fail: REASON.rangeOp };
  const u1 = normaliseUnit(range.unit);
  const u2 = normaliseUnit(t.unit);
  if (u1 && u2 && u1 !== u2) return { fail: REASON.rangeUnits };
  if (a > b) return { fail: REASON.rangeOrder };
  const unit = u2 || u1 || (percentWord ? "%" : "");
  return { kind: "range", min: a, max: b, unit, unitClass: classifyUnit(unit), raw };
}

// ---------------------------------------------------------------------------------------------
// 是否… questions

const YESNO_RE = /是否/;
const PLAIN_ANSWER_RE = /^(是|否)$/;
const EXPLICIT_ANSWER_RE = /[:：(（/\\[【]\s*(是|否)\s*[)）\]】]?\s*$/;
/** Something that should not happen: the goal is met when the answer is 否. */
const BAD_RE = new RegExp(
  [
    "超预算",
    "超标准",
    "超标",
    "超支",
    "超出",
    "超过",
    "超范围",
    "超期",
    "超时",
    "突破",
    "发生",
    "出现",
    "事故",
    "违规",
    "违纪",
    "违法",
    "违约",
    "违反",
    "投诉",
    "浪费",
    "问题",
    "挪用",
    "截留",
    "挤占",
    "套取",
    "虚报",
    "冒领",
    "闲置",
    "损失",
    "拖欠",
    "滞留",
    "延误",
    "延期",
    "逾期",
    "拖延",
    "滞后",
    "差错",
    "失误",
    "纠纷",
    "上访",
    "信访",
    "污染",
    "损坏",
    "流失",
    "隐患",
    "负面",
    "舆情",
    "处罚",
    "通报",
    "批评",
    "腐败",
    "铺张",
    "重复",
    "不合格",
    "不合规",
    "不达标",
    "不符合",
    "不规范",
    "不满意",
    "未完成",
    "未达到",
    "未按",
  ].join("|"),
);
/** Before the bad thing, these turn the question round: 是否未发生事故, 是否杜绝浪费 expect 是. */
const AVERT_RE = /[未无没不零免]|杜绝|避免|防止|解决|整改|消除|减少|降低|控制|遏制|处理|化解|纠正/;

function parseYesNo(n: string, trimmed: string, raw: string): YesNoTarget {
  const answer = EXPLICIT_ANSWER_RE.exec(n);
  const question = answer ? trimmed.replace(EXPLICIT_ANSWER_RE, "").trim() : trimmed;
  if (answer) return { kind: "yesno", question, expected: answer[1] as "是" | "否", raw };
  const at = n.indexOf("是否");
  const body = n.slice(at + 2);
  const bad = BAD_RE.exec(body);
  const expected = bad && !AVERT_RE.test(body.slice(0, bad.index)) ? "否" : "是";
  return { kind: "yesno", question, expected, raw };
}

// ---------------------------------------------------------------------------------------------
// Deadlines

const CN_MONTH: Record<string, number> = {
  一: 1,
  二: 2,
  三: 3,
  四: 4,
  五: 5,
  六: 6,
  七: 7,
  八: 8,
  九: 9,
  十: 10,
  十一: 11,
  十二: 12,
};
const NOT_DATE = "[^\\d<>=≥≤%]";
const DATE_RE = new RegExp(
  `^(${NOT_DATE}{0,20}?)(?:(\\d{4})年度?)?(?:(\\d{1,2}|十[一二]?|[一二三四五六七八九])月份?(?:(\\d{1,2})[日号])?)?` +
    `(底|末|中旬|上旬|下旬|初)?(前|之前|以前|为止|止|以内|之内|内)?(${NOT_DATE}{0,30})$`,
);
const ISO_DATE_RE = new RegExp(
  `^(${NOT_DATE}{0,20}?)(\\d{4})([-./])(\\d{1,2})\\3(\\d{1,2})日?(前|之前|以前|为止|止)?(${NOT_DATE}{0,30})$`,
);
const QUARTER_RE = new RegExp(
  `^${NOT_DATE}{0,20}?(?:(\\d{4})年度?)?(?:第?([一二三四1-4])季度|(上半年))(?:末|底|结束|终了)?(?:前|之前|以前|内)?${NOT_DATE}{0,30}$`,
);
/** 年底, 年度结束, 年内 ...; not 三年内, which is a duration. */
const YEAR_END_RE = /(?<![一二三四五六七八九十两几多数\d])年度?(?:结束|终了|底|末|终|内)|(?:本|当)年度?(?:完成|前|内)/;
const NO_DIGIT_OR_OP_RE = /[\d<>=≥≤%]/;
const DEADLINE_WORD_RE = /完成|截止|截至|前|底/;

function validDate(year: number | undefined, month: number, day: number | undefined): boolean {
  if (year !== undefined && (year < 1900 || year > 2200)) return false;
  if (month < 1 || month > 12) return false;
  if (day === undefined) return true;
  const max = month === 2 ? 29 : [4, 6, 9, 11].includes(month) ? 30 : 31;
  return day >= 1 && day <= max;
}

function deadline(raw: string, month: number, year?: number, day?: number): DeadlineTarget {
  const t: DeadlineTarget = { kind: "deadline", month, raw };
  if (year !== undefined) t.year = year;
  if (day !== undefined) t.day = day;
  return t;
}

function parseDeadline(n: string, raw: string): DeadlineTarget | { fail: string } | null {
  const d = DATE_RE.exec(n);
  if (d && (d[2] || d[3])) {
    const year = d[2] ? Number(d[2]) : undefined;
    const month = d[3] ? (CN_MONTH[d[3]] ?? Number(d[3])) : 12;
    const day = d[4] ? Number(d[4]) : undefined;
    const marked = Boolean(day !== undefined || d[5] || d[6]);
    const bareLabels = d[1] === "" && d[7] === "";
    if (marked || bareLabels || DEADLINE_WORD_RE.test(d[1] + d[7])) {
      return validDate(year, month, day) ? deadline(raw, month, year, day) : { fail: REASON.badDate };
    }
  }
  const iso = ISO_DATE_RE.exec(n);
  if (iso) {
    const year = Number(iso[2]);
    const month = Number(iso[4]);
    const day = Number(iso[5]);
    return validDate(year, month, day) ? deadline(raw, month, year, day) : { fail: REASON.badDate };
  }
  const q = QUARTER_RE.exec(n);
  if (q) {
    const year = q[1] ? Number(q[1]) : undefined;
    const month = q[3] ? 6 : 3 * ((CN_MONTH[q[2]] ?? Number(q[2])) as number);
    return validDate(year, month, undefined) ? deadline(raw, month, year) : { fail: REASON.badDate };
  }
  if (n.length <= 60 && !NO_DIGIT_OR_OP_RE.test(n) && YEAR_END_RE.test(n)) return deadline(raw, 12);
  return null;
}

// ---------------------------------------------------------------------------------------------
// Graded lists

const GRADE_RANK: Record<string, number> = {
  非常满意: 0,
  很满意: 0.5,
  优秀: 1,
  优: 1,
  很好: 1,
  高: 1,
  好: 1.2,
  满意: 1.5,
  较满意: 1.8,
  比较满意: 1.8,
  良好: 2,
  良: 2,
  较好: 2,
  较高: 2,
  达标: 2.5,
  合格: 3,
  及格: 3,
  中等: 3,
  中: 3,
  一般: 3,
  基本满意: 3,
  较低: 3.5,
  较差: 4,
  低: 4,
  不满意: 4.5,
  未达标: 5,
  不合格: 5,
  不及格: 5,
  差: 5,
  很差: 6,
  非常不满意: 6,
};
const GRADE_TOKEN_RE = new RegExp(`^(?:${alternation(Object.keys(GRADE_RANK))})`);
const GRADE_SEP_RE = /[/、,;|\\-]+/;
const ACHIEVED_RE = /达成/;

function achievedRank(s: string): number {
  if (s.includes("未达成")) return 3;
  if (s.includes("部分达成") || s.includes("基本达成")) return 2;
  return 1;
}

/** Splits a run without separators ("优良中低差", "好较好一般较差差") into grade words, longest first. */
function splitGrades(s: string): string[] | null {
  const out: string[] = [];
  let rest = s;
  while (rest) {
    const m = GRADE_TOKEN_RE.exec(rest);
    if (!m) return null;
    out.push(m[0]);
    rest = rest.slice(m[0].length);
  }
  return out;
}

function sortByRank(levels: string[], rank: (s: string) => number): string[] {
  return levels
    .map((s, i) => ({ s, i, r: rank(s) }))
    .sort((x, y) => x.r - y.r || x.i - y.i)
    .map((x) => x.s);
}

function parseGraded(n: string, raw: string): GradedTarget | null {
  const segments = n.split(GRADE_SEP_RE).filter(Boolean);
  if (segments.length === 0) return null;
  if (ACHIEVED_RE.test(n) && segments.every((s) => s.includes("达成"))) {
    return { kind: "graded", levels: sortByRank(segments, achievedRank), raw };
  }
  const tokens: string[] = [];
  for (const seg of segments) {
    const split = GRADE_RANK[seg] !== undefined ? [seg] : splitGrades(seg);
    if (!split) return null;
    tokens.push(...split);
  }
  // One grade word alone is a wish, not a scale; a repeated word is not a scale either.
  if (tokens.length < 2 || new Set(tokens).size !== tokens.length) return null;
  return { kind: "graded", levels: sortByRank(tokens, (s) => GRADE_RANK[s]), raw };
}

// ---------------------------------------------------------------------------------------------
// Compliance statements

const COMPLIANCE_RE = new RegExp(
  [
    "严格(?:按照|依照|遵照|遵守|执行|落实|控制|遵循|依据|按|把关|规范)",
    "(?:不|未|没有|无)(?:可|得|能|会|应)?(?:超过?|超出|突破)(?:规定|标准|预算|范围|计划|定额|限额|标)",
    "符合",
    "按(?:照|规定|要求|标准|时|期|计划|程序|合同)",
    "如期",
    "依(?:照|据|法|规)",
    "遵(?:守|照|循)",
    "达到.{0,20}?(?:标准|要求|规定|规范)",
    "执行.{0,20}?(?:标准|规定|制度|要求|政策)",
    "合规|达标|合格|规范|到位",
    "(?:预算|标准|定额|计划)(?:范围)?之?内",
    "^(?:无|零|杜绝|未发生|不发生).",
  ].join("|"),
);

// ---------------------------------------------------------------------------------------------
// Vague words (domain.md §2: 指标值应细化、量化)

const VAGUE_WORDS = [
  "提升",
  "长远",
  "增加",
  "有效",
  "较好",
  "明显",
  "进一步",
  "显著",
  "逐步",
  "稳步",
  "大幅",
  "改善",
  "提高",
  "持续",
  "增强",
  "加强",
  "促进",
  "推动",
  "不断",
  "较大",
  "较高",
  "良好",
  "优秀",
  "满意",
  "稳定",
  "改进",
  "优化",
  "一定",
  "积极",
  "充分",
  "保障",
  "满足",
  "及时",
];
const VAGUE_RE = new RegExp(alternation(VAGUE_WORDS), "g");

function parseVague(n: string, raw: string): VagueTarget | null {
  const words: string[] = [];
  for (const m of n.matchAll(VAGUE_RE)) if (!words.includes(m[0])) words.push(m[0]);
  return words.length ? { kind: "vague", words, raw } : null;
}

// ---------------------------------------------------------------------------------------------

const ERROR_VALUE_RE =
  /^#(?:DIV\/0!|N\/A|NAME\?|NULL!|NUM!|REF!|VALUE!|SPILL!|CALC!|GETTING_DATA|FIELD!|BLOCKED!|UNKNOWN!)/i;
const NON_SPACE_RE = /[^\s\u200B-\u200D\u2060\uFEFF]/;

function unreadable(raw: string, reason: string): UnreadableTarget {
  return { kind: "unreadable", reason, raw };
}

function parseText(raw: string): Target {
  if (raw.length > MAX_INSPECT) {
    return NON_SPACE_RE.test(raw) ? unreadable(raw, REASON.tooLong) : { kind: "empty", raw };
  }
  const n = normalise(raw);
  if (n === "") return { kind: "empty", raw };

  const err = ERROR_VALUE_RE.exec(n);
  if (err) return unreadable(raw, REASON.errorValue(err[0]));

  const plain = PLAIN_ANSWER_RE.exec(n);
  if (plain) return { kind: "yesno", question: "", expected: plain[1] as "是" | "否", raw };
  if (YESNO_RE.test(n)) return parseYesNo(n, raw.trim(), raw);

  const num = parseNumeric(n, raw);
  if (num && !("fail" in num)) return num;
  let reason: string = num ? num.fail : REASON.unknown;

  const due = parseDeadline(n, raw);
  if (due && !("fail" in due)) return due;
  if (due) reason = due.fail;

  const graded = parseGraded(n, raw);
  if (graded) return graded;
  if (COMPLIANCE_RE.test(n)) return { kind: "compliance", raw } satisfies ComplianceTarget;
  const vague = parseVague(n, raw);
  if (vague) return vague;
  return unreadable(raw, reason);
}

/** Reads a 指标值. Never throws; the result's raw is always the input. */
export function parseTarget(text: string): Target {
  // Callers that bypass the type (a number or null straight from a cell) get the value's text read.
  const raw = typeof text === "string" ? text : text === null || text === undefined ? "" : safeString(text);
  try {
    return parseText(raw);
  } catch {
    return unreadable(raw, REASON.unknown);
  }
}

function safeString(v: unknown): string {
  try {
    return String(v);
  } catch {
    return "";
  }
}
