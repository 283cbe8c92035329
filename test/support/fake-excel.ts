/**
 * A strict, in-memory Excel for host tests: Office.js's request model (queue, then sync), with
 * PropertyNotLoaded for any property read before it was loaded and synced, an error for any member
 * it does not model, a count of context.sync() round trips and of request bytes, API-set gating,
 * protection, cell edit mode, and the payload limit of Excel on the web. Besides values, fills and
 * notes it keeps what 新建表 draws: merges, data validation, alignment, wrap, font size, borders,
 * column widths, row heights, sheet order and gridlines (inspectors: merges(), validations(), format()).
 *
 * Browser-safe (no Node imports; at run time only the pure A1 helpers of src/core/snapshot) so the
 * task-pane tests can bundle it and install it as window.Excel / window.Office before the page loads.
 */
import { parseA1, parseRangeA1, rangeToA1, toA1, type CellRange, type SheetSnapshot } from "../../src/core/snapshot";

type Value = string | number | boolean | null;

export interface FakeFill {
  color: string;
  pattern: string;
  patternColor?: string;
}

export interface FakeCellData {
  value?: Value;
  /** Display text when it differs from what the format gives. */
  text?: string;
  numberFormat?: string;
  /** "#RRGGBB" (solid) or a full fill. */
  fill?: string | FakeFill;
  note?: string;
  bold?: boolean;
}

export interface FakeSheetData {
  name: string;
  /** Keyed by A1 address. */
  cells?: Record<string, FakeCellData>;
  /** A1 ranges ("A1:C1"). */
  merges?: string[];
  protected?: boolean;
  visibility?: "Visible" | "Hidden" | "VeryHidden";
}

export interface FakeCommentData {
  sheet: string;
  cell: string;
  content: string;
  author?: string;
  replies?: string[];
}

export interface FakeWorkbookData {
  name?: string;
  sheets: FakeSheetData[];
  protected?: boolean;
  comments?: FakeCommentData[];
  /** Document settings as saved in the file. */
  settings?: Record<string, unknown>;
}

export interface FakeOptions {
  /** Highest ExcelApi version the fake host supports, e.g. "1.18" (default), "1.17", "1.12". */
  apiVersion?: string;
  /** Every sync fails as when the user is typing in a cell. */
  editMode?: boolean;
  /** Request payload limit per sync; Excel on the web's is 5 MB (bytes as office.js serialises them, see REQUEST_MODEL). */
  maxRequestBytes?: number;
  /** Response payload limit per sync; Excel on the web's is 5 MB (bytes as JSON with non-ASCII escaped, the larger reading). */
  maxResponseBytes?: number;
  /** Range.getMergedAreasOrNullObject fails above this many areas; Excel's documented cap is 512. */
  mergeCap?: number;
  /** RangeFill.pattern reads null on every cell, and No Fill reads as #FFFFFF, as on some Excel builds. */
  nullPattern?: boolean;
  /** Loading a child of a null object (a null sheet's protection) fails at sync instead of reading as null. */
  strictNullChildren?: boolean;
  /** Settings.saveAsync reports failure. */
  failSettingsSave?: boolean;
}

/** A cell as the tests see it. */
export interface FakeCellView {
  value: Value;
  text: string;
  numberFormat: string;
  fill: FakeFill | null;
  note: string | null;
  bold: boolean;
  hyperlink: string | null;
}

/** A cell's look as the tests see it; null where the add-in set nothing. */
export interface FakeFormatView {
  bold: boolean;
  size: number | null;
  fill: string | null;
  wrap: boolean;
  horizontalAlignment: string | null;
  verticalAlignment: string | null;
  borders: Record<"top" | "bottom" | "left" | "right", FakeBorder | null>;
}

/** Cells sharing one validation, as rectangles ("G8:G13"). */
export interface FakeValidationView extends FakeValidation {
  range: string;
}

// ---------------------------------------------------------------------------------------------
// Helpers

const MAX_ROWS = 1048576;
const MAX_COLS = 16384;

function quoteSheet(name: string): string {
  return /^[A-Za-z0-9_\u4e00-\u9fff]+$/.test(name) ? name : `'${name.replace(/'/g, "''")}'`;
}

function splitSheetAddress(address: string): { sheet: string | null; local: string } {
  const bang = address.lastIndexOf("!");
  if (bang < 0) return { sheet: null, local: address };
  let sheet = address.slice(0, bang);
  if (sheet.startsWith("'") && sheet.endsWith("'")) sheet = sheet.slice(1, -1).replace(/''/g, "'");
  return { sheet, local: address.slice(bang + 1) };
}

function intersects(a: CellRange, b: CellRange): boolean {
  return a.top <= b.bottom && b.top <= a.bottom && a.left <= b.right && b.left <= a.right;
}

function versionAtLeast(have: string, need: string): boolean {
  const [hm, hn] = have.split(".").map(Number);
  const [nm, nn] = need.split(".").map(Number);
  return hm > nm || (hm === nm && (hn || 0) >= (nn || 0));
}

/** Display text as Excel shows a value in the few formats the project uses. */
export function displayText(value: Value, fmt: string): string {
  if (value === null) return "";
  if (typeof value === "boolean") return value ? "TRUE" : "FALSE";
  if (typeof value !== "number" || fmt === "@") return String(value);
  const pct = /^0(\.(0+))?%$/.exec(fmt);
  if (pct) return `${(value * 100).toFixed(pct[2]?.length ?? 0)}%`;
  const fixed = /^(#,##)?0(\.(0+))?$/.exec(fmt);
  if (fixed) {
    const digits = fixed[3]?.length ?? 0;
    return fixed[1]
      ? value.toLocaleString("en-US", { minimumFractionDigits: digits, maximumFractionDigits: digits })
      : value.toFixed(digits);
  }
  return String(Number(value.toPrecision(11)));
}

function utf8Length(s: string): number {
  let n = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    n += c < 0x80 ? 1 : c < 0x800 || (c >= 0xd800 && c < 0xe000) ? 2 : 3;
  }
  return n;
}

/**
 * The fake's request size model, calibrated against office.js's own serialiser
 * (test/excel/office-js-calibration.test.ts keeps it within bounds): every proxy the add-in makes
 * is an object path plus an instantiate action, every queued call an action, each with its
 * arguments as JSON (UTF-8).
 */
export const REQUEST_MODEL = { path: 160, action: 110 } as const;

/** Per loaded object in a response: its action id and wrapping. */
const RESULT_BYTES = 40;

/** JSON bytes of a response value, non-ASCII counted as \uXXXX escapes (6 bytes): the larger of the two readings. */
export function responseBytes(value: unknown): number {
  const s = JSON.stringify(value) ?? "";
  let n = 0;
  for (let i = 0; i < s.length; i++) n += s.charCodeAt(i) < 0x80 ? 1 : 6;
  return n + RESULT_BYTES;
}

// ---------------------------------------------------------------------------------------------
// State

interface CellState {
  value: Value;
  text?: string;
  numberFormat: string;
  fill?: FakeFill;
  note?: { content: string; author: string };
  bold?: boolean;
  hyperlink?: string;
  size?: number;
  wrap?: boolean;
  horizontalAlignment?: string;
  verticalAlignment?: string;
  validation?: FakeValidation;
}

/** A cell's data validation as the add-in set it (Office.js shapes). */
export interface FakeValidation {
  rule?: Record<string, unknown>;
  errorAlert?: Record<string, unknown>;
  prompt?: Record<string, unknown>;
}

export interface FakeBorder {
  style: string;
  color: string;
  weight: string;
}

interface SheetState {
  id: string;
  name: string;
  visibility: "Visible" | "Hidden" | "VeryHidden";
  protected: boolean;
  cells: Map<number, CellState>;
  merges: CellRange[];
  widths: Map<number, number>;
  heights: Map<number, number>;
  /** Border segments: "h,row,col" is the line above cell (row, col), "v,row,col" the line left of it. */
  borders: Map<string, FakeBorder>;
  showGridlines: boolean;
  /** Print settings (Worksheet.pageLayout, ExcelApi 1.9), as far as the add-in sets them. */
  print: FakePrintState;
}

export interface FakePrintState {
  orientation: "Portrait" | "Landscape";
  printGridlines: boolean;
  printComments: "NoComments" | "EndSheet" | "InPlace";
  /** Rows repeated at the top of each page, as given to setPrintTitleRows ("$5:$5"), or null. */
  titleRows: string | null;
  /** Fit to pages wide and tall (0: as many as it takes), or a percentage scale. */
  zoom: { horizontalFitToPages?: number; verticalFitToPages?: number; scale?: number | null };
}

interface ReplyState {
  id: string;
  content: string;
  author: string;
}

interface CommentState {
  id: string;
  sheetId: string;
  row: number;
  col: number;
  content: string;
  author: string;
  replies: ReplyState[];
}

const key = (row: number, col: number) => row * MAX_COLS + col;

class WorkbookState {
  name: string;
  sheets: SheetState[] = [];
  protected: boolean;
  comments: CommentState[] = [];
  activeSheetId: string | null = null;
  selection: { sheetId: string; range: CellRange } | null = null;
  settings: Record<string, unknown>;
  savedSettings: Record<string, unknown>;
  syncs = 0;
  requestBytes: number[] = [];
  responseBytes: number[] = [];
  /** Error codes of the syncs that failed. */
  failures: string[] = [];
  /** Runs waiting (delayForCellEdit) for the user to leave cell edit mode. */
  editWaiters: (() => void)[] = [];
  private nextId = 1;

  constructor(
    data: FakeWorkbookData,
    public options: Required<Omit<FakeOptions, "apiVersion">> & { apiVersion: string },
  ) {
    this.name = data.name ?? "绩效表.xlsx";
    this.protected = !!data.protected;
    for (const s of data.sheets) this.addSheetData(s);
    this.activeSheetId = this.sheets.find((s) => s.visibility === "Visible")?.id ?? null;
    for (const c of data.comments ?? []) {
      const sheet = this.byName(c.sheet);
      const pos = parseA1(c.cell);
      if (!sheet || !pos) throw new Error(`fake: bad comment location ${c.sheet}!${c.cell}`);
      this.comments.push({
        id: this.id("comment"),
        sheetId: sheet.id,
        row: pos.row,
        col: pos.col,
        content: c.content,
        author: c.author ?? "用户",
        replies: (c.replies ?? []).map((r) => ({ id: this.id("reply"), content: r, author: c.author ?? "用户" })),
      });
    }
    this.settings = JSON.parse(JSON.stringify(data.settings ?? {})) as Record<string, unknown>;
    this.savedSettings = JSON.parse(JSON.stringify(data.settings ?? {})) as Record<string, unknown>;
  }

  id(prefix: string): string {
    return `${prefix}-${this.nextId++}`;
  }

  addSheetData(s: FakeSheetData): SheetState {
    const sheet: SheetState = {
      id: this.id("sheet"),
      name: s.name,
      visibility: s.visibility ?? "Visible",
      protected: !!s.protected,
      cells: new Map(),
      merges: [],
      widths: new Map(),
      heights: new Map(),
      borders: new Map(),
      showGridlines: true,
      print: {
        orientation: "Portrait",
        printGridlines: false,
        printComments: "NoComments",
        titleRows: null,
        zoom: { scale: 100 },
      },
    };
    for (const [addr, c] of Object.entries(s.cells ?? {})) {
      const pos = parseA1(addr);
      if (!pos) throw new Error(`fake: bad cell address ${addr}`);
      const cell: CellState = { value: c.value ?? null, numberFormat: c.numberFormat ?? "General" };
      if (c.text !== undefined) cell.text = c.text;
      if (c.fill)
        cell.fill = typeof c.fill === "string" ? { color: c.fill.toUpperCase(), pattern: "Solid" } : { ...c.fill };
      if (c.note !== undefined) cell.note = { content: c.note, author: "用户" };
      if (c.bold) cell.bold = true;
      sheet.cells.set(key(pos.row, pos.col), cell);
    }
    for (const m of s.merges ?? []) {
      const r = parseRangeA1(m);
      if (!r) throw new Error(`fake: bad merge ${m}`);
      sheet.merges.push(r);
    }
    this.sheets.push(sheet);
    return sheet;
  }

