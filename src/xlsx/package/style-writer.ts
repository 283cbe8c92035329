import { parseIndexed, parseTheme, resolveColor, type Palette } from "./colors";
import { Splice, setAttr } from "./splice";
import { builtinFormatId, type StyleList, type Styles } from "./styles";
import { esc, XmlScanner } from "./xml";

type ListName = "numFmts" | "fonts" | "fills" | "borders" | "cellXfs";
const ORDER: ListName[] = ["numFmts", "fonts", "fills", "borders", "cellXfs"];
const DEFAULTS: Record<ListName, string[]> = {
  numFmts: [],
  fonts: ['<font><sz val="11"/><name val="Calibri"/></font>'],
  fills: ['<fill><patternFill patternType="none"/></fill>', '<fill><patternFill patternType="gray125"/></fill>'],
  borders: ["<border><left/><right/><top/><bottom/><diagonal/></border>"],
  cellXfs: ['<xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/>'],
};
export const EMPTY_STYLESHEET =
  '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"></styleSheet>';

export interface SummaryStyle {
  bold?: boolean;
  link?: boolean;
  fill?: string;
  numFmt?: string;
  border?: boolean;
  wrap?: boolean;
  horizontal?: "center" | "right";
}

/** A cell's fill as the add-in records it (Office.js names), from the fill of its format, with the fill element itself. */
export interface FillInfo {
  color: string;
  pattern: string;
  patternColor?: string;
  xml?: string;
}

/** styles.xml's pattern names and Office.js's, as the add-ins record them. */
const PATTERNS: [xml: string, office: string][] = [
  ["darkGray", "Gray75"],
  ["mediumGray", "Gray50"],
  ["lightGray", "Gray25"],
  ["gray125", "Gray16"],
  ["gray0625", "Gray8"],
  ["darkHorizontal", "Horizontal"],
  ["darkVertical", "Vertical"],
  ["darkDown", "Down"],
  ["darkUp", "Up"],
  ["darkGrid", "Checker"],
  ["darkTrellis", "SemiGray75"],
  ["lightHorizontal", "LightHorizontal"],
  ["lightVertical", "LightVertical"],
  ["lightDown", "LightDown"],
  ["lightUp", "LightUp"],
  ["lightGrid", "Grid"],
  ["lightTrellis", "CrissCross"],
];

function patternName(p: string): string {
  return PATTERNS.find(([x]) => x === p)?.[1] ?? "Solid";
}

function argb(color: string): string {
  return `FF${color.replace("#", "").toUpperCase()}`;
}

/** A recorded fill as a fill element: exactly the one styles.xml had, else built from its colours. */
export function fillXml(f: FillInfo): string {
  if (f.xml) return f.xml;
  if (f.pattern === "None") return '<fill><patternFill patternType="none"/></fill>';
  const type = PATTERNS.find(([, o]) => o === f.pattern)?.[0];
  if (!type)
    return `<fill><patternFill patternType="solid"><fgColor rgb="${argb(f.color)}"/><bgColor indexed="64"/></patternFill></fill>`;
  return `<fill><patternFill patternType="${type}"><fgColor rgb="${argb(f.patternColor ?? "#000000")}"/><bgColor rgb="${argb(f.color)}"/></patternFill></fill>`;
}

/** Appends fills, fonts, borders, number formats and cell formats to styles.xml, each only once. */
export class StyleWriter {
  private readonly added: Record<ListName, string[]> = { numFmts: [], fonts: [], fills: [], borders: [], cellXfs: [] };
  private readonly counts: Record<ListName, number>;
  private readonly memo = new Map<string, number>();
  private nextNumFmt: number;

  private readonly palette: Palette;

  constructor(
    readonly styles: Styles,
    themeXml: string | null = null,
  ) {
    this.palette = { theme: parseTheme(themeXml), indexed: styles.xml ? parseIndexed(styles.xml) : null };
    const l = styles.lists;
    this.counts = {
      numFmts: l.numFmts?.items.length ?? 0,
      fonts: l.fonts?.items.length ?? DEFAULTS.fonts.length,
      fills: l.fills?.items.length ?? DEFAULTS.fills.length,
      borders: l.borders?.items.length ?? DEFAULTS.borders.length,
      cellXfs: l.cellXfs?.items.length ?? DEFAULTS.cellXfs.length,
    };
    this.nextNumFmt = Math.max(163, ...styles.numFmts.keys()) + 1;
  }

