/**
 * A strict, in-memory WPS 表格 (ET) object model for the WPS host's tests: what window.Application
 * is in a WPS JS add-in, behaving as Excel's VBA object model is documented to. Synchronous;
 * collections are 1-based (Item(0) throws); a block's Value2 is a 2-D array of rows and a lone
 * cell's a scalar (undefined when empty); a block's Text, NumberFormat and MergeCells are null when
 * its cells differ; colours are BGR integers (red in the low byte) and patterns XlPattern numbers;
 * a number wider than its column shows "####" in Text; a digit string typed into a General cell
 * becomes a number; AddComment throws where a comment exists; every write to a protected sheet
 * throws, and adding or deleting a sheet throws under workbook-structure protection; deleting a
 * sheet with DisplayAlerts on throws (WPS would stop on a confirmation dialog). Reading or writing
 * a member the fake does not model throws, so the host cannot lean on anything undocumented here.
 *
 * Browser-safe (no Node imports): the pane's browser test bundles it as window.Application.
 */
import { parseA1, parseRangeA1, toA1, type CellRange } from "../../src/core/snapshot";
import { displayText, type FakeFill, type FakeWorkbookData } from "./fake-excel";

type Value = string | number | boolean;

// XlPattern numbers by Office.js name: the seed data is written in the Excel fake's terms.
const PATTERNS: Record<string, number> = { None: -4142, Solid: 1, Gray25: -4124, Gray50: -4125, Checker: 9 };
const NONE = -4142;
const SOLID = 1;
const WHITE = 0xffffff;
const DEFAULT_WIDTH = 8.38;
const MAX_COLS = 16384;

/** "#RRGGBB" -> BGR, byte by byte (the host has its own conversion; this one checks it). */
export function rgbToBgr(hex: string): number {
  const h = hex.replace("#", "");
  const [r, g, b] = [0, 2, 4].map((i) => parseInt(h.slice(i, i + 2), 16));
  return b * 65536 + g * 256 + r;
}

export function bgrToRgb(bgr: number): string {
  const r = bgr % 256;
  const g = Math.floor(bgr / 256) % 256;
  const b = Math.floor(bgr / 65536) % 256;
  return `#${[r, g, b].map((n) => n.toString(16).padStart(2, "0")).join("")}`.toUpperCase();
}

interface Interior {
  color: number;
  pattern: number;
  patternColor: number;
}

interface CellState {
  value?: Value;
  numberFormat: string;
  interior: Interior;
  comment?: string;
  bold?: boolean;
  size?: number;
  wrap?: boolean;
  hAlign?: number;
  vAlign?: number;
  validation?: Record<string, unknown>;
  borders?: Record<number, { style: number; color: number }>;
  hyperlink?: string;
}

interface SheetState {
  name: string;
  visible: number;
  protected: boolean;
  cells: Map<number, CellState>;
  merges: CellRange[];
  widths: Map<number, number>;
  heights: Map<number, number>;
  gridlines: boolean;
  page?: Record<string, unknown>;
}

interface BookState {
  name: string;
  protectStructure: boolean;
  sheets: SheetState[];
  active: SheetState | null;
  selection: { sheet: string; address: string } | null;
  displayAlerts: boolean;
  screenUpdating: boolean;
  created: number;
}

export class FakeEtError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "FakeEtError";
  }
}

const key = (row: number, col: number) => row * MAX_COLS + col;
const blankInterior = (): Interior => ({ color: WHITE, pattern: NONE, patternColor: 0 });
const blankCell = (): CellState => ({ numberFormat: "General", interior: blankInterior() });

function interiorOf(fill: string | FakeFill): Interior {
  if (typeof fill === "string") return { color: rgbToBgr(fill), pattern: SOLID, patternColor: 0 };
  const pattern = PATTERNS[fill.pattern];
  if (pattern === undefined) throw new FakeEtError(`pattern ${fill.pattern} is not modelled`);
  return {
    color: rgbToBgr(fill.color),
    pattern,
    patternColor: fill.patternColor ? rgbToBgr(fill.patternColor) : 0,
  };
}