  byName(name: string): SheetState | undefined {
    const n = name.toLowerCase();
    return this.sheets.find((s) => s.name.toLowerCase() === n);
  }

  byId(id: string): SheetState | undefined {
    return this.sheets.find((s) => s.id === id);
  }

  supports(version: string): boolean {
    return versionAtLeast(this.options.apiVersion, version);
  }
}

// ---------------------------------------------------------------------------------------------
// Errors, shaped like OfficeExtension.Error

export class FakeOfficeError extends Error {
  override name = "RichApi.Error";
  debugInfo: { code: string; message: string; errorLocation?: string };
  constructor(
    public code: string,
    message: string,
    errorLocation?: string,
  ) {
    super(message);
    this.debugInfo = { code, message, errorLocation };
  }
}

function notLoaded(type: string, prop: string): FakeOfficeError {
  return new FakeOfficeError(
    "PropertyNotLoaded",
    `The property '${prop}' of ${type} is not available. Before reading the property's value, call the load method on the containing object and call "context.sync()" on the associated request context.`,
    `${type}.${prop}`,
  );
}

// ---------------------------------------------------------------------------------------------
// Strictness: the add-in holds proxies, and a member the fake does not model throws instead of
// reading as undefined or being set as a stray JavaScript property.

/** Base of everything the add-in can hold: the context, proxies, collections. */
class Surface {}

const navigation = new WeakMap<object, Map<string, unknown>>();

/** A navigation property's object, made once per parent as office.js does (one object path). */
function nav<T>(owner: object, name: string, make: () => T): T {
  let byName = navigation.get(owner);
  if (!byName) navigation.set(owner, (byName = new Map()));
  if (!byName.has(name)) byName.set(name, make());
  return byName.get(name) as T;
}

const exposed = new WeakMap<object, object>();
const unexposed = new WeakMap<object, object>();
/** Members that await, JSON and jest probe on any object: absent ones read as undefined. */
const PROBES = new Set(["then", "toJSON", "asymmetricMatch", "$$typeof", "nodeType", "tagName", "_isMockFunction"]);

function surfaceName(t: object): string {
  return (t as { typeName?: string }).typeName ?? t.constructor.name.replace(/^Fake/, "");
}

const strictHandler: ProxyHandler<Surface> = {
  get(t, key) {
    if (typeof key === "symbol" || PROBES.has(key)) return Reflect.get(t, key, t) as unknown;
    if (!(key in t)) throw new Error(`fake: ${surfaceName(t)}.${key} is not modelled`);
    const v = Reflect.get(t, key, t) as unknown;
    if (typeof v === "function") {
      const fn = v as (...args: unknown[]) => unknown;
      return (...args: unknown[]) => expose(fn.apply(t, args.map(unexpose)));
    }
    return expose(v);
  },
  set(t, key, value) {
    if (typeof key === "symbol" || !(key in t))
      throw new Error(`fake: setting ${surfaceName(t)}.${String(key)} is not modelled`);
    if (!Reflect.set(t, key, unexpose(value), t)) throw new Error(`fake: ${surfaceName(t)}.${key} is read-only`);
    return true;
  },
};

function expose<T>(v: T): T {
  if (v instanceof Surface) {
    let p = exposed.get(v);
    if (!p) {
      p = new Proxy(v, strictHandler);
      exposed.set(v, p);
      unexposed.set(p, v);
    }
    return p as T;
  }
  if (Array.isArray(v) && v[0] instanceof Surface) return v.map(expose) as T;
  return v;
}

function unexpose(v: unknown): unknown {
  return (typeof v === "object" && v !== null && unexposed.get(v)) || v;
}

// ---------------------------------------------------------------------------------------------
// Request context

interface Command {
  where: string;
  bytes: number;
  run: () => void;
}

class FakeContext extends Surface {
  readonly workbook: FakeWorkbook;
  private queue: Command[] = [];
  /** Request bytes of object paths made since the last sync. */
  private pathBytes = 0;
  /** Loaded values wait here until the whole batch ran and its response fits. */
  private deliveries: { bytes: number; apply: () => void }[] = [];
  private running = false;

  constructor(readonly wb: WorkbookState) {
    super();
    this.workbook = new FakeWorkbook(this);
  }

  /** An object path (and its instantiate action) in the next request; args as office.js sends them. */
  path(args?: unknown): void {
    if (this.running) return; // objects made while a batch runs are response items, not requests
    this.pathBytes += REQUEST_MODEL.path + (args === undefined ? 0 : utf8Length(JSON.stringify(args) ?? ""));
  }

  /** The arguments of the object path just made (a sheet name, an address), as JSON. */
  pathArgs(...args: unknown[]): void {
    if (!this.running) this.pathBytes += utf8Length(JSON.stringify(args));
  }

  /** A loaded value: reaches its proxy only if the batch succeeds and the response fits. */
  deliver(value: unknown, apply: () => void): void {
    this.deliveries.push({ bytes: responseBytes(value), apply });
  }

  get pending(): number {
    return this.queue.length;
  }

  enqueue(where: string, args: unknown, run: () => void, api?: string): void {
    const bytes = REQUEST_MODEL.action + (args === undefined ? 0 : utf8Length(JSON.stringify(args) ?? ""));
    this.queue.push({
      where,
      bytes,
      run: () => {
        if (api && !this.wb.supports(api)) {
          throw new FakeOfficeError("ApiNotFound", `${where} needs ExcelApi ${api}.`, where);
        }
        run();
      },
    });
  }

  async sync(): Promise<void> {
    const commands = this.queue;
    this.queue = [];
    this.wb.syncs++;
    const bytes = commands.reduce((n, c) => n + c.bytes, this.pathBytes);
    this.pathBytes = 0;
    this.wb.requestBytes.push(bytes);
    await Promise.resolve();
    try {
      this.runBatch(commands, bytes);
    } catch (e) {
      this.wb.failures.push((e as { code?: string }).code ?? String(e));
      // Nothing reaches the add-in from a failed sync.
      this.wb.responseBytes.length = this.wb.requestBytes.length - 1;
      this.wb.responseBytes.push(0);
      throw e;
    }
  }

  private runBatch(commands: Command[], bytes: number): void {
    if (this.wb.options.editMode) {
      throw new FakeOfficeError(
        "InvalidOperationInCellEditMode",
        "Excel is in cell-editing mode. Please exit the edit mode by pressing ENTER or TAB or selecting another cell, and then try again.",
      );
    }
    if (bytes > this.wb.options.maxRequestBytes) {
      throw new FakeOfficeError("RequestPayloadSizeLimitExceeded", "The request payload size has exceeded the limit.");
    }
    // Commands run in order and are not rolled back: a failure leaves the earlier ones applied,
    // but the add-in receives no loaded value from a failed batch.
    this.deliveries = [];
    this.running = true;
    try {
      for (const c of commands) c.run();
    } catch (e) {
      this.deliveries = [];
      throw e;
    } finally {
      this.running = false;
    }
    const deliveries = this.deliveries;
    this.deliveries = [];
    const size = deliveries.reduce((n, d) => n + d.bytes, 0);
    this.wb.responseBytes.push(size);
    if (size > this.wb.options.maxResponseBytes) {
      throw new FakeOfficeError(
        "ResponsePayloadSizeLimitExceeded",
        "The response payload size has exceeded the limit.",
      );
    }
    for (const d of deliveries) d.apply();
  }

  /** Mutations of a protected sheet fail like Excel's. */
  writable(sheet: SheetState, where: string): void {
    if (sheet.protected) {
      throw new FakeOfficeError("AccessDenied", `The sheet '${sheet.name}' is protected.`, where);
    }
  }

  structure(where: string): void {
    if (this.wb.protected) throw new FakeOfficeError("AccessDenied", "The workbook structure is protected.", where);
  }
}

type LoadArg = string | string[] | { select?: string } | undefined;

function loadList(arg: LoadArg): string[] {
  if (arg === undefined) throw new Error("fake: load() without property names loads everything; name them");
  const s = Array.isArray(arg) ? arg.join(",") : typeof arg === "string" ? arg : (arg.select ?? "");
  const list = s
    .split(",")
    .map((p) => p.trim())
    .filter(Boolean);
  if (list.length === 0) throw new Error("fake: empty load");
  return list;
}

/** Base of every proxy: loaded properties live here and are readable only after their sync. */
abstract class FakeObject<E> extends Surface {
  protected loaded = new Map<string, unknown>();
  protected nullState: boolean | undefined;
  /** Made by an *OrNullObject call: may be null. */
  private orNull = false;

  constructor(
    readonly context: FakeContext,
    protected readonly locate: () => E | null,
    protected readonly typeName: string,
  ) {
    super();
    context.path();
  }

  /** The entity, or an ItemNotFound failure at sync, as Office.js reports a missing object. */
  protected target(where: string): E {
    const e = this.locate();
    if (e === null) throw new FakeOfficeError("ItemNotFound", `${this.typeName} does not exist.`, where);
    return e;
  }

  protected abstract read(entity: E, prop: string): unknown;

  protected loadable(prop: string): boolean {
    return !prop.includes("/");
  }

  /** Which API set a property needs, if any. */
  protected apiOf(_prop: string): string | undefined {
    return undefined;
  }

  load(arg?: LoadArg): this {
    const props = loadList(arg);
    for (const p of props) {
      if (!this.loadable(p)) throw new Error(`fake: ${this.typeName} cannot load '${p}' (load it on the child object)`);
    }
    const api = props.map((p) => this.apiOf(p)).find(Boolean);
    this.context.enqueue(
      `${this.typeName}.load`,
      props,
      () => {
        const e = this.locate();
        if (e === null && !this.orNull && this.context.wb.options.strictNullChildren)
          throw new FakeOfficeError("InvalidObjectPath", `${this.typeName} of a null object.`, `${this.typeName}.load`);
        const got = e === null ? null : props.map((p) => [p, JSON.parse(JSON.stringify(this.read(e, p) ?? null))]);
        this.context.deliver(got === null ? null : Object.fromEntries(got), () => {
          this.nullState = e === null;
          for (const [p, v] of got ?? []) this.loaded.set(p as string, v);
        });
      },
      api,
    );
    return this;
  }

  protected prop<T>(name: string): T {
    if (this.nullState === true) {
      throw new FakeOfficeError("InvalidObjectPath", `${this.typeName} is a null object: test isNullObject first.`);
    }
    if (!this.loaded.has(name)) throw notLoaded(this.typeName, name);
    return this.loaded.get(name) as T;
  }

  get isNullObject(): boolean {
    if (this.nullState === undefined) throw notLoaded(this.typeName, "isNullObject");
    return this.nullState;
  }

  /** *OrNullObject proxies learn whether they exist at the next sync, loaded or not. */
  protected probe(where: string, api?: string): this {
    this.orNull = true;
    this.context.enqueue(
      where,
      undefined,
      () => {
        const isNull = this.locate() === null;
        this.context.deliver(isNull, () => (this.nullState = isNull));
      },
      api,
    );
    return this;
  }

  toJSON(): Record<string, unknown> {
    return Object.fromEntries(this.loaded);
  }
}

// ---------------------------------------------------------------------------------------------
// Workbook and sheets

