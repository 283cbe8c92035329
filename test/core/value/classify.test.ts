import {
  classifyUnit,
  isCumulative,
  isMoneyUnit,
  isPercentTarget,
  isPerUnit,
  isRateName,
  normaliseUnit,
  parseTarget,
} from "../../../src/core/value";
import type { UnitClass } from "../../../src/core/value";

describe("isPercentTarget", () => {
  it.each([
    ["≥95%", true],
    ["≥90百分比", true],
    ["100百分比", true],
    ["80%-90%", true],
    ["≥40批次", false],
    ["≥0.95", false],
    ["≥2个百分点", false],
    ["是否超预算支出", false],
    ["年底前完成", false],
    ["", false],
  ])("%s → %s", (input, expected) => {
    expect(isPercentTarget(parseTarget(input))).toBe(expected);
  });
});

describe("isRateName", () => {
  it.each([
    ["购置质量合格率（%）", true],
    ["使用人员满意度（%）", true],
    ["接待满意度", true],
    ["接待完成率", true],
    ["资金占比", true],
    ["覆盖比例", true],
    ["达标百分比", true],
    ["合格(%)", true],
    ["购置数量", false],
    ["接待批次", false],
    ["费用标准", false],
    ["", false],
  ])("%s → %s", (name, expected) => {
    expect(isRateName(name)).toBe(expected);
  });
});

describe("isCumulative", () => {
  it.each([
    // counts, money and days pile up over the year
    ["≥40批次", "接待批次", true],
    ["1辆", "购置数量", true],
    ["≥2张/把/套/台等", "购置数量", true],
    ["≤30万元", "项目成本", true],
    ["=300天", "服务天数", true],
    ["80-100人次", "培训人次", true],
    ["≥40", "接待批次", true],
    ["≥1000", "资金支出金额", true],
    // rates, percentages and per-unit amounts do not
    ["≥95%", "接待满意度", false],
    ["≥90百分比", "购置质量合格率（%）", false],
    ["≥95%", "购置数量", false],
    ["≥95", "接待完成率", false],
    ["≥40批次", "接待完成率", false],
    ["≤500元/人", "人均培训费", false],
    ["≤500元", "人均培训费", false],
    ["3次/年", "巡查次数", false],
    ["≤150元", "接待费用标准", false],
    // a duration limit is not a quantity
    ["≤3个工作日", "办理时限", false],
    ["1-2个工作日", "办理时限", false],
    // bare numbers that are not counts, and other units
    ["≥0.9", "资金使用效益", false],
    ["≥80", "综合指数", false],
    ["≥90分", "考核得分", false],
    // qualitative targets
    ["是否超预算支出", "资金使用效益", false],
    ["预算年度结束前完成购置计划", "购置完成时间", false],
    ["严格按照办公设备配置标准执行", "费用标准", false],
    ["优良中低差", "服务质量", false],
    ["提升", "社会效益", false],
    ["", "购置数量", false],
  ])("%s named %s → %s", (value, name, expected) => {
    expect(isCumulative(parseTarget(value), name)).toBe(expected);
  });
});

describe("isMoneyUnit", () => {
  it.each([
    ["元", true],
    ["万元", true],
    ["亿元", true],
    ["千元", true],
    ["万美元", true],
    ["元/人", true],
    ["元／平方米", true],
    [" 万元 ", true],
    ["元件", false],
    ["人", false],
    ["%", false],
    ["批次", false],
    ["", false],
  ])("%j → %s", (unit, expected) => {
    expect(isMoneyUnit(unit)).toBe(expected);
  });
});

describe("classifyUnit", () => {
  it.each<[string, UnitClass]>([
    ["%", "percent"],
    ["百分比", "percent"],
    ["元", "money"],
    ["万元", "money"],
    ["元/人", "money"],
    ["批次", "count"],
    ["万人次", "count"],
    ["张/把/套/台等", "count"],
    ["张、把", "count"],
    ["平方米", "count"],
    ["公里", "count"],
    ["天", "time"],
    ["个工作日", "time"],
    ["个月", "time"],
    ["分", "other"],
    ["个百分点", "other"],
    ["元件", "other"],
    ["万%", "other"],
    ["", "none"],
  ])("%j → %s", (unit, expected) => {
    expect(classifyUnit(unit)).toBe(expected);
  });

  it("normalises only the percent spellings", () => {
    expect(normaliseUnit("百分比")).toBe("%");
    expect(normaliseUnit("%")).toBe("%");
    expect(normaliseUnit("万元")).toBe("万元");
  });

  it.each([
    ["元/人", true],
    ["次/年", true],
    ["人次/天", true],
    ["张/把/套/台等", false],
    ["万元", false],
    ["张、把", false],
  ])("isPerUnit(%j) → %s", (unit, expected) => {
    expect(isPerUnit(unit)).toBe(expected);
  });
});
