import fc from "fast-check";
import { parseTarget } from "../../../src/core/value";
import type { Operator, UnitClass } from "../../../src/core/value";
import { targetProblem } from "./target-invariants";

/** parseTarget must return, never throw, and the result must be a well-formed Target for that input. */
function holds(input: string): boolean {
  const t = parseTarget(input);
  const problem = targetProblem(t, input);
  if (problem) throw new Error(`${problem}: ${JSON.stringify(input)} → ${JSON.stringify(t)}`);
  return true;
}

/** Any UTF-16 code unit, so lone surrogates and unpaired halves appear (fc's "binary" unit excludes them). */
const codeUnit = fc.integer({ min: 0, max: 0xffff }).map((c) => String.fromCharCode(c));

/** Pieces of real 指标值, to push random strings into the grammar's corners. */
const FRAGMENTS = [
  "≥",
  "≤",
  ">=",
  "<=",
  ">",
  "<",
  "=",
  "＞＝",
  "＜＝",
  "≧",
  "≦",
  "不低于",
  "不少于",
  "至少",
  "不高于",
  "不超过",
  "至多",
  "以上",
  "以下",
  "以内",
  "内",
  "左右",
  "之间",
  "-",
  "~",
  "～",
  "至",
  "到",
  ".",
  ",",
  "，",
  "0",
  "1",
  "95",
  "１２",
  "1,000",
  "0.81",
  "%",
  "％",
  "百分比",
  "百分之",
  "元",
  "万元",
  "批次",
  "辆",
  "人次",
  "天",
  "张/把/套/台等",
  "个工作日",
  "月",
  "年",
  "日",
  "底",
  "前",
  "年度结束",
  "年底",
  "季度",
  "是否",
  "是",
  "否",
  "超预算",
  "发生",
  "事故",
  "未",
  "严格按照",
  "标准",
  "符合",
  "要求",
  "不超标准",
  "达成年度指标",
  "部分达成",
  "未达成",
  "优",
  "良",
  "中",
  "差",
  "较好",
  "/",
  "、",
  "提升",
  "有效",
  "明显",
  "(",
  ")",
  "（",
  "）",
  "[",
  "【",
  " ",
  "\u3000",
  "\u200b",
  "#DIV/0!",
  "\ud800",
  "\udc00",
  "😀",
];
const fragment = fc.constantFrom(...FRAGMENTS);
const grammarSoup = fc
  .array(fc.oneof(fragment, fragment, fc.string({ unit: "binary", maxLength: 3 }), codeUnit), { maxLength: 14 })
  .map((xs) => xs.join(""));

describe("parseTarget never throws and always returns a valid Target", () => {
  it("on arbitrary full-Unicode strings", () => {
    fc.assert(fc.property(fc.string({ unit: "binary", maxLength: 40 }), holds), { numRuns: 10000 });
  });

  it("on arbitrary UTF-16 code units, lone surrogates included", () => {
    fc.assert(fc.property(fc.string({ unit: codeUnit, maxLength: 40 }), holds), { numRuns: 10000 });
  });

  it("on grammar fragments mixed with random characters", () => {
    fc.assert(fc.property(grammarSoup, holds), { numRuns: 10000 });
  });

  it("on grapheme strings around the length cap", () => {
    fc.assert(fc.property(fc.string({ unit: "grapheme", minLength: 480, maxLength: 520 }), holds), { numRuns: 300 });
  });

  it("on huge and pathological strings, quickly", () => {
    const inputs = [
      "≥".repeat(1_000_000),
      "9".repeat(499),
      "-".repeat(498) + "1",
      "1" + "-".repeat(498),
      "(".repeat(250) + ")".repeat(249),
      "是否" + "发生".repeat(249),
      "1,".repeat(249),
      "年".repeat(499),
      "\ud800".repeat(499),
      " ".repeat(100_000),
    ];
    const start = Date.now();
    for (const s of inputs) holds(s);
    expect(Date.now() - start).toBeLessThan(500);
    expect(parseTarget(" ".repeat(100_000)).kind).toBe("empty");
    expect(parseTarget("≥".repeat(1_000_000)).kind).toBe("unreadable");
  });
});

// ---------------------------------------------------------------------------------------------
// Structured round trip: operator × number × unit, written in the ways people write them.

interface OpSpelling {
  text: string;
  op: Operator;
  explicit: boolean;
  suffix: boolean;
}
const OP_SPELLINGS: OpSpelling[] = [
  ...["≥", "≧", ">=", "＞＝", "不低于", "不少于", "至少"].map((text) => ({
    text,
    op: ">=" as const,
    explicit: true,
    suffix: false,
  })),
  ...["≤", "≦", "<=", "＜＝", "不高于", "不超过", "至多"].map((text) => ({
    text,
    op: "<=" as const,
    explicit: true,
    suffix: false,
  })),
  ...[">", "＞"].map((text) => ({ text, op: ">" as const, explicit: true, suffix: false })),
  ...["<", "＜"].map((text) => ({ text, op: "<" as const, explicit: true, suffix: false })),
  ...["=", "＝", ""].map((text) => ({ text, op: "=" as const, explicit: false, suffix: false })),
  ...["以上", "及以上"].map((text) => ({ text, op: ">=" as const, explicit: true, suffix: true })),
  ...["以下", "以内"].map((text) => ({ text, op: "<=" as const, explicit: true, suffix: true })),
];

