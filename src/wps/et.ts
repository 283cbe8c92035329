/**
 * The part of WPS 表格's ET object model (window.Application in a WPS JS add-in) the host uses.
 * It is Excel's VBA object model in JavaScript: synchronous, 1-based, colours as BGR integers,
 * enumerations as numbers. Only what the host calls is declared, so the fake in the tests can be
 * as strict as the real program about everything else.
 */

/** XlSheetVisibility. */
export const XL_SHEET_VISIBLE = -1;
export const XL_SHEET_HIDDEN = 0;
export const XL_SHEET_VERY_HIDDEN = 2;

/** XlPattern numbers and the Office.js FillPattern names the mark store keeps (one store for both hosts). */
export const XL_PATTERN_NONE = -4142;
export const XL_PATTERN_SOLID = 1;
const PATTERNS: Record<string, number> = {
  None: XL_PATTERN_NONE,
  Solid: XL_PATTERN_SOLID,
  Gray50: -4125,
  Gray75: -4126,
  Gray25: -4124,
  Horizontal: -4128,
  Vertical: -4166,
  Down: -4121,
  Up: -4162,
  Checker: 9,
  SemiGray75: 10,
  LightHorizontal: 11,
  LightVertical: 12,
  LightDown: 13,
  LightUp: 14,
  Grid: 15,
  CrissCross: 16,
  Gray16: 17,
  Gray8: 18,
  LinearGradient: 4000,
  RectangularGradient: 4001,
};
const PATTERN_NAMES = new Map(Object.entries(PATTERNS).map(([name, n]) => [n, name]));
/** xlPatternAutomatic: Excel's default solid fill. */
const XL_PATTERN_AUTOMATIC = -4105;

export function patternName(n: number | null | undefined): string {
  if (n === XL_PATTERN_AUTOMATIC) return "Solid";
  return (n !== null && n !== undefined && PATTERN_NAMES.get(n)) || "None";
}

export function patternNumber(name: string): number {
  return PATTERNS[name] ?? XL_PATTERN_SOLID;
}

/** XlValidationType / XlDVAlertStyle / XlFormatConditionOperator for a list drop-down. */
export const XL_VALIDATE_INPUT_ONLY = 0;
export const XL_VALIDATE_LIST = 3;
export const XL_VALID_ALERT_STOP = 1;
export const XL_VALID_ALERT_WARNING = 2;
export const XL_BETWEEN = 1;
/** XlVAlign / XlHAlign. */
export const XL_V_TOP = -4160;
export const XL_V_CENTER = -4108;
export const XL_H_LEFT = -4131;
export const XL_H_CENTER = -4108;
export const XL_H_RIGHT = -4152;
/** XlBordersIndex: left, top, bottom, right, inside vertical; XlLineStyle continuous. */
export const XL_EDGES = { left: 7, top: 8, bottom: 9, right: 10, insideVertical: 11 } as const;
export const XL_CONTINUOUS = 1;

/** "#RRGGBB" -> the BGR integer ET's Color properties hold (red in the low byte). */
export function toBgr(hex: string): number {
  const m = /^#?([0-9a-f]{6})$/i.exec(hex.trim());
  if (!m) return 0xffffff;
  const rgb = parseInt(m[1], 16);
  return ((rgb & 0xff) << 16) | (rgb & 0xff00) | ((rgb >> 16) & 0xff);
}

/** ET's BGR integer -> "#RRGGBB". */
export function fromBgr(bgr: number | null | undefined): string {
  const n = typeof bgr === "number" && Number.isFinite(bgr) ? bgr & 0xffffff : 0xffffff;
  const rgb = ((n & 0xff) << 16) | (n & 0xff00) | ((n >> 16) & 0xff);
  return `#${rgb.toString(16).padStart(6, "0").toUpperCase()}`;
}

export interface EtInterior {
  Color: number;
  Pattern: number;
  PatternColor: number;
}

export interface EtFont {
  Bold: boolean;
  Size: number;
}

export interface EtComment {
  /** VBA's Comment.Text(Text, Start, Overwrite): with no argument, returns the text. */
  Text(text?: string): string;
  Delete(): void;
}

export interface EtBorder {
  LineStyle: number;
  Color: number;
}

export interface EtValidation {
  Add(type: number, alertStyle?: number, operator?: number, formula1?: string): void;
  Delete(): void;
  InCellDropdown: boolean;
  ShowInput: boolean;
  ShowError: boolean;
  InputTitle: string;
  InputMessage: string;
  ErrorTitle: string;
  ErrorMessage: string;
}