class FakeWorkbook extends FakeObject<WorkbookState> {
  constructor(ctx: FakeContext) {
    super(ctx, () => ctx.wb, "Workbook");
  }
  protected read(wb: WorkbookState, prop: string): unknown {
    if (prop === "name") return wb.name;
    throw new Error(`fake: Workbook.${prop} not supported`);
  }
  protected override apiOf(prop: string): string | undefined {
    return prop === "name" ? "1.7" : undefined;
  }
  get name(): string {
    return this.prop("name");
  }
  get worksheets(): FakeWorksheetCollection {
    return nav(this, "worksheets", () => new FakeWorksheetCollection(this.context));
  }
  get protection(): FakeWorkbookProtection {
    return nav(this, "protection", () => new FakeWorkbookProtection(this.context));
  }
  get comments(): FakeCommentCollection {
    return nav(this, "comments", () => new FakeCommentCollection(this.context));
  }
  getSelectedRange(): FakeRange {
    const wb = this.context.wb;
    return new FakeRange(this.context, () => {
      const sel = wb.selection;
      const sheet = sel ? wb.byId(sel.sheetId) : undefined;
      return sel && sheet ? { sheet, rect: sel.range } : null;
    });
  }
}

class FakeWorkbookProtection extends FakeObject<WorkbookState> {
  constructor(ctx: FakeContext) {
    super(ctx, () => ctx.wb, "WorkbookProtection");
  }
  protected read(wb: WorkbookState, prop: string): unknown {
    if (prop === "protected") return wb.protected;
    throw new Error(`fake: WorkbookProtection.${prop} not supported`);
  }
  protected override apiOf(): string {
    return "1.7";
  }
  get protected(): boolean {
    return this.prop("protected");
  }
}

class FakeWorksheetCollection extends FakeObject<WorkbookState> {
  private itemList: FakeWorksheet[] | undefined;
  constructor(ctx: FakeContext) {
    super(ctx, () => ctx.wb, "WorksheetCollection");
  }
  protected override loadable(prop: string): boolean {
    return /^items\/[A-Za-z]+$/.test(prop);
  }
  protected read(): unknown {
    return null;
  }
  override load(arg?: LoadArg): this {
    const props = loadList(arg).map((p) => {
      if (!this.loadable(p)) throw new Error(`fake: WorksheetCollection loads items/<prop>, not '${p}'`);
      return p.slice("items/".length);
    });
    this.context.enqueue("WorksheetCollection.load", props, () => {
      const items = this.context.wb.sheets.map((s) => {
        const ws = new FakeWorksheet(this.context, s.id);
        ws.fill(props);
        return ws;
      });
      this.context.deliver(
        items.map((i) => i.toJSON()),
        () => (this.itemList = items),
      );
    });
    return this;
  }
  get items(): FakeWorksheet[] {
    if (!this.itemList) throw notLoaded("WorksheetCollection", "items");
    return this.itemList;
  }
  getItem(name: string): FakeWorksheet {
    this.context.pathArgs(name);
    return FakeWorksheet.byName(this.context, name);
  }
  getItemOrNullObject(name: string): FakeWorksheet {
    this.context.pathArgs(name);
    return FakeWorksheet.byName(this.context, name).asNullable("WorksheetCollection.getItemOrNullObject");
  }
  getFirst(visibleOnly?: boolean): FakeWorksheet {
    this.context.pathArgs(visibleOnly);
    const wb = this.context.wb;
    return new FakeWorksheet(this.context, () => {
      if (!wb.supports("1.5")) throw new FakeOfficeError("ApiNotFound", "getFirst needs ExcelApi 1.5");
      const first = wb.sheets.find((s) => !visibleOnly || s.visibility === "Visible");
      if (!first) throw new FakeOfficeError("ItemNotFound", "No worksheet.", "WorksheetCollection.getFirst");
      return first;
    });
  }
  getActiveWorksheet(): FakeWorksheet {
    const wb = this.context.wb;
    return new FakeWorksheet(this.context, () => (wb.activeSheetId ? (wb.byId(wb.activeSheetId) ?? null) : null));
  }
  add(name?: string): FakeWorksheet {
    const ctx = this.context;
    let created: SheetState | null = null;
    ctx.enqueue("WorksheetCollection.add", name, () => {
      ctx.structure("WorksheetCollection.add");
      const n = name ?? `Sheet${ctx.wb.sheets.length + 1}`;
      if (ctx.wb.byName(n)) throw new FakeOfficeError("ItemAlreadyExists", `A sheet named '${n}' exists.`);
      if (n.length > 31 || /[\\/?*[\]:]/.test(n))
        throw new FakeOfficeError("InvalidArgument", `Bad sheet name '${n}'.`);
      created = ctx.wb.addSheetData({ name: n });
    });
    return new FakeWorksheet(ctx, () => created);
  }
}

class FakeWorksheet extends FakeObject<SheetState> {
  constructor(ctx: FakeContext, idOrLocate: string | (() => SheetState | null)) {
    super(ctx, typeof idOrLocate === "string" ? () => ctx.wb.byId(idOrLocate) ?? null : idOrLocate, "Worksheet");
  }
  static byName(ctx: FakeContext, name: string): FakeWorksheet {
    return new FakeWorksheet(ctx, () => ctx.wb.byName(name) ?? null);
  }
  asNullable(where: string, api = "1.4"): this {
    return this.probe(where, api);
  }
  /** Collection items arrive with their properties loaded. */
  fill(props: string[]): void {
    const s = this.target("Worksheet");
    this.nullState = false;
    for (const p of props) this.loaded.set(p, this.read(s, p));
  }
  protected read(s: SheetState, prop: string): unknown {
    switch (prop) {
      case "name":
        return s.name;
      case "id":
        return s.id;
      case "visibility":
        return s.visibility;
      case "position":
        return this.context.wb.sheets.indexOf(s);
      case "showGridlines":
        return s.showGridlines;
      default:
        throw new Error(`fake: Worksheet.${prop} not supported`);
    }
  }
  get name(): string {
    return this.prop("name");
  }
  get id(): string {
    return this.prop("id");
  }
  protected override apiOf(prop: string): string | undefined {
    return prop === "showGridlines" ? "1.8" : undefined;
  }
  get position(): number {
    return this.prop("position");
  }
  set position(p: number) {
    this.context.enqueue("Worksheet.position", p, () => {
      const s = this.target("Worksheet.position");
      const wb = this.context.wb;
      this.context.structure("Worksheet.position");
      if (!Number.isInteger(p) || p < 0 || p >= wb.sheets.length)
        throw new FakeOfficeError("InvalidArgument", `No position ${p} among ${wb.sheets.length} sheets.`);
      wb.sheets.splice(wb.sheets.indexOf(s), 1);
      wb.sheets.splice(p, 0, s);
    });
  }
  get showGridlines(): boolean {
    return this.prop("showGridlines");
  }
  set showGridlines(v: boolean) {
    this.context.enqueue(
      "Worksheet.showGridlines",
      v,
      () => {
        this.target("Worksheet.showGridlines").showGridlines = !!v;
      },
      "1.8",
    );
  }
  get visibility(): string {
    return this.prop("visibility");
  }
  set visibility(v: string) {
    this.context.enqueue("Worksheet.visibility", v, () => {
      const s = this.target("Worksheet.visibility");
      this.context.structure("Worksheet.visibility");
      if (v !== "Visible" && v !== "Hidden" && v !== "VeryHidden") throw new FakeOfficeError("InvalidArgument", v);
      s.visibility = v;
    });
  }
  get protection(): FakeWorksheetProtection {
    return nav(this, "protection", () => new FakeWorksheetProtection(this.context, () => this.locate()));
  }
  get notes(): FakeNoteCollection {
    return nav(this, "notes", () => new FakeNoteCollection(this.context, () => this.locate()));
  }
  get pageLayout(): FakePageLayout {
    return new FakePageLayout(this.context, () => this.locate());
  }
  getRange(address?: string): FakeRange {
    this.context.pathArgs(address);
    return new FakeRange(this.context, () => {
      const s = this.locate();
      if (!s) return null;
      if (address === undefined)
        return { sheet: s, rect: { top: 0, left: 0, bottom: MAX_ROWS - 1, right: MAX_COLS - 1 } };
      const r = parseRangeA1(address);
      if (!r) throw new FakeOfficeError("InvalidArgument", `Bad address '${address}'.`, "Worksheet.getRange");
      return { sheet: s, rect: r };
    });
  }
  getRangeByIndexes(row: number, col: number, rows: number, cols: number): FakeRange {
    this.context.pathArgs(row, col, rows, cols);
    return new FakeRange(this.context, () => {
      const s = this.locate();
      if (!this.context.wb.supports("1.7")) throw new FakeOfficeError("ApiNotFound", "getRangeByIndexes needs 1.7");
      if (rows < 1 || cols < 1) throw new FakeOfficeError("InvalidArgument", "Empty range.");
      return s ? { sheet: s, rect: { top: row, left: col, bottom: row + rows - 1, right: col + cols - 1 } } : null;
    });
  }
  getCell(row: number, col: number): FakeRange {
    return this.getRangeByIndexes(row, col, 1, 1);
  }
  getUsedRangeOrNullObject(valuesOnly?: boolean): FakeRange {
    this.context.pathArgs(valuesOnly);
    const range = new FakeRange(this.context, () => {
      const s = this.locate();
      return s ? usedRect(s, !!valuesOnly) : null;
    });
    return range.nullable("Worksheet.getUsedRangeOrNullObject", "1.4");
  }
  /** The next sheet in tab order, or a null object after the last (a null object's next is one too). */
  getNextOrNullObject(visibleOnly?: boolean): FakeWorksheet {
    this.context.pathArgs(visibleOnly);
    const wb = this.context.wb;
    const next = new FakeWorksheet(this.context, () => {
      const s = this.locate();
      if (!s) return null;
      const i = wb.sheets.indexOf(s);
      return wb.sheets.slice(i + 1).find((x) => !visibleOnly || x.visibility === "Visible") ?? null;
    });
    return next.asNullable("Worksheet.getNextOrNullObject", "1.5");
  }
  activate(): void {
    this.context.enqueue("Worksheet.activate", undefined, () => {
      const s = this.target("Worksheet.activate");
      if (s.visibility !== "Visible") throw new FakeOfficeError("InvalidOperation", "Cannot activate a hidden sheet.");
      this.context.wb.activeSheetId = s.id;
    });
  }
  delete(): void {
    this.context.enqueue("Worksheet.delete", undefined, () => {
      const s = this.target("Worksheet.delete");
      const wb = this.context.wb;
      this.context.structure("Worksheet.delete");
      if (wb.sheets.filter((x) => x !== s && x.visibility === "Visible").length === 0) {
        throw new FakeOfficeError("InvalidOperation", "A workbook must contain at least one visible worksheet.");
      }
      wb.sheets = wb.sheets.filter((x) => x !== s);
      wb.comments = wb.comments.filter((c) => c.sheetId !== s.id);
      if (wb.activeSheetId === s.id) wb.activeSheetId = wb.sheets.find((x) => x.visibility === "Visible")?.id ?? null;
      if (wb.selection?.sheetId === s.id) wb.selection = null;
    });
  }
}

function hasFormat(c: CellState): boolean {
  return !!(
    c.fill ||
    c.bold ||
    c.hyperlink ||
    c.size ||
    c.wrap ||
    c.horizontalAlignment ||
    c.verticalAlignment ||
    c.validation
  );
}

function usedRect(s: SheetState, valuesOnly: boolean): { sheet: SheetState; rect: CellRange } | null {
  let top = Infinity;
  let left = Infinity;
  let bottom = -1;
  let right = -1;
  const take = (r: number, c: number) => {
    top = Math.min(top, r);
    left = Math.min(left, c);
    bottom = Math.max(bottom, r);
    right = Math.max(right, c);
  };
  for (const [k, cell] of s.cells) {
    const used = valuesOnly
      ? cell.value !== null
      : cell.value !== null || cell.numberFormat !== "General" || hasFormat(cell);
    if (used) take(Math.floor(k / MAX_COLS), k % MAX_COLS);
  }
  if (!valuesOnly) for (const m of s.merges) (take(m.top, m.left), take(m.bottom, m.right));
  return bottom < 0 ? null : { sheet: s, rect: { top, left, bottom, right } };
}

