import { colToLetters, parseA1 } from "../../core/snapshot";
import { Splice } from "./splice";
import { esc, XmlScanner } from "./xml";

/** A cell the patcher restyles and, for a computed value, fills. */
export interface CellTarget {
  row: number;
  col: number;
  /** The new style index, from the cell's current one (0 when it has none). */
  style: (current: number) => number;
  /** Written only when the cell is blank. */
  value?: number | string;
  /** Told what the cell had: its style index, and whether the value was written. */
  done?: (current: number, wrote: boolean) => void;
}

function cellXml(t: CellTarget, base: number, write: boolean): string {
  const r = `${colToLetters(t.col)}${t.row + 1}`;
  const s = t.style(base);
  t.done?.(base, write && t.value !== undefined);
  if (!write || t.value === undefined) return `<c r="${r}" s="${s}"/>`;
  if (typeof t.value === "number") return `<c r="${r}" s="${s}"><v>${t.value}</v></c>`;
  return `<c r="${r}" s="${s}" t="inlineStr"><is><t xml:space="preserve">${esc(t.value)}</t></is></c>`;
}

/** Where the sheet's elements sit, for the notes' <legacyDrawing>. */
export interface SheetLayout {
  /** r:id of the sheet's <legacyDrawing>, if any. */
  legacyDrawing: string | null;
  /** Offset where a <legacyDrawing> goes (before the elements that must follow it). */
  legacyDrawingAt: number;
  /** The sheet's <pageSetup> tag, if any; where one goes otherwise. */
  pageSetup: { start: number; end: number } | null;
  pageSetupAt: number;
  /** The sheet has a <headerFooter>; where one goes otherwise. */
  headerFooter: boolean;
  headerFooterAt: number;
}

/** CT_Worksheet's children in schema order. */
export const WORKSHEET_ORDER = [
  "sheetPr",
  "dimension",
  "sheetViews",
  "sheetFormatPr",
  "cols",
  "sheetData",
  "sheetCalcPr",
  "sheetProtection",
  "protectedRanges",
  "scenarios",
  "autoFilter",
  "sortState",
  "dataConsolidate",
  "customSheetViews",
  "mergeCells",
  "phoneticPr",
  "conditionalFormatting",
  "dataValidations",
  "hyperlinks",
  "printOptions",
  "pageMargins",
  "pageSetup",
  "headerFooter",
  "rowBreaks",
  "colBreaks",
  "customProperties",
  "cellWatches",
  "ignoredErrors",
  "smartTags",
  "drawing",
  "legacyDrawing",
  "legacyDrawingHF",
  "drawingHF",
  "picture",
  "oleObjects",
  "controls",
  "webPublishItems",
  "tableParts",
  "extLst",
];
const after = (name: string, until = "extLst") =>
  WORKSHEET_ORDER.slice(WORKSHEET_ORDER.indexOf(name) + 1, WORKSHEET_ORDER.indexOf(until) + 1);
/** Elements after <pageSetup> and after <headerFooter> up to <legacyDrawing>, and after <legacyDrawing>. */
const AFTER_HEADER_FOOTER = after("headerFooter", "legacyDrawing");
const AFTER_PAGE_SETUP = new Set(["headerFooter", ...AFTER_HEADER_FOOTER]);
const AFTER_LEGACY = new Set(after("legacyDrawing"));

/**
 * Restyles and fills the target cells in a worksheet's text, inserting the cells (and rows) the
 * sheet does not have, in order. Everything else stays as it was.
 */
