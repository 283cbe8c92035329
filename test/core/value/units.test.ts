import fc from "fast-check";
import { KNOWN_UNIT_SRC, knownUnitPrefix } from "../../../src/core/value/units";

/** The regex knownUnitPrefix stands in for: the oracle. */
const ORACLE = new RegExp(`^(?:${KNOWN_UNIT_SRC}(?:[/、]${KNOWN_UNIT_SRC})+等?|${KNOWN_UNIT_SRC})`);

/** Units, parts of units, multipliers, separators and other text, to reach the alternation's corners. */
const PIECES = [
  "批次",
  "批",
  "次",
  "人次",
  "人",
  "万人次",
  "个",
  "个工作日",
  "工作日",
  "天",
  "日",
  "辆",
  "台",
  "套",
  "把",
  "张",
  "%",
  "百分比",
  "百分点",
  "个百分点",
  "元",
  "万元",
  "千元",
  "亿元",
  "米",
  "平方米",
  "公里",
  "分",
  "分值",
  "十",
  "百",
  "千",
  "万",
  "亿",
  "/",
  "、",
  "等",
  "以上",
  "≥",
  "9",
  " ",
  "a",
  "km",
  "（",
  "）",
];

describe("knownUnitPrefix", () => {
  it.each([
    ["批次", "批次"],
    ["张/把/套/台等", "张/把/套/台等"],
    ["万人次以上", "万人次"],
    ["百分比", "百分比"],
    ["个工作日内", "个工作日"],
    ["以上", null],
    ["", null],
  ])("%j starts with the unit %j", (text, unit) => {
    expect(knownUnitPrefix(text)).toBe(unit);
    expect(ORACLE.exec(text)?.[0] ?? null).toBe(unit);
  });

  it("matches what the unit regex matches, on strings built from units, multipliers and separators", () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...PIECES), { maxLength: 8 }), (parts) => {
        const s = parts.join("");
        expect(knownUnitPrefix(s)).toBe(ORACLE.exec(s)?.[0] ?? null);
      }),
      { numRuns: 20000 },
    );
  });

  it("matches the unit regex on arbitrary Unicode", () => {
    fc.assert(
      fc.property(fc.string({ unit: "grapheme", maxLength: 12 }), (s) => {
        expect(knownUnitPrefix(s)).toBe(ORACLE.exec(s)?.[0] ?? null);
      }),
      { numRuns: 5000 },
    );
  });
});
