/**
 * Writing through the ET object model: the Excel host's cell ops (from the shared marking plan in
 * src/excel/marks.ts), the 检查结果 sheet, the very hidden store, and 新建表's sheet. ET writes are
 * immediate; the host orders them so that a failure half-way still leaves the store able to undo.
 */
import {
  listError,
  sheetRef,
  templateExtent,
  toA1,
  type PrintSetup,
  type SheetTemplate,
  type SummaryCell,
  type TemplateValidation,
} from "../core";
import { summaryGrid } from "../excel/apply";
import type { CellOp } from "../excel/ops";
import type { FillState } from "../excel/store";
import { runs } from "../excel/template";
import {
  fromBgr,
  patternName,
  patternNumber,
  toBgr,
  XL_BETWEEN,
  XL_CONTINUOUS,
  XL_EDGES,
  XL_H_CENTER,
  XL_H_LEFT,
  XL_H_RIGHT,
  XL_LANDSCAPE,
  XL_PORTRAIT,
  XL_PRINT_SHEET_END,
  XL_PATTERN_NONE,
  XL_PATTERN_SOLID,
  XL_SHEET_VERY_HIDDEN,
  XL_V_CENTER,
  XL_V_TOP,
  XL_VALID_ALERT_STOP,
  XL_VALID_ALERT_WARNING,
  XL_VALIDATE_INPUT_ONLY,
  XL_VALIDATE_LIST,
  type EtApplication,
  type EtInterior,
  type EtRange,
  type EtWorkbook,
  type EtWorksheet,
} from "./et";

/** A cell's fill as the store keeps it (Office.js names, "#RRGGBB"), read from ET's numbers. */
export function fillState(interior: EtInterior): FillState {
  const pattern = patternName(interior.Pattern);
  const out: FillState = { color: fromBgr(interior.Color), pattern };
  if (pattern !== "None" && pattern !== "Solid") out.patternColor = fromBgr(interior.PatternColor);
  return out;
}

/** The comment (ET's note) text of a cell, null when it has none. */
export function noteText(cell: EtRange): string | null {
  const c = cell.Comment;
  if (!c) return null;
  const t = c.Text();
  return typeof t === "string" ? t : String(t ?? "");
}

function setNote(cell: EtRange, content: string): void {
  // AddComment fails where a comment exists: replace it whole.
  if (cell.Comment) cell.ClearComments();
  cell.AddComment(content);
}

/** Applies the marking plan's cell ops. Only notes are planned on ET (annotations "notes"). */
export function applyCellOps(wb: EtWorkbook, ops: CellOp[]): void {
  const sheets = new Map<string, EtWorksheet>();
  const sheet = (name: string) => {
    let ws = sheets.get(name);
    if (!ws) sheets.set(name, (ws = wb.Worksheets.Item(name)));
    return ws;
  };
  for (const op of ops) {
    switch (op.op) {
      case "fill": {
        const interior = sheet(op.sheet).Range(op.cell).Interior;
        interior.Color = toBgr(op.color);
        if (op.solid) interior.Pattern = XL_PATTERN_SOLID;
        break;
      }
      case "restoreFill": {
        const interior = sheet(op.sheet).Range(op.cell).Interior;
        if (op.fill.pattern === "None") {
          interior.Pattern = XL_PATTERN_NONE;
          break;
        }
        interior.Color = toBgr(op.fill.color);
        interior.Pattern = patternNumber(op.fill.pattern);
        if (op.fill.patternColor) interior.PatternColor = toBgr(op.fill.patternColor);
        break;
      }
      case "value": {
        const cell = sheet(op.sheet).Range(op.cell);
        const fmt = op.numFmt ?? (typeof op.value === "string" ? "@" : undefined);
        if (fmt) cell.NumberFormat = fmt;
        cell.Value2 = op.value;
        break;
      }
      case "clearValue": {
        const cell = sheet(op.sheet).Range(op.cell);
        cell.ClearContents();
        cell.NumberFormat = op.numFmt;
        break;
      }
      case "noteAdd":
      case "noteSet":
        setNote(sheet(op.sheet).Range(op.cell), op.content);
        break;
      case "noteDelete":
        sheet(op.sheet).Range(op.cell).ClearComments();
        break;
      default:
        // Comment threads exist only in Office.js; the WPS host never plans them.
        throw new Error(`WPS 不支持的写入操作：${op.op}`);
    }
  }
}

