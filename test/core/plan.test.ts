import { checkWorkbook } from "../../src/core/engine";
import { FILLS, LIGHT_FILLS, planWrites, severityName } from "../../src/core/plan";
import { RULES } from "../../src/core/rules";
import { ruleName } from "../../src/core/rule-names";
import { HEADER_FILL, INPUT_FILL, LABEL_FILL } from "../../src/core/templates/writer";
import type { Severity } from "../../src/core/settings";
import { buildSeedSheet } from "../fixtures/seed";

/** Grey as a black-and-white printer or `pdftoppm -gray` renders a colour (Rec. 601 luma). */
function grey(hex: string): number {
  const [r, g, b] = [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16));
  return 0.299 * r + 0.587 * g + 0.114 * b;
}

const SEVERITIES: Severity[] = ["error", "warning", "info"];

describe("mark colours", () => {
  it("differ from every colour the templates and the lights use", () => {
    const taken = [HEADER_FILL, INPUT_FILL, LABEL_FILL, ...Object.values(LIGHT_FILLS)].map((c) => c.toUpperCase());
    for (const s of SEVERITIES) expect(taken).not.toContain(FILLS[s].toUpperCase());
  });

  it("stay apart in grey: each severity at least 25 levels from the others, the templates' fills and white", () => {
    const others = [HEADER_FILL, INPUT_FILL, LABEL_FILL, "#FFFFFF"];
    for (const s of SEVERITIES)
      for (const o of [...others, ...SEVERITIES.filter((x) => x !== s).map((x) => FILLS[x])])
        expect(Math.abs(grey(FILLS[s]) - grey(o))).toBeGreaterThanOrEqual(25);
    // The worse, the darker.
    expect(grey(FILLS.error)).toBeLessThan(grey(FILLS.warning));
    expect(grey(FILLS.warning)).toBeLessThan(grey(FILLS.info));
  });
});

describe("the 检查结果 sheet", () => {
  const result = checkWorkbook({ sheets: [buildSeedSheet().builder.toSnapshot()] });
  const plan = planWrites(result);
  const rows = plan.summary.rows;

  it("has a legend: each severity's name on its mark colour", () => {
    const legend = rows.filter(
      (r) => r[1] && SEVERITIES.some((s) => r[1].fill === FILLS[s] && r[1].value === severityName(s)),
    );
    expect(legend).toHaveLength(3);
    expect(rows.findIndex((r) => r[0]?.value === "标记颜色")).toBeLessThan(
      rows.findIndex((r) => r[0]?.value === "工作表"),
    );
  });

  it("names the rule in Chinese in the 规则 column; the id stays in the findings", () => {
    const head = rows.findIndex((r) => r[0]?.value === "级别");
    const shown = rows.slice(head + 1).map((r) => r[5].value);
    expect(result.report.findings.length).toBeGreaterThan(0);
    expect(shown).toEqual(result.report.findings.map((f) => RULES.find((r) => r.id === f.rule)!.docs.name));
    expect(result.report.findings.every((f) => /^[a-z-]+$/.test(f.rule))).toBe(true);
  });

  it("prints landscape, one page wide, with gridlines, the findings' header repeated; marked sheets print their notes", () => {
    const head = rows.findIndex((r) => r[0]?.value === "级别");
    expect(plan.summary.print).toEqual({
      orientation: "landscape",
      fitToWidth: true,
      titleRows: { first: head, last: head },
      gridlines: true,
    });
    expect(plan.sheetPrint).toEqual([
      { sheet: result.tables[0].sheet, print: { notesAtEnd: true, sheetNameHeader: true } },
    ]);
  });

  it("has a Chinese name for findings no rule reports", () => {
    expect(ruleName("no-table")).toBe("未找到绩效表");
    expect(ruleName("engine-error")).toMatch(/^[\u3400-\u9fff]+$/);
  });
});
