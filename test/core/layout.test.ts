import { linesFor, rowHeight, textWidth } from "../../src/core/layout";

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
