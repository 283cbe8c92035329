import { XmlScanner } from "./xml";

/** Formats Excel knows by id without writing them out (as exceljs reads them). */
const BUILTIN_FORMATS: Record<number, string> = {
  0: "General",
  1: "0",
  2: "0.00",
  3: "#,##0",
  4: "#,##0.00",
  9: "0%",
  10: "0.00%",
  11: "0.00E+00",
  12: "# ?/?",
  13: "# ??/??",
  14: "mm-dd-yy",
  15: "d-mmm-yy",
  16: "d-mmm",
  17: "mmm-yy",
  18: "h:mm AM/PM",
  19: "h:mm:ss AM/PM",
  20: "h:mm",
  21: "h:mm:ss",
  22: 'm/d/yy "h":mm',
  37: "#,##0 ;(#,##0)",
  38: "#,##0 ;[Red](#,##0)",
  39: "#,##0.00 ;(#,##0.00)",
  40: "#,##0.00 ;[Red](#,##0.00)",
  45: "mm:ss",
  46: "[h]:mm:ss",
  47: "mmss.0",
  48: "##0.0E+0",
  49: "@",
};

/** A list element of styles.xml (fills, fonts, borders, cellXfs, numFmts) and where it sits. */
export interface StyleList {
  /** Offset of the list's start tag and just past its end tag. */
  start: number;
  end: number;
  /** Offset of `</list>` (where items are appended); -1 when the list is written `<list/>`. */
  closeAt: number;
  /** Raw text of each item. */
  items: string[];
}

export interface Styles {
  xml: string;
  /** Number format of each cellXfs entry. */
  xfFormats: string[];
  /** numFmtId -> format code, custom ones. */
  numFmts: Map<number, string>;
  lists: Partial<Record<"numFmts" | "fonts" | "fills" | "borders" | "cellXfs", StyleList>>;
  /** Offset of `</styleSheet>`. */
  rootClose: number;
}

const LISTS = new Set(["numFmts", "fonts", "fills", "borders", "cellXfs"]);
const ITEM: Record<string, string> = {
  numFmts: "numFmt",
  fonts: "font",
  fills: "fill",
  borders: "border",
  cellXfs: "xf",
};

export function parseStyles(xml: string): Styles {
  const lists: Styles["lists"] = {};
  const sc = new XmlScanner(xml);
  let rootClose = xml.length;
  while (sc.next()) {
    if (sc.name === "styleSheet" && sc.closing) rootClose = sc.start;
    if (sc.closing || !LISTS.has(sc.name)) continue;
    const listName = sc.name as keyof Styles["lists"] & string;
    const list: StyleList = { start: sc.start, end: sc.end, closeAt: -1, items: [] };
    lists[listName] = list;
    if (sc.empty) continue;
    const item = ITEM[listName];
    while (sc.next()) {
      if (sc.name === listName && sc.closing) {
        list.closeAt = sc.start;
        list.end = sc.end;
        break;
      }
      if (sc.name !== item || sc.closing) continue;
      const from = sc.start;
      if (!sc.empty) sc.skipElement();
      list.items.push(xml.slice(from, sc.end));
    }
  }
  const numFmts = new Map<number, string>();
  for (const raw of lists.numFmts?.items ?? []) {
    const sc2 = new XmlScanner(raw);
    if (!sc2.next()) continue;
    const id = Number(sc2.attr("numFmtId"));
    const code = sc2.attr("formatCode");
    if (Number.isFinite(id) && code !== null) numFmts.set(id, code);
  }
  const xfFormats = (lists.cellXfs?.items ?? []).map((raw) => {
    const sc2 = new XmlScanner(raw);
    sc2.next();
    const id = Number(sc2.attr("numFmtId") ?? 0);
    return numFmts.get(id) ?? BUILTIN_FORMATS[id] ?? "General";
  });
  return { xml, xfFormats, numFmts, lists, rootClose };
}

export const EMPTY_STYLES: Styles = { xml: "", xfFormats: [], numFmts: new Map(), lists: {}, rootClose: 0 };

/** The builtin id of a format code, if Excel has one. */
export function builtinFormatId(code: string): number | null {
  for (const [id, f] of Object.entries(BUILTIN_FORMATS)) if (f === code) return Number(id);
  return null;
}
