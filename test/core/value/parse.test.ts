import { parseTarget } from "../../../src/core/value";
import type { Operator, UnitClass } from "../../../src/core/value";
import { targetProblem } from "./target-invariants";

type Num = [input: string, op: Operator, opExplicit: boolean, value: number, unit: string, unitClass: UnitClass];

function expectNumeric([input, op, opExplicit, value, unit, unitClass]: Num): void {
  const t = parseTarget(input);
  expect(t).toEqual({ kind: "numeric", op, opExplicit, value, unit, unitClass, raw: input });
  expect(targetProblem(t, input)).toBeNull();
}

describe("parseTarget: the seed's 指标值", () => {
  it.each<Num>([
    ["≥2张/把/套/台等", ">=", true, 2, "张/把/套/台等", "count"],
    ["≥90百分比", ">=", true, 90, "%", "percent"],
    ["≥40批次", ">=", true, 40, "批次", "count"],
    ["≥95百分比", ">=", true, 95, "%", "percent"],
    ["1辆", "=", false, 1, "辆", "count"],
    ["100百分比", "=", false, 100, "%", "percent"],
    ["=300天", "=", false, 300, "天", "time"],
    ["≤30万元", "<=", true, 30, "万元", "money"],
    ["≥95%", ">=", true, 95, "%", "percent"],
  ])("%s is numeric", (...row) => expectNumeric(row));

  it.each([
    ["预算年度结束前完成购置计划", 12],
    ["预算年度结束前完成公务用车购置", 12],
  ])("%s is a deadline in month %d", (input, month) => {
    expect(parseTarget(input)).toEqual({ kind: "deadline", month, raw: input });
  });

  it.each(["严格按照办公设备配置标准执行", "严格按照相关要求购置公务用车，不可超标准购置"])(
    "%s is compliance",
    (input) => {
      expect(parseTarget(input)).toEqual({ kind: "compliance", raw: input });
    },
  );

  it.each([
    ["是否超预算支出", "否"],
    ["是否严格执行接待标准", "是"],
  ])("%s expects %s", (input, expected) => {
    expect(parseTarget(input)).toEqual({ kind: "yesno", question: input, expected, raw: input });
  });
});

describe("parseTarget: operators", () => {
  it.each<Num>([
    ["≥95%", ">=", true, 95, "%", "percent"],
    ["≧95%", ">=", true, 95, "%", "percent"],
    [">=95%", ">=", true, 95, "%", "percent"],
    ["＞＝95％", ">=", true, 95, "%", "percent"],
    ["不低于95%", ">=", true, 95, "%", "percent"],
    ["不少于40人次", ">=", true, 40, "人次", "count"],
    ["至少3次", ">=", true, 3, "次", "count"],
    ["95%以上", ">=", true, 95, "%", "percent"],
    ["40批次及以上", ">=", true, 40, "批次", "count"],
    ["95%(含)以上", ">=", true, 95, "%", "percent"],
    ["≥95%以上", ">=", true, 95, "%", "percent"],
    ["达到95%", ">=", true, 95, "%", "percent"],
    ["≤30万元", "<=", true, 30, "万元", "money"],
    ["≦30万元", "<=", true, 30, "万元", "money"],
    ["<=30万元", "<=", true, 30, "万元", "money"],
    ["＜＝30万元", "<=", true, 30, "万元", "money"],
    ["不高于5%", "<=", true, 5, "%", "percent"],
    ["不超过30万元", "<=", true, 30, "万元", "money"],
    ["至多2次", "<=", true, 2, "次", "count"],
    ["30万元以内", "<=", true, 30, "万元", "money"],
    ["30万元以下", "<=", true, 30, "万元", "money"],
    ["控制在30万元以内", "<=", true, 30, "万元", "money"],
    ["3个工作日内", "<=", true, 3, "个工作日", "time"],
    [">90%", ">", true, 90, "%", "percent"],
    ["＞90%", ">", true, 90, "%", "percent"],
    ["大于90%", ">", true, 90, "%", "percent"],
    ["<5%", "<", true, 5, "%", "percent"],
    ["＜5%", "<", true, 5, "%", "percent"],
    ["低于5%", "<", true, 5, "%", "percent"],
    ["=100%", "=", false, 100, "%", "percent"],
    ["＝100%", "=", false, 100, "%", "percent"],
    ["100%", "=", false, 100, "%", "percent"],
    ["约40批次", "=", false, 40, "批次", "count"],
    ["40左右", "=", false, 40, "", "none"],
  ])("%s → %s", (...row) => expectNumeric(row));
});

