/**
 * One plan through both hosts: the Excel host over the fake Office.js and the WPS host over the fake
 * ET, from the same workbook, must leave every cell the same (fill, note, value, format) and the
 * same sheets; 清除标记 must bring both back to the workbook they started from.
 */
import { toA1 } from "../../src/core";
import { createExcelHost } from "../../src/excel";
import { createWpsHost, type EtApplication } from "../../src/wps";
import { installFakeOffice } from "../support/fake-excel";
import { installFakeEt } from "../support/fake-et";
import { budgetCell, buildSheets, handPlan, otherFundsCell, targetCell, workbookData } from "../excel/workbook";

const g = globalThis as unknown as Record<string, unknown>;
afterEach(() => {
  delete g.Excel;
  delete g.Office;
});

test("the same plan marks the same cells the same way in Excel and in WPS", async () => {
  const sheets = buildSheets(3, 2);
  const data = workbookData(sheets);
  const cells = (i: number) => data.sheets[i].cells!;
  cells(0)[budgetCell(sheets[0].tables[0])].fill = "#00B0F0";
  cells(0)[targetCell(sheets[0].tables[0])].note = "请核对（张三）";
  cells(1)[targetCell(sheets[1].tables[1])].fill = { color: "#FFFF00", pattern: "Gray25", patternColor: "#FF0000" };
  cells(2)[otherFundsCell(sheets[2].tables[0])] = { numberFormat: "0.0000" };
  const engine = () => handPlan(sheets);
  const now = () => new Date(2026, 10, 23, 10, 30);

  const office = installFakeOffice(g, data);
  const scope: Record<string, unknown> = {};
  const et = installFakeEt(scope, data);
  const excelHost = createExcelHost({ engine, now });
  const wpsHost = createWpsHost({ engine, now, app: () => scope.Application as EtApplication });

  const [a, b] = [await excelHost.check(), await wpsHost.check()];
  expect({ marked: b.marked, written: b.written }).toEqual({ marked: a.marked, written: a.written });
  expect([...et.sheetNames()].sort()).toEqual([...office.sheetNames()].sort());

  const seen = (view: {
    value: unknown;
    numberFormat: string;
    fill: { color: string; pattern: string } | null;
    note: string | null;
  }) => ({
    value: view.value,
    numberFormat: view.numberFormat,
    fill: view.fill && { color: view.fill.color.toUpperCase(), pattern: view.fill.pattern },
    note: view.note,
  });
  let compared = 0;
  for (const s of sheets) {
    const bottom = s.tables[s.tables.length - 1].bottom;
    for (let r = 0; r <= bottom; r++)
      for (let c = 0; c < 8; c++) {
        const a1 = toA1(r, c);
        expect([s.builder.name, a1, seen(et.cell(s.builder.name, a1))]).toEqual([
          s.builder.name,
          a1,
          seen(office.cell(s.builder.name, a1)),
        ]);
        compared++;
      }
  }
  expect(compared).toBeGreaterThan(500);
  // The 检查结果 sheet: the same values, links and bold headings.
  for (let r = 0; r < 20; r++)
    for (let c = 0; c < 4; c++) {
      const pick = (v: { value: unknown; hyperlink: string | null; bold: boolean }) => [v.value, v.hyperlink, v.bold];
      expect(pick(et.cell("检查结果", toA1(r, c)))).toEqual(pick(office.cell("检查结果", toA1(r, c))));
    }

  const [ra, rb] = [await excelHost.clearMarks(), await wpsHost.clearMarks()];
  expect(rb).toBe(ra);
  expect(et.dump()).toEqual(installFakeEt({}, data).dump());
});