/** Worksheet.pageLayout (ExcelApi 1.9): the setters the add-in uses, each checked as Excel checks it. */
class FakePageLayout extends FakeObject<SheetState> {
  constructor(ctx: FakeContext, locate: () => SheetState | null) {
    super(ctx, locate, "PageLayout");
  }
  protected read(s: SheetState, prop: string): unknown {
    if (prop in s.print) return s.print[prop as keyof FakePrintState];
    throw new Error(`fake: PageLayout.${prop} not supported`);
  }
  protected override apiOf(): string {
    return "1.9";
  }
  private set<K extends keyof FakePrintState>(prop: K, v: FakePrintState[K], allowed?: readonly unknown[]): void {
    this.context.enqueue(
      `PageLayout.${prop}`,
      v,
      () => {
        if (allowed && !allowed.includes(v)) throw new FakeOfficeError("InvalidArgument", `${prop}: ${String(v)}`);
        this.target(`PageLayout.${prop}`).print[prop] = v;
      },
      "1.9",
    );
  }
  set orientation(v: FakePrintState["orientation"]) {
    this.set("orientation", v, ["Portrait", "Landscape"]);
  }
  set printGridlines(v: boolean) {
    this.set("printGridlines", v, [true, false]);
  }
  set printComments(v: FakePrintState["printComments"]) {
    this.set("printComments", v, ["NoComments", "EndSheet", "InPlace"]);
  }
  set zoom(v: FakePrintState["zoom"]) {
    const pages = [v.horizontalFitToPages, v.verticalFitToPages].filter((n) => n !== undefined);
    const badPages = pages.some((n) => !Number.isInteger(n) || (n as number) < 0);
    const badScale = v.scale !== undefined && v.scale !== null && (v.scale < 10 || v.scale > 400);
    this.context.enqueue(
      "PageLayout.zoom",
      v,
      () => {
        if (badPages || badScale || (pages.length > 0 && typeof v.scale === "number"))
          throw new FakeOfficeError("InvalidArgument", `zoom: ${JSON.stringify(v)}`);
        this.target("PageLayout.zoom").print.zoom = { ...v };
      },
      "1.9",
    );
  }
  setPrintTitleRows(address: string): void {
    // Excel takes whole rows: "$5:$5" or "5:6".
    if (!/^\$?\d+:\$?\d+$/.test(address)) throw new FakeOfficeError("InvalidArgument", address);
    this.set("titleRows", address);
  }
}

class FakeWorksheetProtection extends FakeObject<SheetState> {
  constructor(ctx: FakeContext, locate: () => SheetState | null) {
    super(ctx, locate, "WorksheetProtection");
  }
  protected read(s: SheetState, prop: string): unknown {
    if (prop === "protected") return s.protected;
    throw new Error(`fake: WorksheetProtection.${prop} not supported`);
  }
  protected override apiOf(): string {
    return "1.2";
  }
  get protected(): boolean {
    return this.prop("protected");
  }
}

// ---------------------------------------------------------------------------------------------
// Ranges

interface RangeRef {
  sheet: SheetState;
  rect: CellRange;
}

function cellAt(s: SheetState, row: number, col: number, create: true): CellState;
function cellAt(s: SheetState, row: number, col: number, create?: false): CellState | undefined;
function cellAt(s: SheetState, row: number, col: number, create = false): CellState | undefined {
  const k = key(row, col);
  let c = s.cells.get(k);
  if (!c && create) {
    c = { value: null, numberFormat: "General" };
    s.cells.set(k, c);
  }
  return c;
}

function forEachCell(ref: RangeRef, fn: (row: number, col: number) => void): void {
  const { rect } = ref;
  if ((rect.bottom - rect.top + 1) * (rect.right - rect.left + 1) > 5_000_000) {
    throw new FakeOfficeError("InvalidArgument", "fake: range too large to touch cell by cell");
  }
  for (let r = rect.top; r <= rect.bottom; r++) for (let c = rect.left; c <= rect.right; c++) fn(r, c);
}

function grid<T>(ref: RangeRef, fn: (cell: CellState | undefined, row: number, col: number) => T): T[][] {
  const out: T[][] = [];
  for (let r = ref.rect.top; r <= ref.rect.bottom; r++) {
    const row: T[] = [];
    for (let c = ref.rect.left; c <= ref.rect.right; c++) row.push(fn(cellAt(ref.sheet, r, c), r, c));
    out.push(row);
  }
  return out;
}

function checkShape(ref: RangeRef, v: unknown, where: string): unknown[][] {
  const rows = ref.rect.bottom - ref.rect.top + 1;
  const cols = ref.rect.right - ref.rect.left + 1;
  if (!Array.isArray(v) || v.length !== rows || v.some((r) => !Array.isArray(r) || r.length !== cols)) {
    throw new FakeOfficeError(
      "InvalidArgument",
      `The number of rows or columns in the input array doesn't match the size or dimensions of the range (${rows}x${cols}).`,
      where,
    );
  }
  return v as unknown[][];
}

/** Excel's reading of a typed-in value: numbers from numeric text and formulas from "=", unless the cell is text ("@"). */
function enteredValue(v: unknown, fmt: string): Value {
  if (v === "" || v === null || v === undefined) return null;
  if (typeof v === "string" && fmt !== "@") {
    if (v.startsWith("=")) return "#NAME?";
    if (/^[-+]?(\d+\.?\d*|\.\d+)([eE][-+]?\d+)?$/.test(v.trim())) return Number(v);
  }
  if (typeof v === "string" || typeof v === "number" || typeof v === "boolean") return v;
  throw new FakeOfficeError("InvalidArgument", `Unsupported value ${String(v)}`);
}

class FakeRange extends FakeObject<RangeRef> {
  constructor(ctx: FakeContext, locate: () => RangeRef | null) {
    super(ctx, locate, "Range");
  }
  nullable(where: string, api: string): this {
    return this.probe(where, api);
  }
  protected read(ref: RangeRef, prop: string): unknown {
    const { rect, sheet } = ref;
    switch (prop) {
      case "address":
        return `${quoteSheet(sheet.name)}!${rangeToA1(rect)}`;
      case "rowIndex":
        return rect.top;
      case "columnIndex":
        return rect.left;
      case "rowCount":
        return rect.bottom - rect.top + 1;
      case "columnCount":
        return rect.right - rect.left + 1;
      case "values":
        return grid(ref, (c) => (c ? (c.value ?? "") : ""));
      case "text":
        return grid(ref, (c) => (c ? (c.text ?? displayText(c.value, c.numberFormat)) : ""));
      case "numberFormat":
        return grid(ref, (c) => c?.numberFormat ?? "General");
      default:
        throw new Error(`fake: Range.${prop} not supported`);
    }
  }
  get address(): string {
    return this.prop("address");
  }
  get rowIndex(): number {
    return this.prop("rowIndex");
  }
  get columnIndex(): number {
    return this.prop("columnIndex");
  }
  get rowCount(): number {
    return this.prop("rowCount");
  }
  get columnCount(): number {
    return this.prop("columnCount");
  }
  get values(): unknown[][] {
    return this.prop("values");
  }
  set values(v: unknown[][]) {
    this.context.enqueue("Range.values", v, () => {
      const ref = this.target("Range.values");
      this.context.writable(ref.sheet, "Range.values");
      const rows = checkShape(ref, v, "Range.values");
      forEachCell(ref, (r, c) => {
        const cell = cellAt(ref.sheet, r, c, true);
        cell.value = enteredValue(rows[r - ref.rect.top][c - ref.rect.left], cell.numberFormat);
        delete cell.text;
      });
    });
  }
  get text(): string[][] {
    return this.prop("text");
  }
  get numberFormat(): unknown[][] {
    return this.prop("numberFormat");
  }
  set numberFormat(v: unknown[][]) {
    this.context.enqueue("Range.numberFormat", v, () => {
      const ref = this.target("Range.numberFormat");
      this.context.writable(ref.sheet, "Range.numberFormat");
      const rows = checkShape(ref, v, "Range.numberFormat");
      forEachCell(ref, (r, c) => {
        const cell = cellAt(ref.sheet, r, c, true);
        cell.numberFormat = String(rows[r - ref.rect.top][c - ref.rect.left] || "General");
        delete cell.text;
      });
    });
  }
  set hyperlink(link: { documentReference?: string; address?: string; textToDisplay?: string }) {
    this.context.enqueue(
      "Range.hyperlink",
      link,
      () => {
        const ref = this.target("Range.hyperlink");
        this.context.writable(ref.sheet, "Range.hyperlink");
        forEachCell(ref, (r, c) => {
          const cell = cellAt(ref.sheet, r, c, true);
          cell.hyperlink = link.documentReference ?? link.address ?? "";
          if (link.textToDisplay !== undefined) {
            cell.value = link.textToDisplay;
            delete cell.text;
          }
        });
      },
      "1.7",
    );
  }
  get format(): FakeRangeFormat {
    return nav(this, "format", () => new FakeRangeFormat(this.context, () => this.locate()));
  }
  get dataValidation(): FakeDataValidation {
    return nav(this, "dataValidation", () => new FakeDataValidation(this.context, () => this.locate()));
  }
  merge(across = false): void {
    this.context.enqueue(
      "Range.merge",
      across,
      () => {
        const ref = this.target("Range.merge");
        this.context.writable(ref.sheet, "Range.merge");
        const { top, left, bottom, right } = ref.rect;
        const areas = across ? span(top, bottom).map((r) => ({ top: r, left, bottom: r, right })) : [ref.rect];
        for (const area of areas) mergeArea(ref.sheet, area);
      },
      "1.2",
    );
  }
  unmerge(): void {
    this.context.enqueue(
      "Range.unmerge",
      undefined,
      () => {
        const ref = this.target("Range.unmerge");
        this.context.writable(ref.sheet, "Range.unmerge");
        ref.sheet.merges = ref.sheet.merges.filter((m) => !intersects(m, ref.rect));
      },
      "1.2",
    );
  }
  getCell(row: number, col: number): FakeRange {
    return new FakeRange(this.context, () => {
      const ref = this.locate();
      if (!ref) return null;
      const r = ref.rect.top + row;
      const c = ref.rect.left + col;
      return { sheet: ref.sheet, rect: { top: r, left: c, bottom: r, right: c } };
    });
  }
  getMergedAreasOrNullObject(): FakeRangeAreas {
    return new FakeRangeAreas(this.context, () => {
      const ref = this.locate();
      if (!ref) return null;
      const areas = ref.sheet.merges.filter((m) => intersects(m, ref.rect));
      // "If the merged areas count in this range is more than 512, then this method will fail to return the result."
      if (areas.length > this.context.wb.options.mergeCap) {
        throw new FakeOfficeError(
          "GeneralException",
          `There are ${areas.length} merged areas in the range, more than ${this.context.wb.options.mergeCap}.`,
          "Range.getMergedAreasOrNullObject",
        );
      }
      return areas.length ? { sheet: ref.sheet, areas } : null;
    }).nullable();
  }
  select(): void {
    this.context.enqueue("Range.select", undefined, () => {
      const ref = this.target("Range.select");
      const wb = this.context.wb;
      if (wb.activeSheetId !== ref.sheet.id) {
        throw new FakeOfficeError(
          "InvalidOperation",
          "Range.select works on the active worksheet only.",
          "Range.select",
        );
      }
      wb.selection = { sheetId: ref.sheet.id, range: { ...ref.rect } };
    });
  }
  clear(applyTo: "All" | "Formats" | "Contents" | "Hyperlinks" = "All"): void {
    this.context.enqueue("Range.clear", applyTo, () => {
      const ref = this.target("Range.clear");
      this.context.writable(ref.sheet, "Range.clear");
      const { rect } = ref;
      for (const [k, cell] of ref.sheet.cells) {
        const r = Math.floor(k / MAX_COLS);
        const c = k % MAX_COLS;
        if (r < rect.top || r > rect.bottom || c < rect.left || c > rect.right) continue;
        if (applyTo === "All" || applyTo === "Contents") {
          cell.value = null;
          delete cell.text;
        }
        if (applyTo === "All" || applyTo === "Formats") {
          cell.numberFormat = "General";
          for (const p of ["fill", "bold", "text", "size", "wrap", "horizontalAlignment", "verticalAlignment"] as const)
            delete cell[p];
        }
        if (applyTo === "All" || applyTo === "Hyperlinks") delete cell.hyperlink;
      }
      if (applyTo === "All" || applyTo === "Formats") {
        // Borders of the range's cells go, and merged areas inside it are unmerged.
        for (const k of [...ref.sheet.borders.keys()]) {
          const [kind, r, c] = k.split(",");
          const row = Number(r) - (kind === "h" && Number(r) > rect.bottom ? 1 : 0);
          const col = Number(c) - (kind === "v" && Number(c) > rect.right ? 1 : 0);
          if (row >= rect.top && row <= rect.bottom && col >= rect.left && col <= rect.right)
            ref.sheet.borders.delete(k);
        }
        ref.sheet.merges = ref.sheet.merges.filter(
          (m) => !(m.top >= rect.top && m.bottom <= rect.bottom && m.left >= rect.left && m.right <= rect.right),
        );
      }
    });
  }
}