/** Deletes a sheet without WPS asking the user to confirm. */
export function deleteSheet(app: EtApplication, ws: EtWorksheet): void {
  const alerts = app.DisplayAlerts;
  app.DisplayAlerts = false;
  try {
    ws.Delete();
  } finally {
    app.DisplayAlerts = alerts;
  }
}

/** A new sheet named `name`: after `after` when given, else last. */
export function addSheet(wb: EtWorkbook, name: string, after?: EtWorksheet | null): EtWorksheet {
  const sheets = wb.Worksheets;
  const ws = sheets.Add(undefined, after ?? sheets.Item(sheets.Count));
  ws.Name = name;
  return ws;
}

/** A very hidden sheet holding rows of text from A1 (the store; the settings). */
export function writeHiddenRows(
  wb: EtWorkbook,
  name: string,
  rows: string[][],
  existing: EtWorksheet | null,
  after?: EtWorksheet | null,
): EtWorksheet {
  let ws = existing;
  if (ws) ws.UsedRange.Clear();
  else {
    ws = addSheet(wb, name, after);
    ws.Visible = XL_SHEET_VERY_HIDDEN;
  }
  const sheet = ws;
  rows.forEach((row, r) =>
    row.forEach((v, c) => {
      if (v === "") return;
      const cell = sheet.Cells(r + 1, c + 1);
      cell.NumberFormat = "@";
      cell.Value2 = v;
    }),
  );
  return sheet;
}

export interface SummaryLayoutInput {
  rows: SummaryCell[][];
  widths: number[];
  wrap: boolean[];
  lone: boolean[];
  heights: (number | null)[];
}

/** The 检查结果 sheet's rows, looks and links, cell by cell (ET has no batch to size). */
export function writeSummary(ws: EtWorksheet, s: SummaryLayoutInput): void {
  const { values, formats, width } = summaryGrid(s.rows);
  const span = Math.max(width, s.widths.length);
  values.forEach((row, r) =>
    row.forEach((v, c) => {
      if (v === "") return;
      const cell = ws.Cells(r + 1, c + 1);
      cell.NumberFormat = formats[r][c];
      cell.Value2 = v;
    }),
  );
  if (values.length > 0) ws.Range(`A1:${toA1(values.length - 1, width - 1)}`).VerticalAlignment = XL_V_TOP;
  s.wrap.forEach((wrap, c) => {
    if (wrap && values.length > 0) ws.Range(`${toA1(0, c)}:${toA1(values.length - 1, c)}`).WrapText = true;
  });
  s.heights.forEach((h, r) => {
    if (h !== null) ws.Cells(r + 1, 1).RowHeight = h;
  });
  s.rows.forEach((row, r) => {
    let area: EtRange | null = null;
    if (s.lone[r]) {
      area = ws.Range(`${toA1(r, 0)}:${toA1(r, span - 1)}`);
      area.Merge(false);
      area.WrapText = true;
    }
    row.forEach((cell, c) => {
      if (!cell.bold && !cell.fill && !cell.link) return;
      const target = area && c === 0 ? area : ws.Cells(r + 1, c + 1);
      if (cell.bold) target.Font.Bold = true;
      if (cell.fill) target.Interior.Color = toBgr(cell.fill);
      if (cell.link)
        ws.Hyperlinks.Add(target, "", sheetRef(cell.link.sheet, cell.link.cell), undefined, String(cell.value ?? ""));
    });
  });
  // ET's ColumnWidth is in characters, as the plan's widths are.
  s.widths.forEach((w, c) => (ws.Cells(1, c + 1).ColumnWidth = w));
}

