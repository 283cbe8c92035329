import type ExcelJS from "exceljs";
import type { PrintSetup } from "../core";

/** Styles and views shared by the marked copy and the template files. */

export function argb(hex: string): string {
  return `FF${hex.replace(/^#/, "").toUpperCase()}`;
}

export function solid(hex: string): ExcelJS.Fill {
  return { type: "pattern", pattern: "solid", fgColor: { argb: argb(hex) }, bgColor: { argb: argb(hex) } };
}

/** Fonts need a name: a font with colour or bold only shows in a serif face in LibreOffice. */
export const BASE_FONT: Partial<ExcelJS.Font> = { name: "Calibri", family: 2, size: 11 };

/** A4 landscape, one page wide: the tables are wider than tall. */
export const LANDSCAPE: Partial<ExcelJS.PageSetup> = {
  orientation: "landscape",
  fitToPage: true,
  fitToWidth: 1,
  fitToHeight: 0,
  paperSize: 9,
};

/** The plan's print setup as exceljs page setup, to lay over what the sheet has. */
export function pageSetupOf(print: PrintSetup): Partial<ExcelJS.PageSetup> {
  const out: Partial<ExcelJS.PageSetup> = {};
  if (print.orientation) out.orientation = print.orientation;
  if (print.fitToWidth) Object.assign(out, { fitToPage: true, fitToWidth: 1, fitToHeight: 0, paperSize: 9 });
  if (print.titleRows) out.printTitlesRow = `${print.titleRows.first + 1}:${print.titleRows.last + 1}`;
  if (print.gridlines !== undefined) out.showGridLines = print.gridlines;
  if (print.notesAtEnd) out.cellComments = "atEnd";
  return out;
}

/**
 * Makes `sheet` the tab the workbook opens on. Other tabs lose their selection, or Excel would open
 * with two tabs grouped (and edits to one would go to both).
 */
export function activate(workbook: ExcelJS.Workbook, sheet: ExcelJS.Worksheet): void {
  const index = workbook.worksheets.indexOf(sheet);
  for (const ws of workbook.worksheets) {
    const views = ws.views?.length ? ws.views : [{}];
    ws.views = views.map((v) => ({ ...v, tabSelected: ws === sheet }));
  }
  const views = workbook.views?.length ? workbook.views : [{ x: 0, y: 0, width: 20000, height: 12000 }];
  workbook.views = views.map((v, i) =>
    i === 0 ? { ...v, activeTab: index, firstSheet: 0 } : v,
  ) as ExcelJS.WorkbookView[];
}