/** Proxies that throw on any member the fake does not define: reads and writes alike. */
const PROBES = new Set(["then", "toJSON", "asymmetricMatch", "$$typeof", "nodeType", "tagName", "constructor"]);
/** Member reads and writes on ET objects: each is one call across WPS's bridge. */
const counter = { calls: 0 };
function strict<T extends object>(target: T, type: string): T {
  return new Proxy(target, {
    get(t, p, receiver) {
      if (typeof p === "symbol" || PROBES.has(p)) return Reflect.get(t, p, receiver);
      if (p in t) {
        // The fake's own helpers (private in TypeScript) are not ET members.
        if (/^[A-Z]/.test(p)) counter.calls++;
        return Reflect.get(t, p, receiver);
      }
      throw new FakeEtError(`${type}.${p} is not modelled by the fake ET`);
    },
    set(t, p, v, receiver) {
      if (typeof p === "string" && /^[A-Z]/.test(p)) counter.calls++;
      if (typeof p === "symbol" || p in t) return Reflect.set(t, p, v, receiver);
      throw new FakeEtError(`${type}.${p} cannot be set: not modelled by the fake ET`);
    },
  });
}

function within(r: CellRange, row: number, col: number): boolean {
  return row >= r.top && row <= r.bottom && col >= r.left && col <= r.right;
}

function overlaps(a: CellRange, b: CellRange): boolean {
  return a.top <= b.bottom && b.top <= a.bottom && a.left <= b.right && b.left <= a.right;
}

function uniform<T>(values: T[]): T | null {
  return values.every((v) => v === values[0]) ? values[0] : null;
}

class Book {
  constructor(readonly state: BookState) {}

  sheet(name: string): SheetState {
    const s = this.state.sheets.find((x) => x.name === name);
    if (!s) throw new FakeEtError(`no sheet named ${name}`);
    return s;
  }

  cell(s: SheetState, row: number, col: number, create: true): CellState;
  cell(s: SheetState, row: number, col: number, create?: false): CellState | undefined;
  cell(s: SheetState, row: number, col: number, create = false): CellState | undefined {
    let c = s.cells.get(key(row, col));
    if (!c && create) s.cells.set(key(row, col), (c = blankCell()));
    return c;
  }

  writable(s: SheetState, what: string): void {
    if (s.protected) throw new FakeEtError(`您试图更改的单元格或图表位于受保护的工作表中（${s.name}：${what}）`);
  }

  text(s: SheetState, row: number, col: number): string {
    const c = this.cell(s, row, col);
    if (!c || c.value === undefined) return "";
    const t = displayText(c.value, c.numberFormat);
    const width = s.widths.get(col) ?? DEFAULT_WIDTH;
    // As Excel: a number that does not fit its column shows as ####.
    return typeof c.value === "number" && t.length > width ? "#".repeat(Math.floor(width)) : t;
  }
}

class EtRange {
  constructor(
    private readonly book: Book,
    private readonly s: SheetState,
    private readonly box: CellRange,
  ) {}

  private get single(): boolean {
    return this.box.top === this.box.bottom && this.box.left === this.box.right;
  }

  private each<T>(fn: (row: number, col: number) => T): T[] {
    const out: T[] = [];
    for (let r = this.box.top; r <= this.box.bottom; r++)
      for (let c = this.box.left; c <= this.box.right; c++) out.push(fn(r, c));
    return out;
  }

  private one(what: string): { row: number; col: number } {
    if (!this.single) throw new FakeEtError(`${what} needs a single cell, got ${this.Address()}`);
    return { row: this.box.top, col: this.box.left };
  }

  private write(what: string, fn: (c: CellState, row: number, col: number) => void): void {
    this.book.writable(this.s, what);
    this.each((r, c) => fn(this.book.cell(this.s, r, c, true), r, c));
  }

  get Row() {
    return this.box.top + 1;
  }
  get Column() {
    return this.box.left + 1;
  }
  get Rows() {
    return strict({ Count: this.box.bottom - this.box.top + 1 }, "Rows");
  }
  get Columns() {
    return strict({ Count: this.box.right - this.box.left + 1 }, "Columns");
  }