/** Excel keeps the upper-left value of a merged area and drops the others; it will not cut through a merged area. */
function mergeArea(sheet: SheetState, area: CellRange): void {
  if (area.top === area.bottom && area.left === area.right) return;
  const hit = sheet.merges.filter((m) => intersects(m, area));
  const inside = (m: CellRange) =>
    m.top >= area.top && m.bottom <= area.bottom && m.left >= area.left && m.right <= area.right;
  if (hit.some((m) => !inside(m)))
    throw new FakeOfficeError("InvalidOperation", `${rangeToA1(area)} cuts through a merged area.`, "Range.merge");
  sheet.merges = sheet.merges.filter((m) => !hit.includes(m));
  for (let r = area.top; r <= area.bottom; r++)
    for (let c = area.left; c <= area.right; c++) {
      const cell = cellAt(sheet, r, c);
      if (cell && (r !== area.top || c !== area.left)) {
        cell.value = null;
        delete cell.text;
      }
    }
  sheet.merges.push({ ...area });
}

class FakeRangeAreas extends FakeObject<{ sheet: SheetState; areas: CellRange[] }> {
  constructor(ctx: FakeContext, locate: () => { sheet: SheetState; areas: CellRange[] } | null) {
    super(ctx, locate, "RangeAreas");
  }
  nullable(): this {
    return this.probe("Range.getMergedAreasOrNullObject", "1.13");
  }
  protected override apiOf(): string {
    return "1.13";
  }
  protected read(e: { sheet: SheetState; areas: CellRange[] }, prop: string): unknown {
    if (prop === "address") return e.areas.map((a) => `${quoteSheet(e.sheet.name)}!${rangeToA1(a)}`).join(",");
    if (prop === "areaCount") return e.areas.length;
    throw new Error(`fake: RangeAreas.${prop} not supported`);
  }
  get address(): string {
    return this.prop("address");
  }
  get areaCount(): number {
    return this.prop("areaCount");
  }
}

/** All equal: that value; mixed: null, as Office.js reads a property over differing cells. */
function uniform<T>(values: T[]): T | null {
  const first = JSON.stringify(values[0]);
  return values.every((v) => JSON.stringify(v) === first) ? values[0] : null;
}

function span(from: number, to: number): number[] {
  return Array.from({ length: to - from + 1 }, (_, i) => from + i);
}

function invalid(where: string, message: string): FakeOfficeError {
  return new FakeOfficeError("InvalidArgument", message, where);
}

/** Excel's defaults: 8.43 characters (48 pt) wide, 15 pt high. */
const DEFAULT_WIDTH = 48;
const DEFAULT_HEIGHT = 15;
const DEFAULT_FONT_SIZE = 11;
const H_ALIGN = ["General", "Left", "Center", "Right", "Fill", "Justify", "CenterAcrossSelection", "Distributed"];
const V_ALIGN = ["Top", "Center", "Bottom", "Justify", "Distributed"];

/** Runs a write on every cell of the range at sync, after the protection check. */
function cellUpdate(
  obj: { context: FakeContext },
  locate: () => RangeRef | null,
  where: string,
  value: unknown,
  fn: (cell: CellState, ref: RangeRef) => void,
  api?: string,
  check?: () => void,
): void {
  obj.context.enqueue(
    where,
    value,
    () => {
      check?.();
      const ref = locate();
      if (!ref) throw new FakeOfficeError("ItemNotFound", "Range does not exist.", where);
      obj.context.writable(ref.sheet, where);
      forEachCell(ref, (r, c) => fn(cellAt(ref.sheet, r, c, true), ref));
    },
    api,
  );
}

class FakeRangeFormat extends FakeObject<RangeRef> {
  constructor(ctx: FakeContext, locate: () => RangeRef | null) {
    super(ctx, locate, "RangeFormat");
  }
  protected override apiOf(prop: string): string | undefined {
    return prop === "columnWidth" || prop === "rowHeight" ? "1.2" : undefined;
  }
  protected read(ref: RangeRef, prop: string): unknown {
    const { sheet, rect } = ref;
    const cells = () => grid(ref, (c) => c).flat();
    switch (prop) {
      case "columnWidth":
        return uniform(span(rect.left, rect.right).map((c) => sheet.widths.get(c) ?? DEFAULT_WIDTH));
      case "rowHeight":
        return uniform(span(rect.top, rect.bottom).map((r) => sheet.heights.get(r) ?? DEFAULT_HEIGHT));
      case "wrapText":
        return uniform(cells().map((c) => !!c?.wrap));
      case "horizontalAlignment":
        return uniform(cells().map((c) => c?.horizontalAlignment ?? "General"));
      case "verticalAlignment":
        return uniform(cells().map((c) => c?.verticalAlignment ?? "Bottom"));
      default:
        throw new Error(`fake: RangeFormat.${prop} not supported`);
    }
  }
  get fill(): FakeRangeFill {
    return nav(this, "fill", () => new FakeRangeFill(this.context, this.locate));
  }
  get font(): FakeRangeFont {
    return nav(this, "font", () => new FakeRangeFont(this.context, this.locate));
  }
  get borders(): FakeRangeBorderCollection {
    return nav(this, "borders", () => new FakeRangeBorderCollection(this.context, this.locate));
  }
  private size(where: string, value: number, max: number, put: (s: SheetState, ref: RangeRef) => void): void {
    this.context.enqueue(
      where,
      value,
      () => {
        if (typeof value !== "number" || !Number.isFinite(value) || value < 0 || value > max)
          throw invalid(where, `${where} must be a number from 0 to ${max}, not ${String(value)}.`);
        const ref = this.target(where);
        this.context.writable(ref.sheet, where);
        put(ref.sheet, ref);
      },
      "1.2",
    );
  }
  get columnWidth(): number {
    return this.prop("columnWidth");
  }
  set columnWidth(points: number) {
    this.size("RangeFormat.columnWidth", points, 1800, (s, { rect }) => {
      for (const c of span(rect.left, rect.right)) s.widths.set(c, points);
    });
  }
  get rowHeight(): number {
    return this.prop("rowHeight");
  }
  set rowHeight(points: number) {
    this.size("RangeFormat.rowHeight", points, 409, (s, { rect }) => {
      for (const r of span(rect.top, rect.bottom)) s.heights.set(r, points);
    });
  }
  get wrapText(): boolean {
    return this.prop("wrapText");
  }
  set wrapText(v: boolean) {
    cellUpdate(this, this.locate, "RangeFormat.wrapText", v, (cell) => {
      if (v) cell.wrap = true;
      else delete cell.wrap;
    });
  }
  private align(where: string, v: string, allowed: string[], put: (cell: CellState) => void): void {
    cellUpdate(this, this.locate, where, v, put, undefined, () => {
      if (!allowed.includes(v)) throw invalid(where, `${where}: '${v}' is not one of ${allowed.join(", ")}.`);
    });
  }
  get horizontalAlignment(): string {
    return this.prop("horizontalAlignment");
  }
  set horizontalAlignment(v: string) {
    this.align("RangeFormat.horizontalAlignment", v, H_ALIGN, (cell) => (cell.horizontalAlignment = v));
  }
  get verticalAlignment(): string {
    return this.prop("verticalAlignment");
  }
  set verticalAlignment(v: string) {
    this.align("RangeFormat.verticalAlignment", v, V_ALIGN, (cell) => (cell.verticalAlignment = v));
  }
}

const BORDER_INDEX = [
  "EdgeTop",
  "EdgeBottom",
  "EdgeLeft",
  "EdgeRight",
  "InsideVertical",
  "InsideHorizontal",
  "DiagonalDown",
  "DiagonalUp",
];
const BORDER_STYLE = ["None", "Continuous", "Dash", "DashDot", "DashDotDot", "Dot", "Double", "SlantDashDot"];
const BORDER_WEIGHT = ["Hairline", "Thin", "Medium", "Thick"];

/** The segments an edge of a range covers; inside edges of a one-column (one-row) range cover none. */
function borderKeys(rect: CellRange, edge: string): string[] {
  const rows = span(rect.top, rect.bottom);
  const cols = span(rect.left, rect.right);
  switch (edge) {
    case "EdgeTop":
      return cols.map((c) => `h,${rect.top},${c}`);
    case "EdgeBottom":
      return cols.map((c) => `h,${rect.bottom + 1},${c}`);
    case "EdgeLeft":
      return rows.map((r) => `v,${r},${rect.left}`);
    case "EdgeRight":
      return rows.map((r) => `v,${r},${rect.right + 1}`);
    case "InsideVertical":
      return rows.flatMap((r) => cols.slice(1).map((c) => `v,${r},${c}`));
    case "InsideHorizontal":
      return rows.slice(1).flatMap((r) => cols.map((c) => `h,${r},${c}`));
    default:
      return rows.flatMap((r) => cols.map((c) => `${edge},${r},${c}`));
  }
}

class FakeRangeBorderCollection extends Surface {
  constructor(
    readonly context: FakeContext,
    private readonly locate: () => RangeRef | null,
  ) {
    super();
    context.path();
  }
  getItem(index: string): FakeRangeBorder {
    this.context.pathArgs(index);
    return new FakeRangeBorder(this.context, this.locate, index);
  }
}

