/** src/excel/template.ts against the shared strict fake Excel (test/support/fake-excel.ts). */
import { checkWorkbook, rangeToA1, toA1, type SheetSnapshot, type SheetTemplate } from "../../src/core";
import { Grid } from "../../src/core/grid";
import { locateTables } from "../../src/core/locate";
import { monitoringTemplate, selfEvaluationTemplate, targetTemplate } from "../../src/core/templates";
import { HostError } from "../../src/excel/host-types";
import { buildSheetSnapshot } from "../../src/excel/snapshot-build";
import { findSourceTable, renderTemplateSheet, type RenderTemplateOptions } from "../../src/excel/template";
import { seedTarget } from "../core/rules/in-year";
import { installFakeOffice, type FakeSheetData, type FakeWorkbookData } from "../support/fake-excel";

const g = globalThis as unknown as Record<string, unknown>;

afterEach(() => {
  delete g.Excel;
  delete g.Office;
});

function install(sheets: (string | FakeSheetData)[], extra: Partial<FakeWorkbookData> = {}) {
  return installFakeOffice(g, { sheets: sheets.map((s) => (typeof s === "string" ? { name: s } : s)), ...extra });
}

const render = (t: SheetTemplate, opts?: RenderTemplateOptions) =>
  Excel.run((context) => renderTemplateSheet(context, t, opts));

/** The sheet as the host reads it for a check. */
function readBack(name: string): Promise<SheetSnapshot> {
  return Excel.run(async (context) => {
    const ws = context.workbook.worksheets.getItem(name);
    const used = ws.getUsedRangeOrNullObject(true).load("rowIndex,columnIndex,values,text,numberFormat");
    const merged = ws.getRange().getMergedAreasOrNullObject().load("address");
    await context.sync();
    return buildSheetSnapshot(name, used.isNullObject ? null : used, merged.isNullObject ? null : merged.address);
  });
}