  get Value2(): unknown {
    const at = (r: number, c: number) => this.book.cell(this.s, r, c)?.value;
    if (this.single) return at(this.box.top, this.box.left);
    const rows: unknown[][] = [];
    for (let r = this.box.top; r <= this.box.bottom; r++) {
      const row: unknown[] = [];
      for (let c = this.box.left; c <= this.box.right; c++) row.push(at(r, c));
      rows.push(row);
    }
    return rows;
  }
  set Value2(v: unknown) {
    const h = this.box.bottom - this.box.top + 1;
    const w = this.box.right - this.box.left + 1;
    let grid: unknown[][];
    if (this.single) grid = [[v]];
    else if (Array.isArray(v) && v.length === h && v.every((r) => Array.isArray(r) && r.length === w))
      grid = v as unknown[][];
    else throw new FakeEtError(`Value2 of ${this.Address()} needs ${h}×${w} rows`);
    this.write("Value2", (c, r, col) => {
      const x = grid[r - this.box.top][col - this.box.left];
      if (x === undefined || x === null || x === "") delete c.value;
      else if (typeof x === "string" && c.numberFormat !== "@" && /^-?\d+(\.\d+)?$/.test(x)) c.value = Number(x);
      else if (typeof x === "string" || typeof x === "number" || typeof x === "boolean") c.value = x;
      else throw new FakeEtError(`Value2 cannot hold ${typeof x}`);
    });
  }

  get Text(): unknown {
    return uniform(this.each((r, c) => this.book.text(this.s, r, c)));
  }

  get NumberFormat(): unknown {
    return uniform(this.each((r, c) => this.book.cell(this.s, r, c)?.numberFormat ?? "General"));
  }
  set NumberFormat(v: unknown) {
    if (typeof v !== "string") throw new FakeEtError("NumberFormat takes a string");
    this.write("NumberFormat", (c) => (c.numberFormat = v));
  }

  private mergeAt(row: number, col: number): CellRange | undefined {
    return this.s.merges.find((m) => within(m, row, col));
  }

  get MergeCells(): boolean | null {
    return uniform(this.each((r, c) => !!this.mergeAt(r, c)));
  }

  get MergeArea(): EtRange {
    const { row, col } = this.one("MergeArea");
    return wrapRange(this.book, this.s, this.mergeAt(row, col) ?? this.box);
  }

  Merge(across?: boolean): void {
    if (across) throw new FakeEtError("Merge(true) is not modelled");
    this.book.writable(this.s, "Merge");
    this.s.merges = this.s.merges.filter((m) => !overlaps(m, this.box));
    if (!this.single) this.s.merges.push({ ...this.box });
  }

  get Interior() {
    const range = this;
    const read = (f: (i: Interior) => number) =>
      uniform(this.each((r, c) => f(this.book.cell(this.s, r, c)?.interior ?? blankInterior())));
    return strict(
      {
        get Color() {
          return read((i) => (i.pattern === NONE ? WHITE : i.color));
        },
        set Color(v: number | null) {
          range.write("Interior.Color", (c) => {
            c.interior.color = v ?? WHITE;
            // As Excel: colouring a cell without a fill makes it solid; a pattern stays.
            if (c.interior.pattern === NONE) c.interior.pattern = SOLID;
          });
        },
        get Pattern() {
          return read((i) => i.pattern);
        },
        set Pattern(v: number | null) {
          range.write("Interior.Pattern", (c) => {
            if (v === null) throw new FakeEtError("Pattern = null");
            if (v === NONE) c.interior = blankInterior();
            else c.interior.pattern = v;
          });
        },
        get PatternColor() {
          return read((i) => i.patternColor);
        },
        set PatternColor(v: number | null) {
          range.write("Interior.PatternColor", (c) => (c.interior.patternColor = v ?? 0));
        },
      },
      "Interior",
    );
  }

  get Font() {
    const range = this;
    return strict(
      {
        get Bold() {
          return uniform(range.each((r, c) => !!range.book.cell(range.s, r, c)?.bold));
        },
        set Bold(v: boolean | null) {
          range.write("Font.Bold", (c) => (c.bold = !!v));
        },
        get Size() {
          return uniform(range.each((r, c) => range.book.cell(range.s, r, c)?.size ?? 11));
        },
        set Size(v: number | null) {
          range.write("Font.Size", (c) => (c.size = v ?? 11));
        },
      },
      "Font",
    );
  }

