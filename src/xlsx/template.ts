import ExcelJS from "exceljs";
import { freeSheetName, listError, type SheetTemplate, type TemplateCell, type TemplateValidation } from "../core";
import { activate, BASE_FONT, LANDSCAPE, solid } from "./style";
import { writeNewWorkbook } from "./write";

const THIN: Partial<ExcelJS.Border> = { style: "thin", color: { argb: "FF808080" } };

function style(c: TemplateCell): Partial<ExcelJS.Style> {
  const s: Partial<ExcelJS.Style> = {
    alignment: { vertical: "middle", horizontal: c.align, wrapText: c.wrap ?? false },
  };
  if (c.numFmt) s.numFmt = c.numFmt;
  if (c.bold || c.size) s.font = { ...BASE_FONT, bold: c.bold, size: c.size ?? BASE_FONT.size };
  if (c.fill) s.fill = solid(c.fill);
  if (c.border) s.border = { top: THIN, left: THIN, bottom: THIN, right: THIN };
  return s;
}

/** Excel wants a literal list as one quoted, comma-separated string. */
function validationOf(v: TemplateValidation): ExcelJS.DataValidation {
  const refusal = v.list ? listError(v.list) : null;
  const dv: ExcelJS.DataValidation = v.list
    ? {
        type: "list",
        allowBlank: true,
        formulae: [`"${v.list.join(",")}"`],
        showErrorMessage: true,
        errorStyle: v.strict ? "stop" : "warning",
        errorTitle: refusal?.title,
        error: refusal?.message,
      }
    : // exceljs writes type "any" as a validation without a rule: the prompt alone.
      ({ type: "any", allowBlank: true, formulae: [] } as unknown as ExcelJS.DataValidation);
  if (v.prompt) {
    dv.showInputMessage = true;
    dv.promptTitle = v.prompt.title;
    dv.prompt = v.prompt.message;
  }
  return dv;
}

/** Draws a template on an empty worksheet: values, styles, merges, widths, heights, drop-downs and hints. */
function renderTemplate(ws: ExcelJS.Worksheet, t: SheetTemplate): void {
  t.widths.forEach((w, i) => (ws.getColumn(i + 1).width = w));
  for (const [row, h] of Object.entries(t.heights)) ws.getRow(Number(row) + 1).height = h;
  for (const c of t.cells) {
    const cell = ws.getCell(c.row + 1, c.col + 1);
    cell.value = c.value;
    cell.style = style(c);
  }
  for (const m of t.merges) ws.mergeCells(m.top + 1, m.left + 1, m.bottom + 1, m.right + 1);
  for (const v of t.validations) {
    const dv = validationOf(v);
    for (let r = v.range.top; r <= v.range.bottom; r++)
      for (let c = v.range.left; c <= v.range.right; c++) ws.getCell(r + 1, c + 1).dataValidation = { ...dv };
  }
  const select = ws.getCell(t.select.row + 1, t.select.col + 1).address;
  ws.views = [{ activeCell: select, showGridLines: false }];
}

/** Adds the template as a new worksheet under a free name (an existing sheet is never replaced) and opens on it. */
export function addTemplateSheet(workbook: ExcelJS.Workbook, t: SheetTemplate): ExcelJS.Worksheet {
  const name = freeSheetName(
    t.name,
    workbook.worksheets.map((w) => w.name),
  );
  const ws = workbook.addWorksheet(name, { pageSetup: LANDSCAPE });
  renderTemplate(ws, t);
  activate(workbook, ws);
  return ws;
}

/**
 * Writes the template as the only sheet of a new file; an existing file is never replaced
 * (WorkbookWriteError). Returns the sheet's name.
 */
export async function writeTemplateFile(t: SheetTemplate, output: string): Promise<string> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = "jixiao-check";
  const ws = addTemplateSheet(workbook, t);
  await writeNewWorkbook(workbook, output);
  return ws.name;
}