interface UnitSpelling {
  text: string;
  unit: string;
  unitClass: UnitClass;
}
const UNIT_SPELLINGS: UnitSpelling[] = [
  { text: "%", unit: "%", unitClass: "percent" },
  { text: "％", unit: "%", unitClass: "percent" },
  { text: "百分比", unit: "%", unitClass: "percent" },
  { text: "元", unit: "元", unitClass: "money" },
  { text: "万元", unit: "万元", unitClass: "money" },
  { text: "亿元", unit: "亿元", unitClass: "money" },
  ...["批次", "辆", "人次", "次", "个", "台", "套", "张", "把", "件", "项", "户", "人", "家", "场", "篇", "期", "册"]
    .concat(["份", "平方米", "公里"])
    .map((u) => ({ text: u, unit: u, unitClass: "count" as const })),
  { text: "张/把/套/台等", unit: "张/把/套/台等", unitClass: "count" },
  { text: "天", unit: "天", unitClass: "time" },
  { text: "个工作日", unit: "个工作日", unitClass: "time" },
  { text: "小时", unit: "小时", unitClass: "time" },
  { text: "分", unit: "分", unitClass: "other" },
  { text: "", unit: "", unitClass: "none" },
];

const FULL_WIDTH: Record<string, string> = { ".": "．", ",": "，" };
function fullWidth(s: string): string {
  return s.replace(/[0-9.,]/g, (c) => FULL_WIDTH[c] ?? String.fromCharCode(c.charCodeAt(0) + 0xfee0));
}

/** A non-negative number as written (optionally with thousands separators) and its value. */
const writtenNumber = fc
  .record({
    whole: fc.integer({ min: 0, max: 9_999_999 }),
    fraction: fc.option(fc.integer({ min: 0, max: 999 }), { nil: undefined }),
    grouped: fc.boolean(),
    comma: fc.constantFrom(",", "，"),
  })
  .map(({ whole, fraction, grouped, comma }) => {
    const digits = grouped ? whole.toLocaleString("en-US").replace(/,/g, comma) : String(whole);
    const text = fraction === undefined ? digits : `${digits}.${String(fraction)}`;
    const value = Number(`${whole}${fraction === undefined ? "" : `.${String(fraction)}`}`);
    return { text, value };
  });

const space = fc.constantFrom("", "", " ", "\u3000");

describe("parseTarget reads back what was written", () => {
  it("operator × number × unit", () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...OP_SPELLINGS),
        writtenNumber,
        fc.constantFrom(...UNIT_SPELLINGS),
        fc.boolean(),
        fc.boolean(),
        space,
        space,
        (op, num, unit, negative, wide, s1, s2) => {
          const number = (negative ? "-" : "") + (wide ? fullWidth(num.text) : num.text);
          const input = op.suffix
            ? `${number}${s1}${unit.text}${s2}${op.text}`
            : `${op.text}${s1}${number}${s2}${unit.text}`;
          const t = parseTarget(input);
          expect(t).toEqual({
            kind: "numeric",
            op: op.op,
            opExplicit: op.explicit,
            value: negative ? -num.value : num.value,
            unit: unit.unit,
            unitClass: unit.unitClass,
            raw: input,
          });
        },
      ),
      { numRuns: 10000 },
    );
  });

  it("min × separator × max × unit", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 100_000 }),
        fc.integer({ min: 0, max: 100_000 }),
        fc.constantFrom("-", "~", "～", "至", "到", "—"),
        fc.constantFrom(...UNIT_SPELLINGS),
        fc.constantFrom("both", "end", "start"),
        (a, b, sep, unit, where) => {
          const [min, max] = a <= b ? [a, b] : [b, a];
          const u1 = where === "end" ? "" : unit.text;
          const u2 = where === "start" ? "" : unit.text;
          const input = `${min}${u1}${sep}${max}${u2}`;
          expect(parseTarget(input)).toEqual({
            kind: "range",
            min,
            max,
            unit: unit.unit,
            unitClass: unit.unitClass,
            raw: input,
          });
        },
      ),
      { numRuns: 3000 },
    );
  });

  it("是否 questions stay questions whatever follows", () => {
    const body = fc.string({
      unit: fc.integer({ min: 0x4e00, max: 0x9fa5 }).map((c) => String.fromCharCode(c)),
      maxLength: 12,
    });
    fc.assert(
      fc.property(body, (b) => {
        const input = `是否${b}`;
        const t = parseTarget(input);
        expect(t.kind).toBe("yesno");
        expect(targetProblem(t, input)).toBeNull();
      }),
      { numRuns: 2000 },
    );
  });

  it("a bad thing asked about expects 否, and 是 once averted", () => {
    const bad = fc.constantFrom("超预算支出", "超标准", "发生安全事故", "违规", "投诉", "浪费", "超支", "发生重大问题");
    fc.assert(
      fc.property(bad, fc.constantFrom("", "存在", "出现"), (b, verb) => {
        expect(parseTarget(`是否${verb}${b}`)).toMatchObject({ kind: "yesno", expected: "否" });
        expect(parseTarget(`是否杜绝${b}`)).toMatchObject({ kind: "yesno", expected: "是" });
      }),
      { numRuns: 200 },
    );
  });

  it("dates read back", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 2000, max: 2100 }),
        fc.integer({ min: 1, max: 12 }),
        fc.integer({ min: 1, max: 28 }),
        fc.constantFrom("前", "之前", "以前", ""),
        fc.constantFrom("", "完成"),
        (year, month, day, before, done) => {
          const input = `${year}年${month}月${day}日${before}${done}`;
          expect(parseTarget(input)).toEqual({ kind: "deadline", year, month, day, raw: input });
        },
      ),
      { numRuns: 2000 },
    );
  });
});