export interface EtRange {
  readonly Row: number;
  readonly Column: number;
  readonly Rows: { readonly Count: number };
  readonly Columns: { readonly Count: number };
  /** A single cell's value; a block's is a 2-D array, 1 row per entry. Empty cells: undefined. */
  Value2: unknown;
  /** One cell's display text; a block's is null unless every cell shows the same. */
  readonly Text: unknown;
  /** A block's format is null when its cells differ. */
  NumberFormat: unknown;
  /** A block's is null when part of it is merged. */
  readonly MergeCells: boolean | null;
  readonly MergeArea: EtRange;
  readonly Interior: EtInterior;
  readonly Font: EtFont;
  readonly Comment: EtComment | null;
  readonly Validation: EtValidation;
  WrapText: boolean | null;
  VerticalAlignment: number;
  HorizontalAlignment: number;
  ColumnWidth: number;
  RowHeight: number;
  Address(rowAbsolute?: boolean, columnAbsolute?: boolean): string;
  Cells(row: number, col: number): EtRange;
  Borders(index: number): EtBorder;
  AddComment(text?: string): EtComment;
  ClearComments(): void;
  ClearContents(): void;
  Clear(): void;
  Merge(across?: boolean): void;
  Select(): void;
}

/** XlPageOrientation; XlPrintLocation's "at end of sheet". */
export const XL_PORTRAIT = 1;
export const XL_LANDSCAPE = 2;
export const XL_PRINT_SHEET_END = 1;

export interface EtPageSetup {
  Orientation: number;
  /** False lets FitToPagesWide / FitToPagesTall decide the scale. */
  Zoom: number | boolean;
  FitToPagesWide: number | boolean;
  /** False: as many pages tall as it takes. */
  FitToPagesTall: number | boolean;
  PrintGridlines: boolean;
  PrintTitleRows: string;
  PrintComments: number;
}

export interface EtHyperlinks {
  Add(anchor: EtRange, address: string, subAddress?: string, screenTip?: string, textToDisplay?: string): unknown;
}

export interface EtWorksheet {
  Name: string;
  /** XL_SHEET_VISIBLE, XL_SHEET_HIDDEN or XL_SHEET_VERY_HIDDEN. */
  Visible: number;
  readonly Index: number;
  readonly ProtectContents: boolean;
  readonly UsedRange: EtRange;
  readonly Hyperlinks: EtHyperlinks;
  readonly PageSetup: EtPageSetup;
  Range(address: string): EtRange;
  Cells(row: number, col: number): EtRange;
  Activate(): void;
  Delete(): boolean;
}

export interface EtSheets {
  readonly Count: number;
  /** 1-based, or by name. */
  Item(index: number | string): EtWorksheet;
  /** VBA's optional arguments: undefined where WPS should take its default. */
  Add(before?: EtWorksheet, after?: EtWorksheet, count?: number): EtWorksheet;
}

export interface EtWindow {
  DisplayGridlines: boolean;
}

export interface EtWorkbook {
  readonly Name: string;
  readonly ProtectStructure: boolean;
  readonly Worksheets: EtSheets;
}

export interface EtPluginStorage {
  getItem(key: string): unknown;
  setItem(key: string, value: unknown): void;
}

export interface EtTaskPane {
  readonly ID: string | number;
  Visible: boolean;
}

export interface EtApplication {
  readonly ActiveSheet: EtWorksheet | null;
  readonly ActiveWorkbook: EtWorkbook | null;
  readonly ActiveWindow: EtWindow | null;
  DisplayAlerts: boolean;
  ScreenUpdating: boolean;
  readonly PluginStorage?: EtPluginStorage;
  CreateTaskPane?(url: string, title?: string): EtTaskPane;
  GetTaskPane?(id: string | number): EtTaskPane;
}

interface WpsWindow {
  Application?: EtApplication;
  wps?: { EtApplication?: () => EtApplication };
}

/** The ET application of the page WPS loaded, or null in a plain browser. */
export function etApplication(scope: unknown = globalThis): EtApplication | null {
  const w = scope as WpsWindow;
  if (w.Application && typeof w.Application === "object") return w.Application;
  if (w.wps && typeof w.wps.EtApplication === "function") return w.wps.EtApplication();
  return null;
}
