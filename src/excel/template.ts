/** The Office.js side of 新建表: a SheetTemplate drawn into a new worksheet in one batch. */
import {
  freeSheetName,
  listError,
  rangeToA1,
  templateExtent,
  type SheetTemplate,
  type Table,
  type TemplateCell,
  type TemplateValidation,
} from "../core";
import { cellFormat, widthInPoints } from "./apply";
import { HostError, type TableRef } from "./host-types";

export interface RenderTemplateOptions {
  /** The source sheet: the new one goes right after it. Missing or unknown: at the end. */
  after?: string;
}

/** Runs are one row high: no inside-horizontal edge to draw. */
const BORDER_EDGES = ["EdgeTop", "EdgeBottom", "EdgeLeft", "EdgeRight", "InsideVertical"] as const;
const BORDER_COLOR = "#808080";

/** A table the engine read, as the pane lists it for 新建表. */
export function tableRef(t: Table): TableRef {
  return {
    sheet: t.sheet,
    range: rangeToA1(t.range),
    kind: t.kind,
    projectCode: t.projectCodeText,
    projectName: t.projectNameText,
  };
}

/** The table a TableRef names, among tables the engine read: same sheet and range, else same sheet and 项目编码. */
export function findSourceTable(tables: Table[], from?: TableRef | null): Table | null {
  if (!from) return null;
  const onSheet = tables.filter((t) => t.sheet === from.sheet);
  return (
    onSheet.find((t) => rangeToA1(t.range) === from.range) ??
    onSheet.find((t) => t.projectCodeText === from.projectCode && from.projectCode !== "") ??
    null
  );
}

function styleKey(c: TemplateCell): string {
  return JSON.stringify([
    c.bold ?? false,
    c.size ?? 0,
    c.fill ?? "",
    c.wrap ?? false,
    c.align ?? "",
    c.border ?? false,
  ]);
}

/** Cells of one row with the same look, side by side: one range per run keeps the batch small. */
export function runs(cells: TemplateCell[]): { row: number; left: number; right: number; cell: TemplateCell }[] {
  const out: { row: number; left: number; right: number; cell: TemplateCell }[] = [];
  const sorted = [...cells].sort((a, b) => a.row - b.row || a.col - b.col);
  for (const c of sorted) {
    const last = out[out.length - 1];
    if (last && last.row === c.row && last.right === c.col - 1 && styleKey(last.cell) === styleKey(c))
      last.right = c.col;
    else out.push({ row: c.row, left: c.col, right: c.col, cell: c });
  }
  return out;
}

function applyValidation(range: Excel.Range, v: TemplateValidation): void {
  const dv = range.dataValidation;
  if (v.list) {
    dv.rule = { list: { inCellDropDown: true, source: v.list.join(",") } };
    dv.errorAlert = { showAlert: true, style: v.strict ? "Stop" : "Warning", ...listError(v.list) };
  }
  if (v.prompt) dv.prompt = { showPrompt: true, title: v.prompt.title, message: v.prompt.message };
}

const STRUCTURE_PROTECTED = "工作簿结构受保护，无法新建工作表：请在“审阅”选项卡中撤消工作簿保护后再试。";

function rethrow(e: unknown, name: string): never {
  const code = (e as { code?: string } | null)?.code ?? "";
  // Any other failure (InvalidOperation included) is not a protection matter: the host words it.
  if (code === "AccessDenied") throw new HostError(STRUCTURE_PROTECTED);
  if (code === "ItemAlreadyExists") throw new HostError(`已有名为“${name}”的工作表：请再试一次。`);
  throw e;
}

/**
 * Draws a template into a new worksheet: a free name (an existing sheet is never touched), placed
 * right after its source, activated, with the start cell selected. Two round trips: one to learn
 * the sheet names and positions, one for everything else (a refused batch costs a third, to delete
 * the half-drawn sheet). Returns the new sheet's name.
 */
export async function renderTemplateSheet(
  context: Excel.RequestContext,
  t: SheetTemplate,
  opts: RenderTemplateOptions = {},
): Promise<string> {
  const sheets = context.workbook.worksheets;
  sheets.load("items/name,items/position");
  // Known in the same round trip: a protected structure stops here, before any write is sent.
  const protection = context.workbook.protection.load("protected");
  await context.sync();
  if (protection.protected) throw new HostError(STRUCTURE_PROTECTED);
  const name = freeSheetName(
    t.name,
    sheets.items.map((s) => s.name),
  );
  const source = opts.after ? sheets.items.find((s) => s.name === opts.after) : undefined;

  const ws = sheets.add(name);
  if (source) ws.position = source.position + 1;

  const { rows, cols } = templateExtent(t);
  if (rows > 0 && cols > 0) {
    const values: (string | number)[][] = Array.from({ length: rows }, () => new Array<string | number>(cols).fill(""));
    const formats: string[][] = Array.from({ length: rows }, () => new Array<string>(cols).fill("General"));
    for (const c of t.cells) {
      if (c.value !== null) values[c.row][c.col] = c.value;
      formats[c.row][c.col] = cellFormat(c.value, c.numFmt);
    }
    // Formats first: "@" must be in place before a digit string lands, or Excel makes it a number.
    const all = ws.getRangeByIndexes(0, 0, rows, cols);
    all.numberFormat = formats;
    all.values = values;
    all.format.verticalAlignment = "Center";
  }

  t.widths.forEach((w, i) => (ws.getRangeByIndexes(0, i, 1, 1).format.columnWidth = widthInPoints(w)));
  for (const [row, h] of Object.entries(t.heights)) ws.getRangeByIndexes(Number(row), 0, 1, 1).format.rowHeight = h;

  for (const run of runs(t.cells)) {
    const c = run.cell;
    const f = ws.getRangeByIndexes(run.row, run.left, 1, run.right - run.left + 1).format;
    if (c.bold) f.font.bold = true;
    if (c.size) f.font.size = c.size;
    if (c.fill) f.fill.color = c.fill;
    if (c.wrap) f.wrapText = true;
    if (c.align) f.horizontalAlignment = c.align === "center" ? "Center" : c.align === "right" ? "Right" : "Left";
    if (c.border)
      for (const edge of BORDER_EDGES) {
        if (run.left === run.right && edge === "InsideVertical") continue;
        const b = f.borders.getItem(edge);
        b.style = "Continuous";
        b.color = BORDER_COLOR;
      }
  }
  for (const m of t.merges)
    ws.getRangeByIndexes(m.top, m.left, m.bottom - m.top + 1, m.right - m.left + 1).merge(false);
  for (const v of t.validations)
    applyValidation(
      ws.getRangeByIndexes(
        v.range.top,
        v.range.left,
        v.range.bottom - v.range.top + 1,
        v.range.right - v.range.left + 1,
      ),
      v,
    );

  ws.showGridlines = false;
  ws.activate();
  ws.getRangeByIndexes(t.select.row, t.select.col, 1, 1).select();
  try {
    await context.sync();
  } catch (e) {
    // A batch is not rolled back: remove the half-drawn sheet so a retry does not make "… (2)". By
    // name: the add's proxy is not valid after a failed batch. Never when the name was taken meanwhile:
    // that sheet is someone else's.
    if ((e as { code?: string } | null)?.code !== "ItemAlreadyExists") {
      try {
        context.workbook.worksheets.getItemOrNullObject(name).delete();
        await context.sync();
      } catch {
        // The sheet was never added (a refused add) or cannot go: the first error is the one to report.
      }
    }
    rethrow(e, name);
  }
  return name;
}