export function patchCells(xml: string, targets: CellTarget[], splice: Splice): SheetLayout {
  const sorted = [...targets].sort((a, b) => a.row - b.row || a.col - b.col);
  let k = 0;
  const sc = new XmlScanner(xml);
  const layout: SheetLayout = {
    legacyDrawing: null,
    legacyDrawingAt: -1,
    pageSetup: null,
    pageSetupAt: -1,
    headerFooter: false,
    headerFooterAt: -1,
  };
  const afterHeaderFooter = new Set([...AFTER_HEADER_FOOTER, ...AFTER_LEGACY]);
  let rootClose = xml.length;
  let row = -1;
  let rowStyle = 0;
  let col = -1;
  let inRow = false;
  const colStyles: { min: number; max: number; style: number }[] = [];
  const baseOf = (c: number) => rowStyle || colStyles.find((x) => c + 1 >= x.min && c + 1 <= x.max)?.style || 0;
  /** New cells for the current row before column `before` (exclusive). */
  const cellsBefore = (before: number): string => {
    let out = "";
    while (k < sorted.length && sorted[k].row === row && sorted[k].col < before) {
      out += cellXml(sorted[k], baseOf(sorted[k].col), true);
      k++;
    }
    return out;
  };
  /** Whole new rows for targets above row `before`. */
  const rowsBefore = (before: number): string => {
    let out = "";
    while (k < sorted.length && sorted[k].row < before) {
      const r = sorted[k].row;
      let cells = "";
      while (k < sorted.length && sorted[k].row === r) {
        const t = sorted[k];
        cells += cellXml(t, colStyles.find((x) => t.col + 1 >= x.min && t.col + 1 <= x.max)?.style ?? 0, true);
        k++;
      }
      out += `<row r="${r + 1}">${cells}</row>`;
    }
    return out;
  };
  let depth = 0;
  while (sc.next()) {
    const name = sc.name;
    if (sc.closing) depth--;
    // Children of <worksheet> sit at level 1 (a <c> consumes its own children below).
    const level = depth;
    if (!sc.closing && !sc.empty && name !== "c") depth++;
    if (name === "col" && !sc.closing) {
      const style = Number(sc.attr("style") ?? 0);
      if (style) colStyles.push({ min: Number(sc.attr("min")), max: Number(sc.attr("max")), style });
    } else if (name === "row" && !sc.closing) {
      const r = sc.attr("r");
      row = r ? Number(r) - 1 : row + 1;
      const ins = rowsBefore(row);
      if (ins) splice.insert(sc.start, ins);
      rowStyle = sc.attr("customFormat") === "1" ? Number(sc.attr("s") ?? 0) : 0;
      col = -1;
      inRow = !sc.empty;
      if (sc.empty && k < sorted.length && sorted[k].row === row) {
        // <row .../> with targets: open it up.
        const head = xml.slice(sc.start, sc.end - 2).replace(/\s+$/, "");
        splice.replace(sc.start, sc.end - sc.start, `${head}>${cellsBefore(Infinity)}</row>`);
      }
    } else if (name === "row" && sc.closing) {
      const ins = cellsBefore(Infinity);
      if (ins) splice.insert(sc.start, ins);
      inRow = false;
    } else if (name === "c" && !sc.closing && inRow) {
      const ref = sc.attr("r");
      const pos = ref ? parseA1(ref) : null;
      col = pos ? pos.col : col + 1;
      const ins = cellsBefore(col);
      if (ins) splice.insert(sc.start, ins);
      const start = sc.start;
      const tagEnd = sc.end;
      const own = sc.attr("s");
      const base = own !== null ? Number(own) : baseOf(col);
      let blank = true;
      if (!sc.empty) {
        while (sc.next()) {
          if (sc.name === "c" && sc.closing) break;
          if (!sc.closing && (sc.name === "v" || sc.name === "f" || sc.name === "is")) blank = false;
        }
      }
      if (k < sorted.length && sorted[k].row === row && sorted[k].col === col) {
        const t = sorted[k++];
        if (blank && t.value !== undefined) {
          splice.replace(start, sc.end - start, cellXml(t, base, true));
        } else {
          const s = t.style(base);
          t.done?.(base, false);
          const tag = xml.slice(start, tagEnd);
          const re = /(\ss\s*=\s*)("[^"]*"|'[^']*')/;
          const next = re.test(tag) ? tag.replace(re, `$1"${s}"`) : tag.replace(/^<([^\s/>]+)/, `<$1 s="${s}"`);
          splice.replace(start, tagEnd - start, next);
        }
      }
    } else if (name === "sheetData" && (sc.closing || sc.empty)) {
      const ins = rowsBefore(Infinity);
      if (ins) {
        if (sc.empty) splice.replace(sc.start, sc.end - sc.start, `<sheetData>${ins}</sheetData>`);
        else splice.insert(sc.start, ins);
      }
    }
    if (!sc.closing && level === 1) {
      if (name === "pageSetup") layout.pageSetup = { start: sc.start, end: sc.end };
      if (name === "headerFooter") layout.headerFooter = true;
      if (layout.pageSetupAt < 0 && (AFTER_PAGE_SETUP.has(name) || AFTER_LEGACY.has(name)))
        layout.pageSetupAt = sc.start;
      if (layout.headerFooterAt < 0 && afterHeaderFooter.has(name)) layout.headerFooterAt = sc.start;
    }
    if (name === "legacyDrawing" && !sc.closing && level === 1) {
      layout.legacyDrawing = sc.attr("r:id") ?? sc.attr("id");
    } else if (AFTER_LEGACY.has(name) && !sc.closing && level === 1 && layout.legacyDrawingAt < 0) {
      layout.legacyDrawingAt = sc.start;
    } else if (name === "worksheet" && sc.closing) {
      rootClose = sc.start;
    }
  }
  if (layout.legacyDrawingAt < 0) layout.legacyDrawingAt = rootClose;
  if (layout.pageSetupAt < 0) layout.pageSetupAt = rootClose;
  if (layout.headerFooterAt < 0) layout.headerFooterAt = rootClose;
  return layout;
}
