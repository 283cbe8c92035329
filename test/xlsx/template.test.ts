import ExcelJS from "exceljs";
import { checkWorkbook } from "../../src/core";
import { Grid } from "../../src/core/grid";
import { locateTables } from "../../src/core/locate";
import { readShown } from "../../src/core/money";
import {
  monitoringTemplate,
  selfEvaluationTemplate,
  targetTemplate,
  type SheetTemplate,
} from "../../src/core/templates";
import { snapshotOf } from "../../src/xlsx";
import { addTemplateSheet } from "../../src/xlsx/template";
import { seedTarget } from "../core/rules/in-year";
import { loadBuffer, seedWorkbook, toBuffer } from "../fixtures/xlsx";

/** Renders into a new workbook, writes it as bytes and loads it back, as a file would travel. */
async function roundTrip(t: SheetTemplate): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  addTemplateSheet(wb, t);
  return loadBuffer(await toBuffer(wb));
}

describe("rendering templates with exceljs", () => {
  it.each([
    ["target", () => targetTemplate()],
    ["monitoring", () => monitoringTemplate(seedTarget(1))],
    ["self-evaluation", () => selfEvaluationTemplate(seedTarget(1))],
  ] as const)("a %s sheet reads back through the xlsx host as its kind, with its figures", async (kind, make) => {
    const t = make();
    const wb = await roundTrip(t);
    const [table] = locateTables(new Grid(snapshotOf(wb).sheets[0]));
    expect(table.kind).toBe(kind);
    expect(table.plan?.checkpoints.map((c) => c.plannedPercent) ?? null).toEqual(
      kind === "self-evaluation" ? null : kind === "target" ? [25, 50, 83.3, 100] : [25, 50, 75, 100],
    );
    if (kind !== "target") {
      expect(table.projectCode?.text).toBe("13020924P000558100016");
      expect(table.indicators.map((i) => i.targetText)).toEqual(seedTarget(1).indicators.map((i) => i.targetText));
      const budget = table.selfEvaluation?.budgetFull ?? table.funds?.budget;
      expect(readShown(budget)?.big.toFixed(2)).toBe("100.80");
    }
    if (kind === "self-evaluation")
      expect(table.indicators.map((i) => i.weight?.text)).toEqual([
        "12.50",
        "12.50",
        "12.50",
        "12.50",
        "30.00",
        "10.00",
      ]);
  });

  it("keeps drop-downs, hints, merges, widths and styles", async () => {
    const wb = await roundTrip(monitoringTemplate(seedTarget(1)));
    const ws = wb.worksheets[0];
    expect(ws.name).toBe("各项公务接待活动-监控");
    const chance = ws.getCell("G8").dataValidation;
    expect(chance).toMatchObject({ type: "list", formulae: ['"确定能,有可能,完全不可能"'], showInputMessage: true });
    expect(ws.getCell("G13").dataValidation?.type).toBe("list");
    expect(ws.getCell("F3").dataValidation?.formulae?.[0]).toContain("6月底");
    const hint = ws.getCell("E8").dataValidation;
    expect(hint?.promptTitle).toBe("当前完成值");
    expect(hint?.prompt).toContain("达成 / 部分达成 / 未达成");
    expect(ws.getCell("A1").isMerged && ws.getCell("I1").isMerged).toBe(true);
    expect(ws.getCell("A1").font?.bold).toBe(true);
    // A named font: LibreOffice shows a nameless bold font in a serif face.
    expect(ws.getCell("A1").font?.name).toBe("Calibri");
    expect(ws.getCell("B5").numFmt).toBe("0%");
    expect(ws.getCell("B5").value).toBe(0.25);
    expect(ws.getColumn(8).width).toBe(30);
    expect(ws.getCell("A7").border?.top?.style).toBe("thin");
  });

  it("adds the sheet under a free name and opens on it, replacing nothing", async () => {
    const wb = seedWorkbook();
    wb.addWorksheet("其他");
    wb.addWorksheet("各项公务接待活动-监控").getCell("A1").value = "别人的表";
    const ws = addTemplateSheet(wb, monitoringTemplate(seedTarget(1)));
    expect(ws.name).toBe("各项公务接待活动-监控 (2)");
    const back = await loadBuffer(await toBuffer(wb));
    expect(back.worksheets.map((w) => w.name)).toEqual([
      "绩效目标表",
      "其他",
      "各项公务接待活动-监控",
      "各项公务接待活动-监控 (2)",
    ]);
    expect(back.getWorksheet("各项公务接待活动-监控")!.getCell("A1").value).toBe("别人的表");
    expect(back.views[0].activeTab).toBe(3);
    const result = checkWorkbook(snapshotOf(back));
    expect(result.report.tables.map((t) => t.kind)).toEqual(["target", "target", "target", "monitoring"]);
  });
});