describe("parseTarget: numbers", () => {
  it.each<Num>([
    ["≥９５％", ">=", true, 95, "%", "percent"],
    ["１２．５万元", "=", false, 12.5, "万元", "money"],
    ["0.81万元", "=", false, 0.81, "万元", "money"],
    ["1,000人次", "=", false, 1000, "人次", "count"],
    ["1，000人次", "=", false, 1000, "人次", "count"],
    ["≥1,234,567.5元", ">=", true, 1234567.5, "元", "money"],
    ["≥-5%", ">=", true, -5, "%", "percent"],
    ["-5%", "=", false, -5, "%", "percent"],
    ["≥ 95 %", ">=", true, 95, "%", "percent"],
    ["≥0.95", ">=", true, 0.95, "", "none"],
    ["0", "=", false, 0, "", "none"],
    ["百分之95", "=", false, 95, "%", "percent"],
  ])("%s → %d", (...row) => expectNumeric(row));
});

describe("parseTarget: units", () => {
  it.each<Num>([
    ["≥1元", ">=", true, 1, "元", "money"],
    ["≥1亿元", ">=", true, 1, "亿元", "money"],
    ["≤500元/人", "<=", true, 500, "元/人", "money"],
    ["≥1.5万人次", ">=", true, 1.5, "万人次", "count"],
    ["≥5个", ">=", true, 5, "个", "count"],
    ["≥5台", ">=", true, 5, "台", "count"],
    ["≥5套", ">=", true, 5, "套", "count"],
    ["≥5件", ">=", true, 5, "件", "count"],
    ["≥5项", ">=", true, 5, "项", "count"],
    ["≥5户", ">=", true, 5, "户", "count"],
    ["≥5人", ">=", true, 5, "人", "count"],
    ["≥5家", ">=", true, 5, "家", "count"],
    ["≥5场", ">=", true, 5, "场", "count"],
    ["≥5篇", ">=", true, 5, "篇", "count"],
    ["≥5期", ">=", true, 5, "期", "count"],
    ["≥5册", ">=", true, 5, "册", "count"],
    ["≥5份", ">=", true, 5, "份", "count"],
    ["≥500平方米", ">=", true, 500, "平方米", "count"],
    ["≥12公里", ">=", true, 12, "公里", "count"],
    ["≥2张、把", ">=", true, 2, "张、把", "count"],
    ["≥8小时", ">=", true, 8, "小时", "time"],
    ["≤6个月", "<=", true, 6, "个月", "time"],
    ["≥90分", ">=", true, 90, "分", "other"],
    ["≥2个百分点", ">=", true, 2, "个百分点", "other"],
    ["≥95元件", ">=", true, 95, "元件", "other"],
    ["3次/年", "=", false, 3, "次/年", "count"],
  ])("%s → unit %s", (...row) => expectNumeric(row));
});

describe("parseTarget: labels around the number", () => {
  it.each<Num>([
    ["合格率≥95%", ">=", true, 95, "%", "percent"],
    ["全年接待≥40批次", ">=", true, 40, "批次", "count"],
    ["提升10%", "=", false, 10, "%", "percent"],
    ["有效提升10%", "=", false, 10, "%", "percent"],
    ["≥95%（含95%）", ">=", true, 95, "%", "percent"],
    ["100%合格", "=", false, 100, "%", "percent"],
    ["40批次完成", "=", false, 40, "批次", "count"],
    ["6个月内完成", "<=", true, 6, "个月", "time"],
  ])("%s", (...row) => expectNumeric(row));
});

describe("parseTarget: ranges", () => {
  it.each([
    ["80%-90%", 80, 90, "%", "percent"],
    ["80～90%", 80, 90, "%", "percent"],
    ["80~90", 80, 90, "", "none"],
    ["80至90", 80, 90, "", "none"],
    ["80%至90%", 80, 90, "%", "percent"],
    ["80 - 90 %", 80, 90, "%", "percent"],
    ["在80%-90%之间", 80, 90, "%", "percent"],
    ["1-2个工作日", 1, 2, "个工作日", "time"],
    ["10万元到20万元", 10, 20, "万元", "money"],
    ["-5~5%", -5, 5, "%", "percent"],
  ])("%s is %d to %d", (input, min, max, unit, unitClass) => {
    const t = parseTarget(input);
    expect(t).toEqual({ kind: "range", min, max, unit, unitClass, raw: input });
    expect(targetProblem(t, input)).toBeNull();
  });
});