  get Comment() {
    const { row, col } = this.one("Comment");
    const c = this.book.cell(this.s, row, col);
    if (c?.comment === undefined) return null;
    const range = this;
    return strict(
      {
        Text(text?: string) {
          if (text !== undefined) range.write("Comment.Text", (x) => (x.comment = text));
          return c.comment ?? "";
        },
        Delete() {
          range.write("Comment.Delete", (x) => delete x.comment);
        },
      },
      "Comment",
    );
  }

  AddComment(text?: string) {
    const { row, col } = this.one("AddComment");
    if (this.book.cell(this.s, row, col)?.comment !== undefined)
      throw new FakeEtError(`AddComment: ${this.Address()} already has a comment`);
    this.write("AddComment", (c) => (c.comment = text ?? ""));
    return this.Comment;
  }

  ClearComments(): void {
    this.write("ClearComments", (c) => delete c.comment);
  }

  ClearContents(): void {
    this.write("ClearContents", (c) => delete c.value);
  }

  Clear(): void {
    this.book.writable(this.s, "Clear");
    this.each((r, c) => this.s.cells.delete(key(r, c)));
    this.s.merges = this.s.merges.filter((m) => !overlaps(m, this.box));
  }

  get Validation() {
    const range = this;
    const state = () => range.book.cell(range.s, range.box.top, range.box.left)?.validation;
    const prop = (name: string) => ({
      get: () => state()?.[name],
      set: (v: unknown) =>
        range.write(`Validation.${name}`, (c) => {
          if (!c.validation) throw new FakeEtError("set a validation property before Validation.Add");
          c.validation[name] = v;
        }),
      enumerable: true,
    });
    const v = {
      Add(type: number, alertStyle = 1, operator = 1, formula1 = "") {
        range.write("Validation.Add", (c) => {
          if (c.validation) throw new FakeEtError("Validation.Add on a cell that has one: Delete first");
          c.validation = { type, alertStyle, operator, formula1 };
        });
      },
      Delete() {
        range.write("Validation.Delete", (c) => delete c.validation);
      },
    };
    for (const name of [
      "InCellDropdown",
      "ShowInput",
      "ShowError",
      "InputTitle",
      "InputMessage",
      "ErrorTitle",
      "ErrorMessage",
    ])
      Object.defineProperty(v, name, prop(name));
    return strict(v, "Validation");
  }

  get WrapText() {
    return uniform(this.each((r, c) => !!this.book.cell(this.s, r, c)?.wrap));
  }
  set WrapText(v: boolean | null) {
    this.write("WrapText", (c) => (c.wrap = !!v));
  }
  get VerticalAlignment() {
    return uniform(this.each((r, c) => this.book.cell(this.s, r, c)?.vAlign ?? -4107));
  }
  set VerticalAlignment(v: number | null) {
    this.write("VerticalAlignment", (c) => (c.vAlign = v ?? -4107));
  }
  get HorizontalAlignment() {
    return uniform(this.each((r, c) => this.book.cell(this.s, r, c)?.hAlign ?? 1));
  }
  set HorizontalAlignment(v: number | null) {
    this.write("HorizontalAlignment", (c) => (c.hAlign = v ?? 1));
  }
  get ColumnWidth() {
    return uniform(this.each((_r, c) => this.s.widths.get(c) ?? DEFAULT_WIDTH));
  }
  set ColumnWidth(v: number | null) {
    this.book.writable(this.s, "ColumnWidth");
    for (let c = this.box.left; c <= this.box.right; c++) this.s.widths.set(c, v ?? DEFAULT_WIDTH);
  }
  get RowHeight() {
    return uniform(this.each((r) => this.s.heights.get(r) ?? 13.5));
  }
  set RowHeight(v: number | null) {
    this.book.writable(this.s, "RowHeight");
    for (let r = this.box.top; r <= this.box.bottom; r++) this.s.heights.set(r, v ?? 13.5);
  }

  Borders(index: number) {
    const range = this;
    const get = () => range.book.cell(range.s, range.box.top, range.box.left)?.borders?.[index];
    const set = (f: (b: { style: number; color: number }) => void) =>
      range.write("Borders", (c) => {
        c.borders ??= {};
        f((c.borders[index] ??= { style: -4142, color: 0 }));
      });
    return strict(
      {
        get LineStyle() {
          return get()?.style ?? -4142;
        },
        set LineStyle(v: number) {
          set((b) => (b.style = v));
        },
        get Color() {
          return get()?.color ?? 0;
        },
        set Color(v: number) {
          set((b) => (b.color = v));
        },
      },
      "Border",
    );
  }

