import { linesFor, rowHeight, summaryLayout, textWidth } from "../../src/core/layout";

describe("text measure for row heights", () => {
  it("counts CJK and full-width characters twice as wide as Latin ones", () => {
    expect(textWidth("abc")).toBe(3);
    expect(textWidth("预算数")).toBe(6);
    expect(textWidth("（％）")).toBe(6);
    expect(textWidth("≥95%")).toBe(5);
    expect(textWidth("“是”")).toBe(6);
  });

  it("counts lines, explicit breaks included", () => {
    expect(linesFor("短", 10)).toBe(1);
    // Nine units of a ten-unit column are usable: ten characters take 20 units, three lines.
    expect(linesFor("一二三四五六七八九十", 10)).toBe(3);
    expect(linesFor("一二三四", 10)).toBe(1);
    expect(linesFor("a\nb\nc", 10)).toBe(3);
    expect(linesFor("", 10)).toBe(1);
  });

  it("gives 15 points a line and a little padding", () => {
    expect(rowHeight(1)).toBe(18);
    expect(rowHeight(2)).toBe(33);
  });
});

describe("summaryLayout", () => {
  const message = "预算数 18.00 不等于资金来源合计 17.99（财政资金 17.99 + 其他资金 0）。请改正预算数或资金来源。";
  const plan = {
    widths: [12, 14, 24, 60, 14],
    rows: [
      [{ value: "绩效表检查结果" }, { value: "sample.xlsx" }],
      [{ value: "共 3 张表、18 个指标：错误 0 个，警告 4 个，提示 3 个。" }],
      [],
      [{ value: "错误" }, { value: "目标表" }, { value: null }, { value: message }, { value: "D5" }],
      [{ value: "提示" }, { value: "目标表" }, { value: "13020924P00056410001N" }, { value: "短" }, { value: "E9" }],
    ],
  };

  it("wraps the wide prose column only", () => {
    expect(summaryLayout(plan).wrap).toEqual([false, false, false, true, false]);
  });

  it("makes a row as tall as its longest wrapped text, and leaves one-line rows alone", () => {
    const { heights } = summaryLayout(plan);
    expect(linesFor(message, 60)).toBe(2);
    expect(heights).toEqual([null, null, null, rowHeight(2), null]);
  });

  it("lets a lone sentence span the sheet instead of wrapping in its narrow column", () => {
    const { lone, heights } = summaryLayout(plan);
    expect(lone).toEqual([false, true, false, false, false]);
    // 24 characters in a 12-wide column would take five lines; across the sheet it takes one.
    expect(heights[1]).toBeNull();
    const long = { ...plan, rows: [[{ value: "很".repeat(70) }]] };
    expect(summaryLayout(long).heights).toEqual([rowHeight(2)]);
  });
});