describe("parseTarget: yes/no questions", () => {
  it.each([
    ["是否超预算支出", "否"],
    ["是否超标准配置", "否"],
    ["是否超支", "否"],
    ["是否发生安全事故", "否"],
    ["是否发生重大安全事故", "否"],
    ["是否存在违规行为", "否"],
    ["是否有投诉", "否"],
    ["是否存在浪费现象", "否"],
    ["是否出现重大质量问题", "否"],
    ["是否违纪", "否"],
    ["是否严格执行接待标准", "是"],
    ["是否按时完成", "是"],
    ["是否达到验收标准", "是"],
    ["是否完成年度任务", "是"],
    ["是否超额完成", "是"],
    ["是否未发生安全事故", "是"],
    ["是否杜绝浪费", "是"],
    ["是否解决群众反映的问题", "是"],
    ["是否不超标准", "是"],
    ["是否在2024年6月30日前完成", "是"],
  ])("%s expects %s", (input, expected) => {
    expect(parseTarget(input)).toEqual({ kind: "yesno", question: input, expected, raw: input });
  });

  it.each([
    ["是", "", "是"],
    ["否", "", "否"],
    [" 否 ", "", "否"],
    ["是否超预算支出（否）", "是否超预算支出", "否"],
    ["是否按时完成：是", "是否按时完成", "是"],
    ["是否超预算支出: 是", "是否超预算支出", "是"],
  ])("%j states its answer", (input, question, expected) => {
    expect(parseTarget(input)).toEqual({ kind: "yesno", question, expected, raw: input });
  });
});

describe("parseTarget: deadlines", () => {
  it.each<[string, number, number | undefined, number | undefined]>([
    ["预算年度结束前完成购置计划", 12, undefined, undefined],
    ["年底前完成", 12, undefined, undefined],
    ["年内完成", 12, undefined, undefined],
    ["本年度内完成", 12, undefined, undefined],
    ["12月底前", 12, undefined, undefined],
    ["十二月底前", 12, undefined, undefined],
    ["6月底前完成", 6, undefined, undefined],
    ["6月", 6, undefined, undefined],
    ["12月31日前", 12, 31, undefined],
    ["2024年6月30日前", 6, 30, 2024],
    ["项目于2024年6月30日前完成", 6, 30, 2024],
    ["截至2024年12月31日", 12, 31, 2024],
    ["2024年底前", 12, undefined, 2024],
    ["2024-06-30前", 6, 30, 2024],
    ["2024.6.30", 6, 30, 2024],
    ["第三季度末", 9, undefined, undefined],
    ["上半年完成", 6, undefined, undefined],
  ])("%s → month %d day %s year %s", (input, month, day, year) => {
    const t = parseTarget(input);
    const expected: Record<string, unknown> = { kind: "deadline", month, raw: input };
    if (day !== undefined) expected.day = day;
    if (year !== undefined) expected.year = year;
    expect(t).toEqual(expected);
  });
});

describe("parseTarget: compliance", () => {
  it.each([
    "严格按照办公设备配置标准执行",
    "严格执行接待标准",
    "不超标准",
    "不可超标准购置",
    "不超预算",
    "符合相关要求",
    "符合国家规定",
    "按规定执行",
    "按照合同要求完成",
    "达到国家标准",
    "按时完成各项接待工作",
    "验收合格",
    "无安全事故",
    "严格按照2023年标准执行",
  ])("%s", (input) => {
    expect(parseTarget(input)).toEqual({ kind: "compliance", raw: input });
  });
});

describe("parseTarget: graded", () => {
  it.each([
    [
      "达成年度指标/部分达成年度指标并具有一定效果/未达成年度指标且效果较差",
      ["达成年度指标", "部分达成年度指标并具有一定效果", "未达成年度指标且效果较差"],
    ],
    [
      "未达成年度指标且效果较差、达成年度指标、部分达成年度指标并具有一定效果",
      ["达成年度指标", "部分达成年度指标并具有一定效果", "未达成年度指标且效果较差"],
    ],
    ["达成年度指标", ["达成年度指标"]],
    ["优良中低差", ["优", "良", "中", "低", "差"]],
    ["优/良/中/差", ["优", "良", "中", "差"]],
    ["差、中、良、优", ["优", "良", "中", "差"]],
    ["好/较好/一般/较差/差", ["好", "较好", "一般", "较差", "差"]],
    ["好较好一般较差差", ["好", "较好", "一般", "较差", "差"]],
    ["高中低", ["高", "中", "低"]],
    ["高/中/低", ["高", "中", "低"]],
    ["合格/不合格", ["合格", "不合格"]],
    ["满意、基本满意、不满意", ["满意", "基本满意", "不满意"]],
  ])("%s", (input, levels) => {
    expect(parseTarget(input)).toEqual({ kind: "graded", levels, raw: input });
  });
});