  Address(): string {
    const a = toA1(this.box.top, this.box.left).replace(/^([A-Z]+)(\d+)$/, "$$$1$$$2");
    if (this.single) return a;
    return `${a}:${toA1(this.box.bottom, this.box.right).replace(/^([A-Z]+)(\d+)$/, "$$$1$$$2")}`;
  }

  Cells(row: number, col: number): EtRange {
    if (row < 1 || col < 1) throw new FakeEtError(`Cells(${row}, ${col}): indexes are 1-based`);
    const r = this.box.top + row - 1;
    const c = this.box.left + col - 1;
    return wrapRange(this.book, this.s, { top: r, left: c, bottom: r, right: c });
  }

  Select(): void {
    if (this.book.state.active !== this.s) throw new FakeEtError("Select on a sheet that is not active");
    this.book.state.selection = { sheet: this.s.name, address: this.Address().replace(/\$/g, "") };
  }
}

function wrapRange(book: Book, s: SheetState, box: CellRange): EtRange {
  return strict(new EtRange(book, s, box), "Range");
}

function usedBox(s: SheetState): CellRange {
  let box: CellRange | null = null;
  for (const [k, c] of s.cells) {
    const blank =
      c.value === undefined &&
      c.numberFormat === "General" &&
      c.interior.pattern === NONE &&
      c.comment === undefined &&
      !c.bold &&
      !c.validation;
    if (blank) continue;
    const row = Math.floor(k / MAX_COLS);
    const col = k % MAX_COLS;
    box = box
      ? {
          top: Math.min(box.top, row),
          left: Math.min(box.left, col),
          bottom: Math.max(box.bottom, row),
          right: Math.max(box.right, col),
        }
      : { top: row, left: col, bottom: row, right: col };
  }
  for (const m of s.merges)
    box = box
      ? {
          top: Math.min(box.top, m.top),
          left: Math.min(box.left, m.left),
          bottom: Math.max(box.bottom, m.bottom),
          right: Math.max(box.right, m.right),
        }
      : { ...m };
  return box ?? { top: 0, left: 0, bottom: 0, right: 0 };
}

class EtWorksheet {
  constructor(
    private readonly book: Book,
    private readonly s: SheetState,
  ) {}

  private alive(): SheetState {
    if (!this.book.state.sheets.includes(this.s)) throw new FakeEtError(`sheet ${this.s.name} was deleted`);
    return this.s;
  }

