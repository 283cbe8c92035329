import { sheetRef, type SummaryCell } from "../core";
import { heightRuns, type Op } from "./ops";

/**
 * Column widths come in characters; Excel wants points (7 px a character plus 5 px padding, at
 * 0.75 pt/px). Not rounded to whole points: a whole number of pixels is what Excel keeps.
 */
export function widthInPoints(chars: number): number {
  return Math.round((chars * 7 + 5) * 0.75 * 100) / 100;
}

/**
 * A new cell's number format: the given one, else "@" for any string (so "=100%" or "0012" stays
 * as written, not a formula or a number), else General.
 */
export function cellFormat(value: string | number | null, numFmt?: string): string {
  return numFmt ?? (typeof value === "string" ? "@" : "General");
}

export function summaryGrid(rows: SummaryCell[][]): {
  values: (string | number)[][];
  formats: string[][];
  width: number;
} {
  const width = Math.max(1, ...rows.map((r) => r.length));
  const values = rows.map((r) => Array.from({ length: width }, (_, c) => r[c]?.value ?? ""));
  const formats = rows.map((r) =>
    Array.from({ length: width }, (_, c) => {
      const cell = r[c];
      return !cell || cell.value === null ? "General" : cellFormat(cell.value, cell.numFmt);
    }),
  );
  return { values, formats, width };
}

/**
 * Queues ops on the context, in order; the caller syncs once per batch. Sheet proxies are reused
 * within the batch; nothing here reads from Excel, so nothing here needs a sync.
 */
export function queueOps(context: Excel.RequestContext, ops: Op[]): void {
  const sheets = new Map<string, Excel.Worksheet>();
  const sheet = (name: string): Excel.Worksheet => {
    let ws = sheets.get(name);
    if (!ws) {
      ws = context.workbook.worksheets.getItem(name);
      sheets.set(name, ws);
    }
    return ws;
  };

  for (const op of ops) {
    switch (op.op) {
      case "fill": {
        const fill = sheet(op.sheet).getRange(op.cell).format.fill;
        fill.color = op.color;
        if (op.solid) fill.pattern = "Solid";
        break;
      }
      case "restoreFill": {
        const fill = sheet(op.sheet).getRange(op.cell).format.fill;
        if (op.fill.pattern === "None") {
          fill.clear();
          break;
        }
        fill.color = op.fill.color;
        if (op.fill.pattern !== "Solid") fill.pattern = op.fill.pattern as Excel.FillPattern;
        if (op.fill.patternColor) fill.patternColor = op.fill.patternColor;
        break;
      }
      case "value": {
        const range = sheet(op.sheet).getRange(op.cell);
        const fmt = op.numFmt ?? (typeof op.value === "string" ? "@" : undefined);
        if (fmt) range.numberFormat = [[fmt]];
        range.values = [[op.value]];
        break;
      }
      case "clearValue": {
        const range = sheet(op.sheet).getRange(op.cell);
        range.clear("Contents");
        range.numberFormat = [[op.numFmt]];
        break;
      }
      case "noteAdd":
        sheet(op.sheet).notes.add(op.cell, op.content);
        break;
      case "noteSet":
        sheet(op.sheet).notes.getItem(op.cell).content = op.content;
        break;
      case "noteDelete":
        sheet(op.sheet).notes.getItem(op.cell).delete();
        break;
      case "commentAdd":
        context.workbook.comments.add(sheetRef(op.sheet, op.cell), op.content);
        break;
      case "commentSet":
        context.workbook.comments.getItem(op.id).content = op.content;
        break;
      case "commentDelete":
        context.workbook.comments.getItem(op.id).delete();
        break;
      case "replyAdd":
        context.workbook.comments.getItem(op.commentId).replies.add(op.content);
        break;
      case "replyDelete":
        context.workbook.comments.getItem(op.commentId).replies.getItem(op.replyId).delete();
        break;
      case "addSheet": {
        const ws = context.workbook.worksheets.add(op.sheet);
        if (op.veryHidden) ws.visibility = "VeryHidden";
        sheets.set(op.sheet, ws);
        break;
      }
      case "deleteSheet":
        sheet(op.sheet).delete();
        sheets.delete(op.sheet);
        break;
      case "clearSheet":
        sheet(op.sheet).getRange().clear("All");
        break;
      case "storeRows": {
        if (op.rows.length === 0) break;
        const width = op.rows[0].length;
        sheet(op.sheet).getRangeByIndexes(op.top, 0, op.rows.length, width).values = op.rows;
        break;
      }
      case "summaryRows": {
        if (op.rows.length === 0) break;
        const ws = sheet(op.sheet);
        const { values, formats, width } = summaryGrid(op.rows);
        const range = ws.getRangeByIndexes(op.top, 0, op.rows.length, width);
        range.numberFormat = formats;
        range.values = values;
        range.format.verticalAlignment = "Top";
        op.wrap?.forEach((wrap, c) => {
          if (wrap) ws.getRangeByIndexes(op.top, c, op.rows.length, 1).format.wrapText = true;
        });
        // Excel does not grow a row for wrapped text a program wrote: heights come with the rows.
        for (const [r, n, points] of heightRuns(op.heights ?? []))
          ws.getRangeByIndexes(op.top + r, 0, n, 1).format.rowHeight = points;
        // A lone sentence (the overall result) spans the sheet's columns, its fill with it.
        const span = Math.max(width, op.columns ?? 0);
        const lone = (r: number): Excel.Range | null => {
          if (!op.lone?.[r]) return null;
          const area = ws.getRangeByIndexes(op.top + r, 0, 1, span);
          area.merge(false);
          area.format.wrapText = true;
          return area;
        };
        op.rows.forEach((row, r) => {
          const area = lone(r);
          row.forEach((cell, c) => {
            if (!cell.bold && !cell.fill && !cell.link) return;
            const target = area && c === 0 ? area : ws.getCell(op.top + r, c);
            if (cell.bold) target.format.font.bold = true;
            if (cell.fill) target.format.fill.color = cell.fill;
            if (cell.link) {
              target.hyperlink = {
                documentReference: sheetRef(cell.link.sheet, cell.link.cell),
                textToDisplay: String(cell.value ?? ""),
              };
            }
          });
        });
        break;
      }
      case "print": {
        const layout = sheet(op.sheet).pageLayout;
        const p = op.print;
        if (p.orientation) layout.orientation = p.orientation === "landscape" ? "Landscape" : "Portrait";
        // One page wide, as many tall as it takes (0), as Office's own "fit all columns on one page".
        if (p.fitToWidth) layout.zoom = { horizontalFitToPages: 1, verticalFitToPages: 0 };
        if (p.gridlines !== undefined) layout.printGridlines = p.gridlines;
        if (p.titleRows) layout.setPrintTitleRows(`$${p.titleRows.first + 1}:$${p.titleRows.last + 1}`);
        if (p.notesAtEnd) layout.printComments = "EndSheet";
        break;
      }
      case "widths": {
        const ws = sheet(op.sheet);
        op.widths.forEach((w, c) => {
          ws.getRangeByIndexes(0, c, 1, 1).format.columnWidth = widthInPoints(w);
        });
        break;
      }
    }
  }
}