describe("rendering a template into a new Excel worksheet", () => {
  it("writes the monitoring sheet next to its source, in two syncs, and it reads back with every figure", async () => {
    const fake = install(["封面", "绩效目标表", "说明"]);
    const t = monitoringTemplate(seedTarget(1));
    const name = await render(t, { after: "绩效目标表" });
    expect(name).toBe("各项公务接待活动-监控");
    expect(fake.syncs).toBe(2);
    expect(fake.sheetNames()).toEqual(["封面", "绩效目标表", "各项公务接待活动-监控", "说明"]);
    expect(fake.activeSheet()).toBe(name);
    expect(fake.selection()).toEqual({ sheet: name, address: "E8" });

    const [table] = locateTables(new Grid(await readBack(name)));
    expect(table.kind).toBe("monitoring");
    expect(table.projectCode?.text).toBe("13020924P000558100016");
    expect(table.funds?.budget.text).toBe("100.80");
    expect(table.monitoring?.asOfMonth).toBe(6);
    expect(table.plan?.checkpoints.map((c) => c.plannedPercent)).toEqual([25, 50, 75, 100]);
    expect(table.indicators.map((i) => i.targetText)).toEqual(seedTarget(1).indicators.map((i) => i.targetText));
    expect(table.problems).toEqual([]);
  });

  it("sets drop-downs, hints, merges, widths, heights, borders and fills as the template says", async () => {
    const fake = install(["绩效目标表"]);
    const t = monitoringTemplate(seedTarget(1));
    const name = await render(t);
    expect(fake.merges(name)).toEqual(t.merges.map(rangeToA1));
    expect(fake.showGridlines(name)).toBe(false);
    const validations = fake.validations(name);
    const chance = validations.find((v) => v.range === "G8:G13");
    expect(chance?.rule).toEqual({ list: { inCellDropDown: true, source: "确定能,有可能,完全不可能" } });
    expect(chance?.errorAlert).toMatchObject({ showAlert: true, style: "Stop" });
    expect(chance?.prompt).toEqual({
      showPrompt: true,
      title: "完成可能性",
      message: "选择：确定能 / 有可能 / 完全不可能。",
    });
    const hint = validations.find((v) => v.range === "E8:E13");
    expect(hint?.rule).toBeUndefined();
    expect(hint?.prompt).toMatchObject({ title: "当前完成值" });
    expect(validations.map((v) => v.range).sort()).toEqual(t.validations.map((v) => rangeToA1(v.range)).sort());

    // 20 and 30 characters: (20 × 7 + 5) px and (30 × 7 + 5) px, at 0.75 pt a pixel.
    expect([t.widths[0], t.widths[7]]).toEqual([20, 30]);
    expect([fake.columnWidth(name, 0), fake.columnWidth(name, 7)]).toEqual([108.75, 161.25]);
    for (const [row, h] of Object.entries(t.heights)) expect(fake.rowHeight(name, Number(row))).toBe(h);
    expect(fake.format(name, "A1")).toMatchObject({ bold: true, size: 16, horizontalAlignment: "Center" });
    for (let c = 0; c <= 8; c++)
      expect(fake.format(name, toA1(6, c))).toMatchObject({ bold: true, fill: "#DDEBF7", wrap: true });
    // The box A2:I13: every cell has all four edges, thin grey lines.
    const grey = { style: "Continuous", color: "#808080", weight: "Thin" };
    for (let r = 1; r <= 12; r++)
      for (let c = 0; c <= 8; c++)
        expect(fake.format(name, toA1(r, c)).borders).toEqual({ top: grey, bottom: grey, left: grey, right: grey });
    expect(fake.format(name, "A1").borders.top).toBeNull();
    expect(fake.format(name, "E8").verticalAlignment).toBe("Center");
    expect(fake.cell(name, "B5").numberFormat).toBe("0%");
  });

  it("never overwrites: picks a free name when the template's name is taken", async () => {
    const fake = install(["绩效目标表", { name: "各项公务接待活动-自评", cells: { A1: { value: "别人的内容" } } }]);
    const name = await render(selfEvaluationTemplate(seedTarget(1)), { after: "绩效目标表" });
    expect(name).toBe("各项公务接待活动-自评 (2)");
    expect(fake.sheetNames()).toEqual(["绩效目标表", name, "各项公务接待活动-自评"]);
    expect(fake.cell("各项公务接待活动-自评", "A1").value).toBe("别人的内容");
    const result = checkWorkbook({ sheets: [await readBack(name)] });
    expect(result.report.tables).toEqual([expect.objectContaining({ kind: "self-evaluation", budget: 100.8 })]);
  });

  it("keeps a digit-only project code as text", async () => {
    const source = seedTarget(1);
    source.projectCode = { ...source.projectCode!, text: "130209240055810016", value: "130209240055810016" };
    source.projectCodeText = "130209240055810016";
    const fake = install(["甲"]);
    const name = await render(monitoringTemplate(source));
    expect(name).toBe("各项公务接待活动-监控");
    expect(fake.cell(name, "B2")).toMatchObject({ value: "130209240055810016", numberFormat: "@" });
  });

  it("keeps a target written like a formula as the text it was", async () => {
    const source = seedTarget(1);
    source.indicators[0] = { ...source.indicators[0], targetText: "=100%" };
    const fake = install(["甲"]);
    const name = await render(monitoringTemplate(source));
    const [table] = locateTables(new Grid(await readBack(name)));
    expect(table.indicators[0].targetText).toBe("=100%");
    expect(table.indicators[0].target).not.toBeNull();
    const { row, col } = table.indicators[0].target!;
    expect(fake.cell(name, toA1(row, col))).toMatchObject({ value: "=100%", numberFormat: "@" });
  });

  it("a blank target table goes at the end when no source is given", async () => {
    const fake = install(["甲", "乙"]);
    const name = await render(targetTemplate());
    expect(fake.sheetNames()).toEqual(["甲", "乙", "绩效目标表"]);
    expect(locateTables(new Grid(await readBack(name)))[0].kind).toBe("target");
  });

  it("a protected workbook structure: one Chinese sentence, and no sheet", async () => {
    const fake = install(["绩效目标表"], { protected: true });
    const p = render(targetTemplate());
    await expect(p).rejects.toBeInstanceOf(HostError);
    await expect(p).rejects.toThrow("工作簿结构受保护，无法新建工作表");
    expect(fake.sheetNames()).toEqual(["绩效目标表"]);
    // Known from the first round trip: nothing is sent to be refused.
    expect(fake.syncs).toBe(1);
  });

  it("another refusal is passed on as Excel gave it, not worded as protection", async () => {
    const fake = install(["绩效目标表"]);
    const crossing: SheetTemplate = {
      ...targetTemplate(),
      merges: [
        { top: 0, left: 0, bottom: 1, right: 1 },
        { top: 1, left: 1, bottom: 2, right: 2 },
      ],
    };
    const p = render(crossing);
    await expect(p).rejects.toMatchObject({ code: "InvalidOperation" });
    await expect(p).rejects.not.toBeInstanceOf(HostError);
    // The half-drawn sheet is deleted in a third sync: a retry gets the template's own name.
    expect(fake.syncs).toBe(3);
    expect(fake.sheetNames()).toEqual(["绩效目标表"]);
  });

  it("a name taken between the two round trips: the sheet that took it is left alone", async () => {
    const fake = install(["绩效目标表", "乙"]);
    const p = Excel.run((context) => {
      const sync = context.sync.bind(context);
      let n = 0;
      // Someone renames 乙 to the free name the render chose, after it chose it.
      context.sync = (async () => {
        if (++n === 2) fake.rename("乙", "绩效目标表 (2)");
        return sync();
      }) as typeof context.sync;
      return renderTemplateSheet(context, targetTemplate());
    });
    await expect(p).rejects.toThrow(new HostError("已有名为“绩效目标表 (2)”的工作表：请再试一次。"));
    expect(fake.sheetNames()).toEqual(["绩效目标表", "绩效目标表 (2)"]);
  });
});

describe("finding the source table of a TableRef", () => {
  const tables = [seedTarget(0), seedTarget(1), seedTarget(2)];
  it("matches by sheet and range, then by 项目编码", () => {
    const t = tables[1];
    const ref = { sheet: t.sheet, range: rangeToA1(t.range), kind: t.kind, projectCode: "x", projectName: "" };
    expect(findSourceTable(tables, ref)).toBe(t);
    expect(findSourceTable(tables, { ...ref, range: "Z1", projectCode: "13020924P00098810001T" })).toBe(tables[2]);
    expect(findSourceTable(tables, { ...ref, sheet: "别的表" })).toBeNull();
    expect(findSourceTable(tables, undefined)).toBeNull();
  });
});