  get Name() {
    return this.alive().name;
  }
  set Name(v: string) {
    this.alive();
    if (this.book.state.protectStructure) throw new FakeEtError("workbook structure is protected: cannot rename");
    if (!v || v.length > 31 || /[\\/?*[\]:]/.test(v)) throw new FakeEtError(`bad sheet name ${v}`);
    if (this.book.state.sheets.some((x) => x !== this.s && x.name.toLowerCase() === v.toLowerCase()))
      throw new FakeEtError(`a sheet named ${v} exists`);
    this.s.name = v;
  }
  get Visible() {
    return this.alive().visible;
  }
  set Visible(v: number) {
    this.alive();
    if (![-1, 0, 2].includes(v)) throw new FakeEtError(`Visible = ${v} is not an XlSheetVisibility`);
    const others = this.book.state.sheets.filter((x) => x !== this.s && x.visible === -1);
    if (v !== -1 && others.length === 0) throw new FakeEtError("cannot hide the last visible sheet");
    this.s.visible = v;
    if (v !== -1 && this.book.state.active === this.s) this.book.state.active = others[0];
  }
  get Index() {
    return this.book.state.sheets.indexOf(this.alive()) + 1;
  }
  get ProtectContents() {
    return this.alive().protected;
  }
  get UsedRange() {
    return wrapRange(this.book, this.alive(), usedBox(this.s));
  }
  get Hyperlinks() {
    const book = this.book;
    const s = this.s;
    return strict(
      {
        Add(anchor: EtRange, address: string, subAddress?: string, _tip?: string, text?: string) {
          book.writable(s, "Hyperlinks.Add");
          if (address !== "") throw new FakeEtError("only links inside the workbook are modelled");
          const a = anchor.Address().replace(/\$/g, "").split(":")[0];
          const p = parseA1(a)!;
          const c = book.cell(s, p.row, p.col, true);
          c.hyperlink = subAddress ?? "";
          if (text !== undefined && text !== "") c.value = text;
        },
      },
      "Hyperlinks",
    );
  }
  get PageSetup() {
    const s = this.alive();
    const book = this.book;
    const page = (s.page ??= {
      Orientation: 1,
      Zoom: 100,
      FitToPagesWide: 1,
      FitToPagesTall: 1,
      PrintGridlines: false,
      PrintTitleRows: "",
      PrintComments: -4142,
    });
    const target: Record<string, unknown> = {};
    for (const k of Object.keys(page))
      Object.defineProperty(target, k, {
        get: () => page[k],
        set: (v: unknown) => {
          book.writable(s, `PageSetup.${k}`);
          if (k === "Orientation" && v !== 1 && v !== 2) throw new FakeEtError(`Orientation = ${String(v)}`);
          // As Excel: Zoom is a percentage from 10 to 400, or False to fit to pages.
          if (k === "Zoom" && v !== false && !(typeof v === "number" && v >= 10 && v <= 400))
            throw new FakeEtError(`Zoom = ${String(v)}`);
          if (k === "PrintTitleRows" && typeof v === "string" && v !== "" && !/^\$\d+:\$\d+$/.test(v))
            throw new FakeEtError(`PrintTitleRows = ${v}`);
          page[k] = v;
        },
        enumerable: true,
      });
    return strict(target, "PageSetup");
  }
  Range(address: string): EtRange {
    const box = parseRangeA1(address.replace(/\$/g, ""));
    if (!box) throw new FakeEtError(`Range("${address}") is not an address`);
    return wrapRange(this.book, this.alive(), box);
  }
  Cells(row: number, col: number): EtRange {
    if (row < 1 || col < 1) throw new FakeEtError(`Cells(${row}, ${col}): indexes are 1-based`);
    return wrapRange(this.book, this.alive(), { top: row - 1, left: col - 1, bottom: row - 1, right: col - 1 });
  }
  Activate(): void {
    if (this.alive().visible !== -1) throw new FakeEtError(`cannot activate hidden sheet ${this.s.name}`);
    this.book.state.active = this.s;
  }
  Delete(): boolean {
    const st = this.book.state;
    this.alive();
    if (st.protectStructure) throw new FakeEtError("workbook structure is protected: cannot delete a sheet");
    if (st.displayAlerts) throw new FakeEtError("Delete with DisplayAlerts on: WPS would wait for the user to confirm");
    if (this.s.visible === -1 && st.sheets.filter((x) => x.visible === -1).length === 1)
      throw new FakeEtError("cannot delete the last visible sheet");
    st.sheets.splice(st.sheets.indexOf(this.s), 1);
    if (st.active === this.s) st.active = st.sheets.find((x) => x.visible === -1) ?? null;
    return true;
  }
}

export interface FakeEtCellView {
  value: Value | null;
  text: string;
  numberFormat: string;
  /** "#RRGGBB" and the Office.js pattern name, null when the cell has no fill. */
  fill: { color: string; pattern: string; patternColor?: string } | null;
  note: string | null;
  bold: boolean;
  hyperlink: string | null;
}

export interface FakeEt {
  cell(sheet: string, a1: string): FakeEtCellView;
  sheetNames(): string[];
  sheetVisibility(sheet: string): "Visible" | "Hidden" | "VeryHidden";
  activeSheet(): string | null;
  selection(): { sheet: string; address: string } | null;
  merges(sheet: string): string[];
  columnWidth(sheet: string, col: number): number | undefined;
  validation(sheet: string, a1: string): Record<string, unknown> | null;
  gridlines(sheet: string): boolean;
  /** PageSetup as set (null where never touched). */
  pageSetup(sheet: string): Record<string, unknown> | null;
  /** The user types a value (no add-in involved). */
  type(sheet: string, a1: string, value: Value | null): void;
  protect(sheet: string, on?: boolean): void;
  protectStructure(on?: boolean): void;
  /** Everything of the workbook as plain data, for before/after comparisons. */
  dump(): unknown;
  closeWorkbook(): void;
  /** ET member reads and writes since the last reset (each crosses WPS's bridge once). */
  calls(): number;
  resetCalls(): void;
  /** Task panes created through CreateTaskPane. */
  panes(): { ID: string; url: string; Visible: boolean }[];
}