  /** An item's index, appended unless `reuse` finds the same item already in the list. */
  private add(list: ListName, xml: string, reuse = false): number {
    const key = `${list}\u0000${xml}`;
    let i = this.memo.get(key);
    if (i === undefined && reuse) {
      const at = this.styles.lists[list]?.items.indexOf(xml) ?? -1;
      if (at >= 0) this.memo.set(key, (i = at));
    }
    if (i === undefined) {
      i = this.counts[list] + this.added[list].length;
      this.added[list].push(xml);
      this.memo.set(key, i);
    }
    return i;
  }

  private xfXml(index: number): string {
    return this.styles.lists.cellXfs?.items[index] ?? DEFAULTS.cellXfs[0];
  }

  solidFill(color: string): number {
    return this.add("fills", fillXml({ color, pattern: "Solid" }));
  }

  numFmtId(code: string): number {
    const builtin = builtinFormatId(code);
    if (builtin !== null) return builtin;
    for (const [id, c] of this.styles.numFmts) if (c === code) return id;
    const key = `numFmts\u0000${code}`;
    const known = this.memo.get(key);
    if (known !== undefined) return known;
    const id = this.nextNumFmt++;
    this.added.numFmts.push(`<numFmt numFmtId="${id}" formatCode="${esc(code)}"/>`);
    this.memo.set(key, id);
    return id;
  }

  /** A cell format: the cell's own (base) with our fill and, for a written value, its number format. */
  derived(base: number, fill: string | undefined, numFmt: string | undefined): number {
    let xf = this.xfXml(base);
    if (fill) xf = setAttr(setAttr(xf, "fillId", String(this.solidFill(fill))), "applyFill", "1");
    if (numFmt) xf = setAttr(setAttr(xf, "numFmtId", String(this.numFmtId(numFmt))), "applyNumberFormat", "1");
    return this.add("cellXfs", xf);
  }

  /**
   * Undoing a mark: the cell's format with the fill it had before (and, for a value of ours taken
   * out, the number format it had), as a format of its own: one the cell shares is never changed.
   */
  restored(base: number, fill: FillInfo | null, numFmt: string | null): number {
    let xf = this.xfXml(base);
    if (fill) xf = setAttr(setAttr(xf, "fillId", String(this.add("fills", fillXml(fill), true))), "applyFill", "1");
    if (numFmt) xf = setAttr(setAttr(xf, "numFmtId", String(this.numFmtId(numFmt))), "applyNumberFormat", "1");
    return this.add("cellXfs", xf, true);
  }

  /**
   * The original fill of a cell format, as the add-in's record keeps it: the colour the user sees
   * (a theme or indexed colour resolved, never read as white) and the fill element, restored exactly.
   */
  fillOf(xfIndex: number): FillInfo {
    const sc = new XmlScanner(this.xfXml(xfIndex));
    sc.next();
    const xml = this.styles.lists.fills?.items[Number(sc.attr("fillId") ?? 0)];
    const none: FillInfo = { color: "#FFFFFF", pattern: "None" };
    if (!xml) return none;
    const f = new XmlScanner(xml);
    let pattern = "none";
    let fg: string | null = null;
    let bg: string | null = null;
    let gradient: string | null = null;
    while (f.next()) {
      if (f.closing) continue;
      const attr = (n: string) => f.attr(n);
      if (f.name === "patternFill") pattern = f.attr("patternType") ?? "none";
      else if (f.name === "fgColor") fg = resolveColor(attr, this.palette, "#000000");
      else if (f.name === "bgColor") bg = resolveColor(attr, this.palette, "#FFFFFF");
      else if (f.name === "color" && gradient === null) gradient = resolveColor(attr, this.palette, "#FFFFFF");
    }
    // A gradient is shown by its first stop's colour; its element comes back whole.
    if (gradient !== null) return { color: gradient, pattern: "Solid", xml };
    if (pattern === "none") return { ...none, xml };
    if (pattern === "solid") return { color: fg ?? "#000000", pattern: "Solid", xml };
    return { color: bg ?? "#FFFFFF", pattern: patternName(pattern), patternColor: fg ?? "#000000", xml };
  }