describe("parseTarget: vague", () => {
  it.each([
    ["提升", ["提升"]],
    ["长远", ["长远"]],
    ["增加", ["增加"]],
    ["有效", ["有效"]],
    ["较好", ["较好"]],
    ["明显", ["明显"]],
    ["进一步提高", ["进一步", "提高"]],
    ["显著改善", ["显著", "改善"]],
    ["逐步增加", ["逐步", "增加"]],
    ["稳步提升", ["稳步", "提升"]],
    ["大幅提高", ["大幅", "提高"]],
    ["持续改善", ["持续", "改善"]],
    ["有效提升服务质量", ["有效", "提升"]],
    ["社会效益明显，长远有效", ["明显", "长远", "有效"]],
    ["较2023年提升", ["提升"]],
    ["满意", ["满意"]],
  ])("%s → %j", (input, words) => {
    expect(parseTarget(input)).toEqual({ kind: "vague", words, raw: input });
  });
});

describe("parseTarget: empty", () => {
  it.each(["", " ", "\t\n", "\u3000", "\u00a0 ", "\u200b"])("%j is empty", (input) => {
    expect(parseTarget(input)).toEqual({ kind: "empty", raw: input });
  });
});

describe("parseTarget: unreadable", () => {
  it.each([
    ["见附件", "无法识别指标值的格式"],
    ["/", "无法识别指标值的格式"],
    ["#DIV/0!", "单元格是错误值（#DIV/0!），不是指标值"],
    ["#N/A", "单元格是错误值（#N/A），不是指标值"],
    ["90%-80%", "区间的下限大于上限"],
    ["≥80%-90%", "区间前不应再加运算符"],
    ["80%-90万元", "区间两端的计量单位不一致"],
    ["≥95%以下", "数值前后的运算符相互矛盾"],
    ["95%以下以上", "数值后的文字无法识别为计量单位"],
    ["≥95%，年底前完成", "数值后的文字无法识别为计量单位"],
    ["1 000", "含有多个数值，无法确定哪一个是指标值"],
    ["12.5.3", "含有多个数值，无法确定哪一个是指标值"],
    ["9".repeat(50), "数值过大，无法识别"],
    ["13月底前", "日期无效"],
    ["2月30日前", "日期无效"],
    ["x".repeat(501), "内容过长（超过500个字符），不像指标值"],
  ])("%s: %s", (input, reason) => {
    const t = parseTarget(input);
    expect(t).toEqual({ kind: "unreadable", reason, raw: input });
  });
});

describe("parseTarget: precedence", () => {
  it("reads 不超标准 as compliance, not as an operator without a number", () => {
    expect(parseTarget("不超标准").kind).toBe("compliance");
  });
  it("reads 不超过30万元 as a ceiling", () => {
    expect(parseTarget("不超过30万元")).toMatchObject({ kind: "numeric", op: "<=", value: 30 });
  });
  it("reads 100百分比 as a number in percent", () => {
    expect(parseTarget("100百分比")).toMatchObject({ kind: "numeric", value: 100, unit: "%" });
  });
  it("reads 是否超预算支出 as a question even though 超预算 is a compliance word", () => {
    expect(parseTarget("是否超预算支出").kind).toBe("yesno");
  });
  it("reads 是否符合标准 as a question, not compliance", () => {
    expect(parseTarget("是否符合标准")).toMatchObject({ kind: "yesno", expected: "是" });
  });
  it("prefers a number over vague words around it", () => {
    expect(parseTarget("明显提升5%").kind).toBe("numeric");
  });
  it("reads 3年 as a duration but 2024年 as a year", () => {
    expect(parseTarget("3年")).toMatchObject({ kind: "numeric", unit: "年", unitClass: "time" });
    expect(parseTarget("2024年")).toMatchObject({ kind: "deadline", year: 2024, month: 12 });
  });
  it("reads 三年内完成 as something other than this year's end", () => {
    expect(parseTarget("三年内完成").kind).not.toBe("deadline");
  });
  it("does not split 百分比 into 百 + 分", () => {
    expect(parseTarget("≥90百分比")).toMatchObject({ unit: "%", unitClass: "percent" });
  });
  it("keeps a single grade word out of graded", () => {
    expect(parseTarget("合格").kind).toBe("compliance");
    expect(parseTarget("较好").kind).toBe("vague");
  });
});

describe("parseTarget: inputs outside the type", () => {
  it.each<[unknown, string, string]>([
    [null, "", "empty"],
    [undefined, "", "empty"],
    [95, "95", "numeric"],
  ])("%p reads as %j", (input, raw, kind) => {
    const t = parseTarget(input as string);
    expect(t.raw).toBe(raw);
    expect(t.kind).toBe(kind);
  });
  it("survives an object whose toString throws", () => {
    const evil = {
      toString(): string {
        throw new Error("no");
      },
    };
    expect(parseTarget(evil as unknown as string)).toEqual({ kind: "empty", raw: "" });
  });
});