const PATTERN_NAMES = new Map(Object.entries(PATTERNS).map(([n, v]) => [v, n]));

/** Installs window.Application (ET) holding the workbook on `scope`; returns the tests' inspectors. */
export function installFakeEt(scope: Record<string, unknown>, data: FakeWorkbookData): FakeEt {
  const sheets: SheetState[] = data.sheets.map((s) => {
    const state: SheetState = {
      name: s.name,
      visible: s.visibility === "VeryHidden" ? 2 : s.visibility === "Hidden" ? 0 : -1,
      protected: !!s.protected,
      cells: new Map(),
      merges: (s.merges ?? []).map((m) => parseRangeA1(m)!),
      widths: new Map(),
      heights: new Map(),
      gridlines: true,
    };
    for (const [a1, c] of Object.entries(s.cells ?? {})) {
      const p = parseA1(a1)!;
      const cell = blankCell();
      if (c.value !== undefined && c.value !== null) cell.value = c.value;
      if (c.numberFormat) cell.numberFormat = c.numberFormat;
      if (c.fill) cell.interior = interiorOf(c.fill);
      if (c.note !== undefined) cell.comment = c.note;
      if (c.bold) cell.bold = true;
      state.cells.set(key(p.row, p.col), cell);
    }
    return state;
  });
  const state: BookState = {
    name: data.name ?? "工作簿1.xlsx",
    protectStructure: !!data.protected,
    sheets,
    active: sheets.find((s) => s.visible === -1) ?? null,
    selection: null,
    displayAlerts: true,
    screenUpdating: true,
    created: 0,
  };
  const book = new Book(state);
  let open = true;
  const wrapSheet = (s: SheetState) => strict(new EtWorksheet(book, s), "Worksheet");

  const worksheets = strict(
    {
      get Count() {
        return state.sheets.length;
      },
      Item(index: number | string) {
        if (typeof index === "number") {
          if (!Number.isInteger(index) || index < 1 || index > state.sheets.length)
            throw new FakeEtError(`Worksheets.Item(${index}): indexes run from 1 to ${state.sheets.length}`);
          return wrapSheet(state.sheets[index - 1]);
        }
        return wrapSheet(book.sheet(index));
      },
      Add(before?: EtWorksheet | null, after?: EtWorksheet | null, count?: number) {
        if (state.protectStructure) throw new FakeEtError("workbook structure is protected: cannot add a sheet");
        if (count !== undefined && count !== 1) throw new FakeEtError("Add(count > 1) is not modelled");
        let name = "";
        do name = `Sheet${++state.created}`;
        while (state.sheets.some((s) => s.name === name));
        const s: SheetState = {
          name,
          visible: -1,
          protected: false,
          cells: new Map(),
          merges: [],
          widths: new Map(),
          heights: new Map(),
          gridlines: true,
        };
        const anchor = after ?? before;
        const at = anchor ? anchor.Index - 1 + (after ? 1 : 0) : state.sheets.indexOf(state.active!);
        state.sheets.splice(at, 0, s);
        state.active = s;
        return wrapSheet(s);
      },
    },
    "Worksheets",
  );

  const workbook = strict(
    {
      get Name() {
        return state.name;
      },
      get ProtectStructure() {
        return state.protectStructure;
      },
      get Worksheets() {
        return worksheets;
      },
    },
    "Workbook",
  );

  const storage = new Map<string, unknown>();
  const panes: { ID: string; url: string; title?: string; Visible: boolean }[] = [];
  const app = strict(
    {
      get ActiveWorkbook() {
        return open ? workbook : null;
      },
      get ActiveSheet() {
        return open && state.active ? wrapSheet(state.active) : null;
      },
      get ActiveWindow() {
        if (!open) return null;
        return strict(
          {
            get DisplayGridlines() {
              return state.active?.gridlines ?? true;
            },
            set DisplayGridlines(v: boolean) {
              if (state.active) state.active.gridlines = v;
            },
          },
          "Window",
        );
      },
      get DisplayAlerts() {
        return state.displayAlerts;
      },
      set DisplayAlerts(v: boolean) {
        state.displayAlerts = v;
      },
      get ScreenUpdating() {
        return state.screenUpdating;
      },
      set ScreenUpdating(v: boolean) {
        state.screenUpdating = v;
      },
      CreateTaskPane(url: string, title?: string) {
        const pane = strict({ ID: `pane${panes.length + 1}`, url, title, Visible: false }, "TaskPane");
        panes.push(pane);
        return pane;
      },
      GetTaskPane(id: string) {
        const pane = panes.find((p) => p.ID === id);
        if (!pane) throw new FakeEtError(`no task pane ${id}`);
        return pane;
      },
      PluginStorage: strict(
        {
          getItem: (k: string) => storage.get(k) ?? null,
          setItem: (k: string, v: unknown) => void storage.set(k, v),
        },
        "PluginStorage",
      ),
    },
    "Application",
  );
  scope.Application = app;

  const view = (sheet: string, a1: string): FakeEtCellView => {
    const s = book.sheet(sheet);
    const p = parseA1(a1)!;
    const c = book.cell(s, p.row, p.col);
    const fill =
      !c || c.interior.pattern === NONE
        ? null
        : {
            color: bgrToRgb(c.interior.color),
            pattern: PATTERN_NAMES.get(c.interior.pattern) ?? String(c.interior.pattern),
            ...(c.interior.pattern !== SOLID ? { patternColor: bgrToRgb(c.interior.patternColor) } : {}),
          };
    return {
      value: c?.value ?? null,
      text: book.text(s, p.row, p.col),
      numberFormat: c?.numberFormat ?? "General",
      fill,
      note: c?.comment ?? null,
      bold: !!c?.bold,
      hyperlink: c?.hyperlink ?? null,
    };
  };

  return {
    cell: view,
    sheetNames: () => state.sheets.map((s) => s.name),
    sheetVisibility: (sheet) => {
      const v = book.sheet(sheet).visible;
      return v === 2 ? "VeryHidden" : v === 0 ? "Hidden" : "Visible";
    },
    activeSheet: () => state.active?.name ?? null,
    selection: () => state.selection,
    merges: (sheet) => book.sheet(sheet).merges.map((m) => `${toA1(m.top, m.left)}:${toA1(m.bottom, m.right)}`),
    columnWidth: (sheet, col) => book.sheet(sheet).widths.get(col),
    validation: (sheet, a1) => {
      const p = parseA1(a1)!;
      return book.cell(book.sheet(sheet), p.row, p.col)?.validation ?? null;
    },
    gridlines: (sheet) => book.sheet(sheet).gridlines,
    pageSetup: (sheet) => book.sheet(sheet).page ?? null,
    type(sheet, a1, value) {
      const p = parseA1(a1)!;
      const c = book.cell(book.sheet(sheet), p.row, p.col, true);
      if (value === null) delete c.value;
      else c.value = value;
    },
    protect(sheet, on = true) {
      book.sheet(sheet).protected = on;
    },
    protectStructure(on = true) {
      state.protectStructure = on;
    },
    dump: () =>
      state.sheets.map((s) => ({
        name: s.name,
        visible: s.visible,
        protected: s.protected,
        merges: [...s.merges].sort((a, b) => a.top - b.top || a.left - b.left),
        cells: [...s.cells.entries()]
          .sort(([a], [b]) => a - b)
          .map(([k, c]) => [toA1(Math.floor(k / MAX_COLS), k % MAX_COLS), c])
          .filter(([, c]) => JSON.stringify(c) !== JSON.stringify(blankCell())),
        widths: [...s.widths.entries()].sort(),
        heights: [...s.heights.entries()].sort(),
      })),
    closeWorkbook() {
      open = false;
    },
    calls: () => counter.calls,
    resetCalls: () => void (counter.calls = 0),
    panes: () => panes.map((p) => ({ ID: p.ID, url: p.url, Visible: p.Visible })),
  };
}