  /** The colour a cell format's fill shows, or null for none. */
  shownFill(xfIndex: number): string | null {
    const f = this.fillOf(xfIndex);
    return f.pattern === "None" ? null : f.color;
  }

  private fontXml(bold: boolean, link: boolean): string {
    const base = this.styles.lists.fonts?.items[0] ?? DEFAULTS.fonts[0];
    const sc = new XmlScanner(base);
    let sz = "11";
    let name = "Calibri";
    while (sc.next()) {
      if (sc.name === "sz" && !sc.closing) sz = sc.attr("val") ?? sz;
      if (sc.name === "name" && !sc.closing) name = sc.attr("val") ?? name;
    }
    return `<font>${bold ? "<b/>" : ""}${link ? "<u/>" : ""}<sz val="${esc(sz)}"/>${link ? '<color rgb="FF0563C1"/>' : ""}<name val="${esc(name)}"/></font>`;
  }

  /** A format for the summary sheet's cells. */
  summary(s: SummaryStyle): number {
    const font = s.bold || s.link ? this.add("fonts", this.fontXml(!!s.bold, !!s.link)) : 0;
    const fill = s.fill ? this.solidFill(s.fill) : 0;
    const border = s.border
      ? this.add(
          "borders",
          '<border><left/><right/><top/><bottom style="thin"><color rgb="FF808080"/></bottom><diagonal/></border>',
        )
      : 0;
    const numFmt = s.numFmt ? this.numFmtId(s.numFmt) : 0;
    const align = `<alignment vertical="top"${s.horizontal ? ` horizontal="${s.horizontal}"` : ""}${s.wrap ? ' wrapText="1"' : ""}/>`;
    return this.add(
      "cellXfs",
      `<xf numFmtId="${numFmt}" fontId="${font}" fillId="${fill}" borderId="${border}" xfId="0" applyNumberFormat="1" applyFont="1" applyFill="1" applyBorder="1" applyAlignment="1">${align}</xf>`,
    );
  }

  get changed(): boolean {
    return ORDER.some((l) => this.added[l].length > 0);
  }

  /** Writes the additions into styles.xml's text (counts updated; lists created where missing). */
  write(splice: Splice): void {
    const { lists, xml } = this.styles;
    const rootOpen = openTagEnd(xml);
    for (let i = 0; i < ORDER.length; i++) {
      const name = ORDER[i];
      const list: StyleList | undefined = lists[name];
      const extra = this.added[name];
      if (list) {
        if (!extra.length) continue;
        const total = list.items.length + extra.length;
        const startTag = xml.slice(list.start, xml.indexOf(">", list.start) + 1);
        if (list.closeAt < 0) {
          splice.replace(
            list.start,
            list.end - list.start,
            `<${qname(startTag)} count="${total}">${extra.join("")}</${qname(startTag)}>`,
          );
        } else {
          splice.replace(list.start, startTag.length, setAttr(startTag, "count", String(total)));
          splice.insert(list.closeAt, extra.join(""));
        }
        continue;
      }
      const items = [...DEFAULTS[name], ...extra];
      if (!items.length) continue;
      // A missing list goes before the next one that exists, else at the end of the stylesheet.
      const next = ORDER.slice(i + 1).find((n) => lists[n]);
      const cellStyleXfs = /<(\w+:)?cellStyleXfs\b/.exec(xml);
      let at = next ? (lists[next] as StyleList).start : this.styles.rootClose || xml.lastIndexOf("</");
      if (name === "numFmts") at = rootOpen;
      else if (cellStyleXfs && cellStyleXfs.index < at && name !== "cellXfs") at = cellStyleXfs.index;
      splice.insert(at, `<${name} count="${items.length}">${items.join("")}</${name}>`);
    }
  }
}

function qname(startTag: string): string {
  return /^<([^\s/>]+)/.exec(startTag)?.[1] ?? "";
}

/** Offset just past the root element's start tag. */
function openTagEnd(xml: string): number {
  const sc = new XmlScanner(xml);
  sc.next();
  return sc.end;
}