class FakeRangeBorder extends FakeObject<RangeRef> {
  constructor(
    ctx: FakeContext,
    locate: () => RangeRef | null,
    private readonly edge: string,
  ) {
    super(ctx, locate, "RangeBorder");
  }
  protected read(ref: RangeRef, prop: string): unknown {
    if (prop === "sideIndex") return this.edge;
    if (prop !== "style" && prop !== "color" && prop !== "weight")
      throw new Error(`fake: RangeBorder.${prop} not supported`);
    const keys = borderKeys(ref.rect, this.edge);
    const none: FakeBorder = { style: "None", color: "#000000", weight: "Thin" };
    return keys.length ? uniform(keys.map((k) => (ref.sheet.borders.get(k) ?? none)[prop])) : none[prop];
  }
  private update(prop: keyof FakeBorder, v: string, check: (v: string) => boolean): void {
    const where = `RangeBorder.${prop}`;
    this.context.enqueue(where, [this.edge, v], () => {
      if (!BORDER_INDEX.includes(this.edge))
        throw invalid("RangeBorderCollection.getItem", `No border '${this.edge}'.`);
      if (typeof v !== "string" || !check(v)) throw invalid(where, `${where}: bad value '${String(v)}'.`);
      const ref = this.target(where);
      this.context.writable(ref.sheet, where);
      for (const k of borderKeys(ref.rect, this.edge)) {
        const old = ref.sheet.borders.get(k);
        if (prop === "style" && v === "None") ref.sheet.borders.delete(k);
        else
          ref.sheet.borders.set(k, {
            style: old?.style ?? "Continuous",
            color: old?.color ?? "#000000",
            weight: old?.weight ?? "Thin",
            [prop]: prop === "color" ? v.toUpperCase() : v,
          });
      }
    });
  }
  get sideIndex(): string {
    return this.prop("sideIndex");
  }
  get style(): string {
    return this.prop("style");
  }
  set style(v: string) {
    this.update("style", v, (x) => BORDER_STYLE.includes(x));
  }
  get color(): string {
    return this.prop("color");
  }
  set color(v: string) {
    this.update("color", v, (x) => /^#[0-9A-Fa-f]{6}$/.test(x) || /^[A-Za-z]+$/.test(x));
  }
  get weight(): string {
    return this.prop("weight");
  }
  set weight(v: string) {
    this.update("weight", v, (x) => BORDER_WEIGHT.includes(x));
  }
}

const VALIDATION_RULES = ["wholeNumber", "decimal", "date", "time", "textLength", "list", "custom"];

/** Office.js refuses at sync what Excel's data-validation dialog would not take. */
function checkObject(
  where: string,
  v: unknown,
  keys: string[],
  limits: Record<string, number> = {},
): Record<string, unknown> {
  if (typeof v !== "object" || v === null || Array.isArray(v)) throw invalid(where, `${where} must be an object.`);
  const o = v as Record<string, unknown>;
  for (const [k, x] of Object.entries(o)) {
    if (!keys.includes(k)) throw invalid(where, `${where}: unknown member '${k}'.`);
    const max = limits[k];
    if (max !== undefined && (typeof x !== "string" || x.length > max))
      throw invalid(where, `${where}.${k} must be text of at most ${max} characters.`);
  }
  return o;
}

function checkRule(v: unknown): void {
  const where = "DataValidation.rule";
  const o = checkObject(where, v, VALIDATION_RULES);
  const kinds = Object.keys(o);
  if (kinds.length !== 1) throw invalid(where, "A rule has exactly one kind (list, decimal, …).");
  if (o.list !== undefined) {
    const list = checkObject(`${where}.list`, o.list, ["inCellDropDown", "source"]);
    if (typeof list.source !== "string" || list.source.trim() === "" || list.source.length > 255)
      throw invalid(where, "A list source is 1 to 255 characters.");
    if (list.inCellDropDown !== undefined && typeof list.inCellDropDown !== "boolean")
      throw invalid(where, "inCellDropDown is a boolean.");
  }
}

function checkAlert(v: unknown): void {
  const where = "DataValidation.errorAlert";
  const o = checkObject(where, v, ["showAlert", "style", "title", "message"], { title: 32, message: 225 });
  if (o.style !== undefined && !["Stop", "Warning", "Information"].includes(o.style as string))
    throw invalid(where, `Bad alert style '${String(o.style)}'.`);
}

function checkPrompt(v: unknown): void {
  checkObject("DataValidation.prompt", v, ["showPrompt", "title", "message"], { title: 32, message: 255 });
}

const DEFAULT_ALERT = { showAlert: true, style: "Stop", title: "", message: "" };
const DEFAULT_PROMPT = { showPrompt: false, title: "", message: "" };

class FakeDataValidation extends FakeObject<RangeRef> {
  constructor(ctx: FakeContext, locate: () => RangeRef | null) {
    super(ctx, locate, "DataValidation");
  }
  protected override apiOf(): string {
    return "1.8";
  }
  protected read(ref: RangeRef, prop: string): unknown {
    const v = uniform(grid(ref, (c) => c?.validation ?? null).flat());
    const mixed =
      v === null &&
      grid(ref, (c) => c?.validation)
        .flat()
        .some(Boolean);
    switch (prop) {
      case "type":
        if (mixed) return "Inconsistent";
        return v?.rule?.list ? "List" : v?.rule ? "Custom" : "None";
      case "rule":
        return mixed ? null : (v?.rule ?? {});
      case "errorAlert":
        return mixed ? null : { ...DEFAULT_ALERT, ...v?.errorAlert };
      case "prompt":
        return mixed ? null : { ...DEFAULT_PROMPT, ...v?.prompt };
      default:
        throw new Error(`fake: DataValidation.${prop} not supported`);
    }
  }
  private update(key: keyof FakeValidation, v: unknown, check: (v: unknown) => void): void {
    // Office.js serialises the object when it is set: later changes to it do not count.
    const copy = JSON.parse(JSON.stringify(v ?? null)) as Record<string, unknown>;
    cellUpdate(
      this,
      this.locate,
      `DataValidation.${key}`,
      copy,
      (cell) => (cell.validation = { ...cell.validation, [key]: copy }),
      "1.8",
      () => check(copy),
    );
  }
  get type(): string {
    return this.prop("type");
  }
  get rule(): Record<string, unknown> {
    return this.prop("rule");
  }
  set rule(v: Record<string, unknown>) {
    this.update("rule", v, checkRule);
  }
  get errorAlert(): Record<string, unknown> {
    return this.prop("errorAlert");
  }
  set errorAlert(v: Record<string, unknown>) {
    this.update("errorAlert", v, checkAlert);
  }
  get prompt(): Record<string, unknown> {
    return this.prop("prompt");
  }
  set prompt(v: Record<string, unknown>) {
    this.update("prompt", v, checkPrompt);
  }
  clear(): void {
    cellUpdate(this, this.locate, "DataValidation.clear", undefined, (cell) => delete cell.validation, "1.8");
  }
}

class FakeRangeFill extends FakeObject<RangeRef> {
  constructor(ctx: FakeContext, locate: () => RangeRef | null) {
    super(ctx, locate, "RangeFill");
  }
  protected override apiOf(prop: string): string | undefined {
    return prop === "pattern" || prop === "patternColor" ? "1.9" : undefined;
  }
  protected read(ref: RangeRef, prop: string): unknown {
    const fills = grid(ref, (c) => c?.fill);
    const first = fills[0][0];
    const same = fills.every((row) => row.every((f) => JSON.stringify(f) === JSON.stringify(first)));
    if (!same) return null; // mixed fills read as null, as in Excel
    switch (prop) {
      case "color":
        return first ? first.color : "#FFFFFF";
      case "pattern":
        if (this.context.wb.options.nullPattern) return null;
        return first ? first.pattern : "None";
      case "patternColor":
        return first?.patternColor ?? "#000000";
      default:
        throw new Error(`fake: RangeFill.${prop} not supported`);
    }
  }
  private update(where: string, value: unknown, fn: (cell: CellState) => void, api?: string): void {
    this.context.enqueue(
      where,
      value,
      () => {
        const ref = this.target(where);
        this.context.writable(ref.sheet, where);
        forEachCell(ref, (r, c) => fn(cellAt(ref.sheet, r, c, true)));
      },
      api,
    );
  }
  get color(): string {
    return this.prop("color");
  }
  set color(v: string) {
    this.update("RangeFill.color", v, (cell) => {
      const pattern = cell.fill && cell.fill.pattern !== "None" ? cell.fill.pattern : "Solid";
      cell.fill = { ...cell.fill, color: v.toUpperCase(), pattern };
    });
  }
  get pattern(): string {
    return this.prop("pattern");
  }
  set pattern(v: string) {
    this.update(
      "RangeFill.pattern",
      v,
      (cell) => {
        if (v === "None") delete cell.fill;
        else cell.fill = { color: cell.fill?.color ?? "#FFFFFF", ...cell.fill, pattern: v };
      },
      "1.9",
    );
  }
  get patternColor(): string {
    return this.prop("patternColor");
  }
  set patternColor(v: string) {
    this.update(
      "RangeFill.patternColor",
      v,
      (cell) => {
        cell.fill = { color: "#FFFFFF", pattern: "Solid", ...cell.fill, patternColor: v.toUpperCase() };
      },
      "1.9",
    );
  }
  clear(): void {
    this.update("RangeFill.clear", undefined, (cell) => delete cell.fill);
  }
}

class FakeRangeFont extends FakeObject<RangeRef> {
  constructor(ctx: FakeContext, locate: () => RangeRef | null) {
    super(ctx, locate, "RangeFont");
  }
  protected read(ref: RangeRef, prop: string): unknown {
    if (prop === "bold") return grid(ref, (c) => !!c?.bold).every((r) => r.every(Boolean));
    if (prop === "size") return uniform(grid(ref, (c) => c?.size ?? DEFAULT_FONT_SIZE).flat());
    throw new Error(`fake: RangeFont.${prop} not supported`);
  }
  get size(): number {
    return this.prop("size");
  }
  set size(v: number) {
    const where = "RangeFont.size";
    cellUpdate(
      this,
      this.locate,
      where,
      v,
      (cell) => (cell.size = v),
      undefined,
      () => {
        if (typeof v !== "number" || !(v >= 1 && v <= 409))
          throw invalid(where, `Font size ${String(v)} is not 1 to 409.`);
      },
    );
  }
  get bold(): boolean {
    return this.prop("bold");
  }
  set bold(v: boolean) {
    this.context.enqueue("RangeFont.bold", v, () => {
      const ref = this.target("RangeFont.bold");
      this.context.writable(ref.sheet, "RangeFont.bold");
      forEachCell(ref, (r, c) => {
        const cell = cellAt(ref.sheet, r, c, true);
        if (v) cell.bold = true;
        else delete cell.bold;
      });
    });
  }
}

// ---------------------------------------------------------------------------------------------
// Notes (ExcelApi 1.18) and threaded comments (1.10)

interface NoteRef {
  sheet: SheetState;
  row: number;
  col: number;
  cell: CellState;
}

function singleCell(ctx: FakeContext, sheet: SheetState, address: string | FakeRange, where: string) {
  if (typeof address !== "string") {
    throw new FakeOfficeError("InvalidArgument", "fake: pass the cell address as a string", where);
  }
  const { sheet: named, local } = splitSheetAddress(address);
  if (named !== null && ctx.wb.byName(named) !== sheet) {
    throw new FakeOfficeError("InvalidArgument", `Address ${address} is on another sheet.`, where);
  }
  const pos = parseA1(local);
  if (!pos) throw new FakeOfficeError("InvalidCellAddress", `Not a single cell: ${address}`, where);
  return pos;
}

class FakeNoteCollection extends Surface {
  constructor(
    readonly context: FakeContext,
    private readonly locateSheet: () => SheetState | null,
  ) {
    super();
    context.path();
  }
  private sheet(where: string): SheetState {
    const s = this.locateSheet();
    if (!s) throw new FakeOfficeError("ItemNotFound", "Worksheet does not exist.", where);
    return s;
  }
  private noteAt(address: string, where: string): () => NoteRef | null {
    return () => {
      const s = this.sheet(where);
      const pos = singleCell(this.context, s, address, where);
      const cell = cellAt(s, pos.row, pos.col);
      return cell?.note ? { sheet: s, ...pos, cell } : null;
    };
  }
  add(address: string | FakeRange, content: string): FakeNote {
    let made: NoteRef | null = null;
    this.context.enqueue(
      "NoteCollection.add",
      [typeof address === "string" ? address : "range", content],
      () => {
        const s = this.sheet("NoteCollection.add");
        this.context.writable(s, "NoteCollection.add");
        const pos = singleCell(this.context, s, address, "NoteCollection.add");
        const cell = cellAt(s, pos.row, pos.col, true);
        if (cell.note)
          throw new FakeOfficeError("InvalidArgument", "The cell already has a note.", "NoteCollection.add");
        if (this.context.wb.comments.some((c) => c.sheetId === s.id && c.row === pos.row && c.col === pos.col)) {
          throw new FakeOfficeError("InvalidArgument", "The cell has a threaded comment.", "NoteCollection.add");
        }
        cell.note = { content: String(content), author: "绩效检查" };
        made = { sheet: s, ...pos, cell };
      },
      "1.18",
    );
    return new FakeNote(this.context, () => made);
  }
  getItem(address: string): FakeNote {
    this.context.pathArgs(address);
    return new FakeNote(this.context, this.noteAt(address, "NoteCollection.getItem"));
  }
  getItemOrNullObject(address: string): FakeNote {
    this.context.pathArgs(address);
    return new FakeNote(this.context, this.noteAt(address, "NoteCollection.getItemOrNullObject")).nullable();
  }
}

class FakeNote extends FakeObject<NoteRef> {
  constructor(ctx: FakeContext, locate: () => NoteRef | null) {
    super(ctx, locate, "Note");
  }
  nullable(): this {
    return this.probe("NoteCollection.getItemOrNullObject", "1.18");
  }
  protected override apiOf(): string {
    return "1.18";
  }
  protected read(n: NoteRef, prop: string): unknown {
    if (prop === "content") return n.cell.note?.content ?? null;
    if (prop === "authorName") return n.cell.note?.author ?? null;
    throw new Error(`fake: Note.${prop} not supported`);
  }
  get content(): string {
    return this.prop("content");
  }
  set content(v: string) {
    this.context.enqueue(
      "Note.content",
      v,
      () => {
        const n = this.target("Note.content");
        this.context.writable(n.sheet, "Note.content");
        if (n.cell.note) n.cell.note.content = String(v);
      },
      "1.18",
    );
  }
  delete(): void {
    this.context.enqueue(
      "Note.delete",
      undefined,
      () => {
        const n = this.target("Note.delete");
        this.context.writable(n.sheet, "Note.delete");
        delete n.cell.note;
      },
      "1.18",
    );
  }
}

class FakeCommentCollection extends FakeObject<WorkbookState> {
  private itemList: FakeComment[] | undefined;
  constructor(ctx: FakeContext) {
    super(ctx, () => ctx.wb, "CommentCollection");
  }
  protected read(): unknown {
    return null;
  }
  override load(arg?: LoadArg): this {
    const props = loadList(arg).map((p) => {
      if (!/^items\/[A-Za-z]+$/.test(p)) throw new Error(`fake: CommentCollection loads items/<prop>, not '${p}'`);
      return p.slice("items/".length);
    });
    this.context.enqueue(
      "CommentCollection.load",
      props,
      () => {
        const items = this.context.wb.comments.map((c) => {
          const item = new FakeComment(this.context, c.id);
          item.fill(props);
          return item;
        });
        this.context.deliver(
          items.map((i) => i.toJSON()),
          () => (this.itemList = items),
        );
      },
      "1.10",
    );
    return this;
  }
  get items(): FakeComment[] {
    if (!this.itemList) throw notLoaded("CommentCollection", "items");
    return this.itemList;
  }
  getItem(id: string): FakeComment {
    this.context.pathArgs(id);
    return new FakeComment(this.context, id);
  }
  add(address: string | FakeRange, content: string): FakeComment {
    let made: string | null = null;
    this.context.enqueue(
      "CommentCollection.add",
      [typeof address === "string" ? address : "range", content],
      () => {
        if (typeof address !== "string") throw new FakeOfficeError("InvalidArgument", "fake: pass 'Sheet!A1'");
        const { sheet: name, local } = splitSheetAddress(address);
        const s = name === null ? undefined : this.context.wb.byName(name);
        if (!s) throw new FakeOfficeError("InvalidArgument", `No sheet in ${address}.`, "CommentCollection.add");
        this.context.writable(s, "CommentCollection.add");
        const pos = singleCell(this.context, s, local, "CommentCollection.add");
        const wb = this.context.wb;
        if (wb.comments.some((c) => c.sheetId === s.id && c.row === pos.row && c.col === pos.col)) {
          throw new FakeOfficeError("InvalidArgument", "The cell already has a comment.", "CommentCollection.add");
        }
        if (cellAt(s, pos.row, pos.col)?.note) {
          throw new FakeOfficeError("InvalidArgument", "The cell has a note.", "CommentCollection.add");
        }
        made = wb.id("comment");
        wb.comments.push({
          id: made,
          sheetId: s.id,
          ...pos,
          content: String(content),
          author: "绩效检查",
          replies: [],
        });
      },
      "1.10",
    );
    return new FakeComment(this.context, () => made);
  }
}

class FakeComment extends FakeObject<CommentState> {
  constructor(ctx: FakeContext, idOrLocate: string | (() => string | null)) {
    const id = typeof idOrLocate === "string" ? () => idOrLocate : idOrLocate;
    super(
      ctx,
      () => {
        const want = id();
        return ctx.wb.comments.find((c) => c.id === want) ?? null;
      },
      "Comment",
    );
  }
  fill(props: string[]): void {
    const c = this.target("Comment");
    this.nullState = false;
    for (const p of props) this.loaded.set(p, this.read(c, p));
  }
  protected override apiOf(): string {
    return "1.10";
  }
  protected read(c: CommentState, prop: string): unknown {
    switch (prop) {
      case "id":
        return c.id;
      case "content":
        return c.content;
      case "authorName":
        return c.author;
      default:
        throw new Error(`fake: Comment.${prop} not supported`);
    }
  }
  get id(): string {
    return this.prop("id");
  }
  get content(): string {
    return this.prop("content");
  }
  set content(v: string) {
    this.context.enqueue(
      "Comment.content",
      v,
      () => {
        const c = this.target("Comment.content");
        const s = this.context.wb.byId(c.sheetId);
        if (s) this.context.writable(s, "Comment.content");
        c.content = String(v);
      },
      "1.10",
    );
  }
  get replies(): FakeReplyCollection {
    return nav(this, "replies", () => new FakeReplyCollection(this.context, () => this.locate()));
  }
  getLocation(): FakeRange {
    return new FakeRange(this.context, () => {
      const c = this.locate();
      const s = c ? this.context.wb.byId(c.sheetId) : undefined;
      return c && s ? { sheet: s, rect: { top: c.row, left: c.col, bottom: c.row, right: c.col } } : null;
    });
  }
  delete(): void {
    this.context.enqueue(
      "Comment.delete",
      undefined,
      () => {
        const c = this.target("Comment.delete");
        const wb = this.context.wb;
        const s = wb.byId(c.sheetId);
        if (s) this.context.writable(s, "Comment.delete");
        wb.comments = wb.comments.filter((x) => x !== c);
      },
      "1.10",
    );
  }
}

class FakeReplyCollection extends Surface {
  private itemList: FakeReply[] | undefined;
  constructor(
    readonly context: FakeContext,
    private readonly locateComment: () => CommentState | null,
  ) {
    super();
    context.path();
  }
  load(arg?: LoadArg): this {
    const props = loadList(arg).map((p) => {
      if (!/^items\/[A-Za-z]+$/.test(p)) throw new Error(`fake: CommentReplyCollection loads items/<prop>, not '${p}'`);
      return p.slice("items/".length);
    });
    this.context.enqueue(
      "CommentReplyCollection.load",
      props,
      () => {
        const c = this.locateComment();
        if (!c) throw new FakeOfficeError("ItemNotFound", "Comment does not exist.");
        const items = c.replies.map((r) => {
          const item = new FakeReply(this.context, this.locateComment, r.id);
          item.fill(props);
          return item;
        });
        this.context.deliver(
          items.map((i) => i.toJSON()),
          () => (this.itemList = items),
        );
      },
      "1.10",
    );
    return this;
  }
  get items(): FakeReply[] {
    if (!this.itemList) throw notLoaded("CommentReplyCollection", "items");
    return this.itemList;
  }
  add(content: string): FakeReply {
    let made: string | null = null;
    this.context.enqueue(
      "CommentReplyCollection.add",
      content,
      () => {
        const c = this.locateComment();
        if (!c) throw new FakeOfficeError("ItemNotFound", "Comment does not exist.");
        const s = this.context.wb.byId(c.sheetId);
        if (s) this.context.writable(s, "CommentReplyCollection.add");
        made = this.context.wb.id("reply");
        c.replies.push({ id: made, content: String(content), author: "绩效检查" });
      },
      "1.10",
    );
    return new FakeReply(this.context, this.locateComment, () => made);
  }
  getItem(id: string): FakeReply {
    this.context.pathArgs(id);
    return new FakeReply(this.context, this.locateComment, id);
  }
}

class FakeReply extends FakeObject<ReplyState> {
  constructor(
    ctx: FakeContext,
    private readonly locateComment: () => CommentState | null,
    idOrLocate: string | (() => string | null),
  ) {
    const id = typeof idOrLocate === "string" ? () => idOrLocate : idOrLocate;
    super(ctx, () => locateComment()?.replies.find((r) => r.id === id()) ?? null, "CommentReply");
  }
  fill(props: string[]): void {
    const r = this.target("CommentReply");
    this.nullState = false;
    for (const p of props) this.loaded.set(p, this.read(r, p));
  }
  protected read(r: ReplyState, prop: string): unknown {
    if (prop === "id") return r.id;
    if (prop === "content") return r.content;
    if (prop === "authorName") return r.author;
    throw new Error(`fake: CommentReply.${prop} not supported`);
  }
  get id(): string {
    return this.prop("id");
  }
  get content(): string {
    return this.prop("content");
  }
  delete(): void {
    this.context.enqueue(
      "CommentReply.delete",
      undefined,
      () => {
        const r = this.target("CommentReply.delete");
        const c = this.locateComment();
        if (c) c.replies = c.replies.filter((x) => x !== r);
      },
      "1.10",
    );
  }
}

// ---------------------------------------------------------------------------------------------
// Installing, inspecting

export interface FakeOffice {
  /** What to assign to globalThis.Excel / globalThis.Office. */
  Excel: ReturnType<typeof makeRuntime>["Excel"];
  Office: unknown;
  /** Round trips since install or the last resetCounters(). */
  readonly syncs: number;
  /** Request bytes per sync since the last reset. */
  readonly requestBytes: number[];
  /** Response bytes per sync since the last reset (0 for a sync that failed). */
  readonly responseBytes: number[];
  /** The error code of every sync that failed since the last reset. */
  readonly failures: string[];
  /** Another add-in runtime over the same workbook (the ribbon's beside the pane's), its settings read now. */
  runtime(): { Excel: FakeOffice["Excel"]; Office: unknown };
  resetCounters(): void;
  sheetNames(): string[];
  sheetVisibility(name: string): string | null;
  cell(sheet: string, address: string): FakeCellView;
  columnWidth(sheet: string, col: number): number | null;
  rowHeight(sheet: string, row: number): number | null;
  format(sheet: string, address: string): FakeFormatView;
  /** Merged areas in the order they were made ("A1:I1"). */
  merges(sheet: string): string[];
  /** Data validation by area, top to bottom. */
  validations(sheet: string): FakeValidationView[];
  showGridlines(sheet: string): boolean;
  print(sheet: string): FakePrintState;
  comments(): { sheet: string; cell: string; content: string; replies: string[] }[];
  selection(): { sheet: string; address: string } | null;
  activeSheet(): string | null;
  savedSettings(): Record<string, unknown>;
  setEditMode(on: boolean): void;
  setProtected(sheet: string | null, on: boolean): void;
  /** Sets a value the way a user types it (for "the user fixed the cell" tests). */
  type(sheet: string, address: string, value: Value): void;
  /** Paints a cell as the user would. */
  paint(sheet: string, address: string, color: string | null): void;
  /** Renames a sheet as the user would. */
  rename(sheet: string, name: string): void;
  /** Everything, as plain JSON, for before/after comparisons. */
  dump(): unknown;
}

type RunBatch<T> = (context: FakeContext) => Promise<T> | T;

/**
 * One add-in runtime over the workbook (the task pane's, or the ribbon function's): its own
 * Excel.run and its own copy of the document settings, read when the runtime starts and again
 * on refreshAsync, as Office keeps them per runtime.
 */
function makeRuntime(wb: WorkbookState, actions: Record<string, unknown>, cache: Record<string, unknown>) {
  const Excel = {
    async run<T>(optionsOrBatch: { delayForCellEdit?: boolean } | RunBatch<T>, maybeBatch?: RunBatch<T>): Promise<T> {
      const batch = typeof optionsOrBatch === "function" ? optionsOrBatch : maybeBatch;
      if (!batch) throw new Error("fake: Excel.run without a batch function");
      // delayForCellEdit: Excel holds the batch until the user leaves cell edit mode.
      if (typeof optionsOrBatch === "object" && optionsOrBatch.delayForCellEdit && wb.options.editMode) {
        await new Promise<void>((resolve) => wb.editWaiters.push(resolve));
      }
      const context = new FakeContext(wb);
      const result = await batch(expose(context));
      if (context.pending > 0) await context.sync(); // Excel.run flushes what is left
      return result;
    },
  };

  type Callback = (r: { status: string; error?: { message: string } }) => void;
  const copy = (o: Record<string, unknown>) => JSON.parse(JSON.stringify(o)) as Record<string, unknown>;
  const settings = {
    get: (name: string) => (name in cache ? cache[name] : null),
    set: (name: string, value: unknown) => {
      cache[name] = JSON.parse(JSON.stringify(value));
    },
    remove: (name: string) => {
      delete cache[name];
    },
    saveAsync: (cb?: Callback) => {
      setTimeout(() => {
        if (wb.options.failSettingsSave) {
          cb?.({ status: "failed", error: { message: "fake: save failed" } });
          return;
        }
        wb.savedSettings = copy(cache);
        cb?.({ status: "succeeded" });
      }, 0);
    },
    refreshAsync: (cb?: Callback) => {
      setTimeout(() => {
        for (const k of Object.keys(cache)) delete cache[k];
        Object.assign(cache, copy(wb.savedSettings));
        cb?.({ status: "succeeded" });
      }, 0);
    },
  };

  const Office = {
    context: {
      requirements: {
        isSetSupported: (name: string, version?: string) => {
          if (name === "ExcelApi") return wb.supports(version ?? "1.1");
          if (name === "AddinCommands" || name === "RibbonApi") return true;
          return false;
        },
      },
      document: { settings },
      diagnostics: { host: "Excel", platform: "OfficeOnline", version: "16.0" },
    },
    HostType: { Excel: "Excel" },
    PlatformType: { OfficeOnline: "OfficeOnline" },
    AsyncResultStatus: { Succeeded: "succeeded", Failed: "failed" },
    onReady: (cb?: (info: { host: string; platform: string }) => void) => {
      const info = { host: "Excel", platform: "OfficeOnline" };
      cb?.(info);
      return Promise.resolve(info);
    },
    actions: {
      associate: (name: string, fn: unknown) => {
        actions[name] = fn;
      },
    },
  };
  return { Excel, Office };
}

export function installFakeOffice(
  target: Record<string, unknown>,
  data: FakeWorkbookData,
  options: FakeOptions = {},
): FakeOffice {
  const wb = new WorkbookState(JSON.parse(JSON.stringify(data)) as FakeWorkbookData, {
    apiVersion: options.apiVersion ?? "1.18",
    editMode: !!options.editMode,
    maxRequestBytes: options.maxRequestBytes ?? 5 * 1024 * 1024,
    maxResponseBytes: options.maxResponseBytes ?? 5 * 1024 * 1024,
    mergeCap: options.mergeCap ?? 512,
    nullPattern: !!options.nullPattern,
    strictNullChildren: !!options.strictNullChildren,
    failSettingsSave: !!options.failSettingsSave,
  });

  const actions: Record<string, unknown> = {};
  target.__fakeOfficeActions = actions;

  const { Excel, Office } = makeRuntime(wb, actions, wb.settings);
  target.Excel = Excel;
  target.Office = Office;

  const sheetOf = (name: string): SheetState => {
    const s = wb.byName(name);
    if (!s) throw new Error(`fake: no sheet ${name}`);
    return s;
  };
  const pos = (address: string) => {
    const p = parseA1(address);
    if (!p) throw new Error(`fake: bad address ${address}`);
    return p;
  };

  return {
    Excel,
    Office,
    get syncs() {
      return wb.syncs;
    },
    get requestBytes() {
      return [...wb.requestBytes];
    },
    get responseBytes() {
      return [...wb.responseBytes];
    },
    get failures() {
      return [...wb.failures];
    },
    runtime: () => makeRuntime(wb, actions, JSON.parse(JSON.stringify(wb.savedSettings)) as Record<string, unknown>),
    resetCounters() {
      wb.syncs = 0;
      wb.requestBytes = [];
      wb.responseBytes = [];
      wb.failures = [];
    },
    sheetNames: () => wb.sheets.map((s) => s.name),
    sheetVisibility: (name) => wb.byName(name)?.visibility ?? null,
    cell(sheet, address) {
      const s = sheetOf(sheet);
      const p = pos(address);
      const c = cellAt(s, p.row, p.col);
      return {
        value: c?.value ?? null,
        text: c ? (c.text ?? displayText(c.value, c.numberFormat)) : "",
        numberFormat: c?.numberFormat ?? "General",
        fill: c?.fill ? { ...c.fill } : null,
        note: c?.note?.content ?? null,
        bold: !!c?.bold,
        hyperlink: c?.hyperlink ?? null,
      };
    },
    columnWidth: (sheet, col) => sheetOf(sheet).widths.get(col) ?? null,
    rowHeight: (sheet, row) => sheetOf(sheet).heights.get(row) ?? null,
    format(sheet, address) {
      const s = sheetOf(sheet);
      const { row, col } = pos(address);
      const c = cellAt(s, row, col);
      const edge = (k: string) => {
        const b = s.borders.get(k);
        return b ? { ...b } : null;
      };
      return {
        bold: !!c?.bold,
        size: c?.size ?? null,
        fill: c?.fill?.color ?? null,
        wrap: !!c?.wrap,
        horizontalAlignment: c?.horizontalAlignment ?? null,
        verticalAlignment: c?.verticalAlignment ?? null,
        borders: {
          top: edge(`h,${row},${col}`),
          bottom: edge(`h,${row + 1},${col}`),
          left: edge(`v,${row},${col}`),
          right: edge(`v,${row},${col + 1}`),
        },
      };
    },
    merges: (sheet) => sheetOf(sheet).merges.map(rangeToA1),
    validations: (sheet) => validationAreas(sheetOf(sheet)),
    showGridlines: (sheet) => sheetOf(sheet).showGridlines,
    print: (sheet) => ({ ...sheetOf(sheet).print }),
    comments: () =>
      wb.comments.map((c) => ({
        sheet: wb.byId(c.sheetId)?.name ?? "?",
        cell: toA1(c.row, c.col),
        content: c.content,
        replies: c.replies.map((r) => r.content),
      })),
    selection: () => {
      const sel = wb.selection;
      const s = sel ? wb.byId(sel.sheetId) : undefined;
      return sel && s ? { sheet: s.name, address: rangeToA1(sel.range) } : null;
    },
    activeSheet: () => (wb.activeSheetId ? (wb.byId(wb.activeSheetId)?.name ?? null) : null),
    savedSettings: () => JSON.parse(JSON.stringify(wb.savedSettings)) as Record<string, unknown>,
    setEditMode(on) {
      wb.options.editMode = on;
      if (!on) for (const resume of wb.editWaiters.splice(0)) resume();
    },
    setProtected(sheet, on) {
      if (sheet === null) wb.protected = on;
      else sheetOf(sheet).protected = on;
    },
    type(sheet, address, value) {
      const p = pos(address);
      const c = cellAt(sheetOf(sheet), p.row, p.col, true);
      c.value = value;
      delete c.text;
    },
    rename(sheet, name) {
      if (wb.byName(name)) throw new Error(`fake: a sheet ${name} exists`);
      sheetOf(sheet).name = name;
    },
    paint(sheet, address, color) {
      const p = pos(address);
      const c = cellAt(sheetOf(sheet), p.row, p.col, true);
      if (color) c.fill = { color: color.toUpperCase(), pattern: "Solid" };
      else delete c.fill;
    },
    dump() {
      return {
        name: wb.name,
        protected: wb.protected,
        sheets: wb.sheets.map((s) => ({
          name: s.name,
          visibility: s.visibility,
          protected: s.protected,
          merges: s.merges.map(rangeToA1),
          widths: [...s.widths].sort((a, b) => a[0] - b[0]),
          heights: [...s.heights].sort((a, b) => a[0] - b[0]),
          borders: [...s.borders].sort((a, b) => (a[0] < b[0] ? -1 : 1)),
          showGridlines: s.showGridlines,
          cells: [...s.cells]
            .filter(([, c]) => c.value !== null || c.note || c.numberFormat !== "General" || hasFormat(c))
            .sort((a, b) => a[0] - b[0])
            .map(([k, c]) => [
              toA1(Math.floor(k / MAX_COLS), k % MAX_COLS),
              { ...c, text: c.text ?? displayText(c.value, c.numberFormat) },
            ]),
        })),
        comments: wb.comments.map((c) => ({
          sheet: wb.byId(c.sheetId)?.name,
          cell: toA1(c.row, c.col),
          content: c.content,
          replies: c.replies.map((r) => r.content),
        })),
      };
    },
  };
}

/** Cells with the same validation joined into rectangles: row runs, then runs of equal width stacked. */
function validationAreas(s: SheetState): FakeValidationView[] {
  const groups = new Map<string, { v: FakeValidation; cells: [number, number][] }>();
  for (const [k, c] of [...s.cells].sort((a, b) => a[0] - b[0])) {
    if (!c.validation) continue;
    const id = JSON.stringify(c.validation);
    const g = groups.get(id) ?? { v: c.validation, cells: [] };
    g.cells.push([Math.floor(k / MAX_COLS), k % MAX_COLS]);
    groups.set(id, g);
  }
  const out: { rect: CellRange; v: FakeValidation }[] = [];
  for (const { v, cells } of groups.values()) {
    const rects: CellRange[] = [];
    for (const [r, c] of cells) {
      const run = rects.find((x) => x.bottom === r && x.top === r && x.right === c - 1);
      if (run) run.right = c;
      else rects.push({ top: r, left: c, bottom: r, right: c });
    }
    const stacked: CellRange[] = [];
    for (const x of rects) {
      const above = stacked.find((y) => y.bottom === x.top - 1 && y.left === x.left && y.right === x.right);
      if (above) above.bottom = x.bottom;
      else stacked.push(x);
    }
    for (const rect of stacked) out.push({ rect, v });
  }
  return out
    .sort((a, b) => a.rect.top - b.rect.top || a.rect.left - b.rect.left)
    .map(({ rect, v }) => ({ range: rangeToA1(rect), ...(JSON.parse(JSON.stringify(v)) as FakeValidation) }));
}

/** A snapshot-shaped sheet (a SheetBuilder's, say) as fake sheet data. */
export function sheetDataFromSnapshot(
  snapshot: SheetSnapshot,
  extra: Omit<FakeSheetData, "name" | "cells" | "merges"> = {},
): FakeSheetData {
  const cells: Record<string, FakeCellData> = {};
  const r0 = snapshot.origin?.row ?? 0;
  const c0 = snapshot.origin?.col ?? 0;
  snapshot.values.forEach((row, r) =>
    row.forEach((value, c) => {
      const fmt = snapshot.formats?.[r]?.[c];
      if (value === null && (!fmt || fmt === "General")) return;
      const cell: FakeCellData = { value };
      if (fmt && fmt !== "General") cell.numberFormat = fmt;
      const text = snapshot.text?.[r]?.[c] ?? undefined;
      if (text !== undefined && text !== displayText(value, fmt ?? "General")) cell.text = text;
      cells[toA1(r + r0, c + c0)] = cell;
    }),
  );
  return { name: snapshot.name, cells, merges: (snapshot.merges ?? []).map(rangeToA1), ...extra };
}