/** How the sheet prints, from the plan's print setup (the Excel host's "print" op, in ET's PageSetup). */
export function applyPrint(ws: EtWorksheet, p: PrintSetup): void {
  const page = ws.PageSetup;
  if (p.orientation) page.Orientation = p.orientation === "landscape" ? XL_LANDSCAPE : XL_PORTRAIT;
  if (p.fitToWidth) {
    page.Zoom = false;
    page.FitToPagesWide = 1;
    page.FitToPagesTall = false;
  }
  if (p.gridlines !== undefined) page.PrintGridlines = p.gridlines;
  if (p.titleRows) page.PrintTitleRows = `$${p.titleRows.first + 1}:$${p.titleRows.last + 1}`;
  if (p.notesAtEnd) page.PrintComments = XL_PRINT_SHEET_END;
}

function applyValidation(range: EtRange, v: TemplateValidation): void {
  const dv = range.Validation;
  if (v.list) {
    dv.Add(XL_VALIDATE_LIST, v.strict ? XL_VALID_ALERT_STOP : XL_VALID_ALERT_WARNING, XL_BETWEEN, v.list.join(","));
    dv.InCellDropdown = true;
    const alert = listError(v.list);
    dv.ShowError = true;
    dv.ErrorTitle = alert.title;
    dv.ErrorMessage = alert.message;
  } else dv.Add(XL_VALIDATE_INPUT_ONLY);
  if (v.prompt) {
    dv.ShowInput = true;
    dv.InputTitle = v.prompt.title;
    dv.InputMessage = v.prompt.message;
  }
}

const BORDER_COLOR = "#808080";
const H_ALIGN = { left: XL_H_LEFT, center: XL_H_CENTER, right: XL_H_RIGHT } as const;

/** Draws a template into a fresh sheet: values after their formats, looks by runs, merges, drop-downs. */
export function drawTemplate(app: EtApplication, ws: EtWorksheet, t: SheetTemplate): void {
  const { rows, cols } = templateExtent(t);
  const box = (top: number, left: number, bottom: number, right: number) =>
    ws.Range(top === bottom && left === right ? toA1(top, left) : `${toA1(top, left)}:${toA1(bottom, right)}`);
  if (rows > 0 && cols > 0) box(0, 0, rows - 1, cols - 1).VerticalAlignment = XL_V_CENTER;
  for (const c of t.cells) {
    const cell = ws.Cells(c.row + 1, c.col + 1);
    // "@" before a digit string lands, or ET makes it a number.
    cell.NumberFormat = c.numFmt ?? (typeof c.value === "string" ? "@" : "General");
    if (c.value !== null) cell.Value2 = c.value;
  }
  t.widths.forEach((w, i) => (ws.Cells(1, i + 1).ColumnWidth = w));
  for (const [row, h] of Object.entries(t.heights)) ws.Cells(Number(row) + 1, 1).RowHeight = h;
  for (const run of runs(t.cells)) {
    const c = run.cell;
    const r = box(run.row, run.left, run.row, run.right);
    if (c.bold) r.Font.Bold = true;
    if (c.size) r.Font.Size = c.size;
    if (c.fill) r.Interior.Color = toBgr(c.fill);
    if (c.wrap) r.WrapText = true;
    if (c.align) r.HorizontalAlignment = H_ALIGN[c.align];
    if (c.border)
      for (const [edge, index] of Object.entries(XL_EDGES)) {
        if (run.left === run.right && edge === "insideVertical") continue;
        const b = r.Borders(index);
        b.LineStyle = XL_CONTINUOUS;
        b.Color = toBgr(BORDER_COLOR);
      }
  }
  for (const m of t.merges) box(m.top, m.left, m.bottom, m.right).Merge(false);
  for (const v of t.validations) applyValidation(box(v.range.top, v.range.left, v.range.bottom, v.range.right), v);
  ws.Activate();
  const win = app.ActiveWindow;
  if (win) win.DisplayGridlines = false;
  ws.Cells(t.select.row + 1, t.select.col + 1).Select();
}
