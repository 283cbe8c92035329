import type { Grid } from "../grid";
import type { CellRef, Indicator, Table, TableKind, TotalLabel } from "../model";
import { readAmount } from "../money";
import { isBlankCell, labelValue } from "../read/cells";
import {
  findFundsHeader,
  fundsFromBlock,
  fundsFromYearColumn,
  readFunds,
  isHeaderText,
  tableUnit,
  type FundsHeader,
} from "../read/funds";
import { firstLabel, readPlan, scanLabels, type FoundLabel } from "../read/header";
import { readIndicatorHeader, readIndicators, weightBlockOf } from "../read/indicators";
import { readMonitoringInfo } from "../read/monitoring";
import { readSelfEvaluationInfo } from "../read/self-evaluation";
import { nameFromTitle } from "../read/title";
import { joinWrapped, normalizeLabel } from "../text";
import {
  classifyColumn,
  classifyLabel,
  isNameLabel,
  MARK_CHAR,
  mayBeAnchor,
  titleKind,
  totalLabelKind,
  type MoneyUnit,
} from "./labels";

interface Anchor {
  row: number;
  col: number;
  type: "name" | "header";
  /** For a name: 0 for a department's name, 1 for 一级/二级项目名称, 2 for a plain project name. */
  weight?: number;
  /** Leftmost column of the table (the 项目编码 label left of 项目名称, say). */
  left: number;
  right: number;
}

/**
 * The sheet's one scan of every cell: the cells that start a table (name labels such as 项目名称,
 * 专项名称, 部门名称, and 一级指标 headers) and the total labels (合计, 小计 …), in reading order.
 */
function scanSheet(grid: Grid): { anchors: Anchor[]; totals: TotalLabel[] } {
  const anchors: Anchor[] = [];
  const totals: TotalLabel[] = [];
  const c0 = grid.firstCol;
  // Every cell of the sheet passes here: read the row arrays, not one accessor call per cell, and keep
  // the loop small (it is compiled while it runs). One character test lets the few candidates through.
  for (let r = grid.firstRow; r < grid.rowCount; r++) {
    const texts = grid.rowTexts(r);
    const width = grid.rowEnd(r) - c0 + 1;
    for (let j = 0; j < width; j++) {
      const t = texts?.[j];
      const text = typeof t === "string" ? t : t === null ? "" : grid.text(r, c0 + j);
      if (text.length === 0 || text.length > 48 || !MARK_CHAR.test(text)) continue;
      if (mayBeAnchor(text)) {
        const a = anchorAt(grid, r, c0 + j, text);
        if (a) anchors.push(a);
      }
      const kind = totalLabelKind(text);
      if (kind) totals.push({ row: r, col: c0 + j, kind });
    }
  }
  return { anchors, totals };
}

/** The total labels inside a table's range (totals in reading order, so the rows are a sorted run). */
function totalsIn(totals: readonly TotalLabel[], range: Table["range"]): TotalLabel[] {
  const out: TotalLabel[] = [];
  for (let i = firstBelow(totals, range.top - 1); i < totals.length && totals[i].row <= range.bottom; i++) {
    const t = totals[i];
    if (t.col >= range.left && t.col <= range.right) out.push(t);
  }
  return out;
}

function anchorAt(grid: Grid, row: number, col: number, text: string): Anchor | null {
  if (grid.isCovered(row, col)) return null;
  const label = classifyLabel(text);
  if (isNameLabel(label)) {
    const weight = label?.kind === "departmentName" ? 0 : label?.rank === 1 ? 2 : 1;
    return { row, col, type: "name", weight, left: col, right: grid.colCount - 1 };
  }
  const role = classifyColumn(text);
  if (role === "level1" || (role === "level3" && isFlatHeader(grid, row, col)))
    return { row, col, type: "header", left: col, right: grid.colCount - 1 };
  return null;
}

/**
 * A flat list's header (a department-wide table): 三级指标 or 指标名称 with a 指标值 column to its
 * right and no 一级 / 二级 column before it on the row.
 */
function isFlatHeader(grid: Grid, row: number, col: number): boolean {
  for (let c = col - 1; c >= Math.max(grid.firstCol, col - 8); c--) {
    const role = classifyColumn(grid.text(row, c));
    if (role === "level1" || role === "level2") return false;
  }
  for (let c = col + 1; c <= Math.min(grid.colCount - 1, col + 8); c++)
    if (classifyColumn(grid.text(row, c)) === "target") return true;
  return false;
}

const TABLE_EVIDENCE = new Set(["projectCode", "budget", "fundsBlock", "plan", "goal", "asOf", "total"]);
const LEFT_LABELS = new Set([
  "projectCode",
  "projectName",
  "departmentName",
  "budget",
  "fundsBlock",
  "plan",
  "goal",
  "purpose",
  "asOf",
  "department",
]);

/**
 * One table's header block may name its subject more than once: 一级项目名称 over 二级项目名称, a
 * department's name over the project's. Those name labels start one table, not several: the lesser
 * one goes (a department's name near a project's name, the later of two tiered names). A name label
 * on the row of an 一级指标 header heads a list's column, not a table. Two plain 项目名称 labels are
 * always two tables.
 */
function mergeNames(names: Anchor[], headers: Anchor[], headerRows: Set<number>): Anchor[] {
  const near = (a: Anchor, b: Anchor, rows: number) =>
    Math.abs(a.row - b.row) <= rows && Math.abs(a.col - b.col) <= 8 && a !== b;
  return names.filter((a) => {
    if (headerRows.has(a.row) && headers.some((h) => h.row === a.row && Math.abs(h.col - a.col) <= 12)) return false;
    if (a.weight === 0) return !names.some((b) => b.weight !== 0 && near(a, b, 8));
    if (a.weight === 1)
      return !names.some(
        (b) =>
          b.weight !== 0 && b.row <= a.row && b.row >= a.row - 3 && near(a, b, 3) && (b.row < a.row || b.col < a.col),
      );
    return true;
  });
}

/**
 * Widens a 项目名称 anchor to the table's left edge: the leftmost label column (项目编码, 预算规模,
 * 资金支出计划, 一级指标 …) on its rows, a few columns to the left at most.
 */
function isGap(grid: Grid, col: number, top: number, bottom: number): boolean {
  for (let r = top; r <= bottom; r++) if (grid.isCovered(r, col) || !grid.isBlank(r, col)) return false;
  return true;
}

function widen(grid: Grid, a: Anchor): void {
  if (a.type === "name") {
    const lastRow = Math.min(grid.rowCount - 1, a.row + 8);
    for (let c = a.col - 1; c >= Math.max(grid.firstCol, a.col - 8); c--) {
      // A column blank down the whole header block parts two tables side by side; so does another
      // plain 项目名称 on the row (two of them are always two tables).
      if (isGap(grid, c, a.row, lastRow)) break;
      const beside = a.weight === 2 && !grid.isCovered(a.row, c) ? classifyLabel(grid.text(a.row, c)) : null;
      if (beside?.kind === "projectName" && beside.rank === 1) break;
      for (let r = a.row; r <= lastRow; r++) {
        const t = grid.text(r, c);
        if (!t) continue;
        const kind = classifyLabel(t)?.kind;
        if (((kind && LEFT_LABELS.has(kind)) || classifyColumn(t) === "level1") && !grid.isCovered(r, c)) {
          a.left = c;
          break;
        }
      }
    }
  }
  // 绩效指标 (self-evaluation) may stand left of 一级指标.
  if (a.type === "header" && a.col > grid.firstCol && classifyColumn(grid.text(a.row, a.col - 1)) === "indicatorGroup")
    a.left = a.col - 1;
}

/**
 * A label naming an indicator block of a table with several: 长期绩效指标 / 年度绩效指标, 年度绩效目标1(40分).
 * A bare 绩效指标 names no block.
 */
const BLOCK = /^(中长期|长期|中期|实施期|年度)(绩效)?(指标|目标)\d*(\(.*\))?$|^(年度)?(绩效)?(目标|指标)\d+(\(.*\))?$/;
const LONG_TERM_BLOCK = /^(中长期|长期|中期|实施期)/;

/** The block label cell of an indicator header: in the column left of 一级指标 (merged down from above), or alone on the row above. */
function blockLabelCell(grid: Grid, h: Anchor): CellRef | null {
  // Both places tried in turn without a list of them: every indicator header passes here.
  if (h.col > grid.firstCol) {
    const a = grid.anchor(h.row, h.col - 1);
    if (isBlockLabel(grid.text(a.row, a.col))) return grid.ref(a.row, a.col);
  }
  if (h.row > grid.firstRow && !grid.rowIsBlank(h.row - 1, h.col, h.right) && isBlockLabel(grid.text(h.row - 1, h.col)))
    return grid.ref(h.row - 1, h.col);
  return null;
}

function isBlockLabel(text: string): boolean {
  const n = normalizeLabel(text);
  return n.length <= 24 && BLOCK.test(n);
}

function blockLabel(grid: Grid, h: Anchor): string | null {
  const cell = blockLabelCell(grid, h);
  return cell ? normalizeLabel(cell.text) : null;
}

/** A goal block's weight (年度绩效目标1(40分)) from its label cell: the outermost block of its indicators. */
function addGoalWeight(label: CellRef | null, indicators: Indicator[]): void {
  const block = label && weightBlockOf(label);
  if (block) for (const it of indicators) it.blocks = [block, ...(it.blocks ?? [])];
}

/** Index of the first item below `row` in a list sorted by row. */
function firstBelow(list: readonly { row: number }[], row: number): number {
  let lo = 0;
  let hi = list.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (list[mid].row <= row) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/**
 * Side by side tables: a table ends one column before the next table to its right, near its rows.
 * The list is sorted by row, so only the anchors within 12 rows are looked at (a sheet may hold thousands).
 */
function bound(anchors: Anchor[]): void {
  for (const a of anchors) {
    const end = firstBelow(anchors, a.row + 12);
    for (let i = firstBelow(anchors, a.row - 13); i < end; i++) {
      const b = anchors[i];
      if (b === a || b.left <= a.col) continue;
      if (b.left - 1 < a.right) a.right = b.left - 1;
    }
  }
}

function overlaps(a: Anchor, b: Anchor): boolean {
  return a.left <= b.right && b.left <= a.right;
}

/** Monitoring's in-year figures: 当前完成值, 1-7月执行情况, 截至目前完成值, 1-6月执行数. */
const IN_YEAR = /^(当前|截至|截止|累计|(1月?[-—–~至])?\d{1,2}月|上?半年)/;

/**
 * The kind by evidence, whatever the title says: in-year columns (全年预计完成, 完成可能性, 当前完成值,
 * 1-7月执行情况, a 1-6月执行数 funds column, 监控截至) make a monitoring table; 得分, 分值 or 权重 beside
 * 完成值, a funds block scored, or 总分 make a self-evaluation. Without such evidence the title
 * decides, then a 完成值 column; else a target table.
 */
function kindOf(
  titleKindFound: TableKind | null,
  columns: Table["header"],
  labels: FoundLabel[],
  block: FundsHeader | null,
): TableKind {
  const cols = columns?.columns ?? {};
  const actual = cols.actual ? normalizeLabel(cols.actual.text) : "";
  const spent = block?.columns.spent ? normalizeLabel(block.columns.spent.text) : "";
  if (
    cols.forecast ||
    cols.chance ||
    cols.result ||
    firstLabel(labels, "asOf") ||
    IN_YEAR.test(actual) ||
    IN_YEAR.test(spent)
  )
    return "monitoring";
  if (
    cols.score ||
    ((cols.weight || block?.columns.weight) && cols.actual) ||
    block?.columns.score ||
    firstLabel(labels, "total")
  )
    return "self-evaluation";
  if (titleKindFound) return titleKindFound;
  if (cols.actual) return "self-evaluation";
  return "target";
}

/** A project code glued to the name: 51000021R000000019951-工资性支出, 13020924P00056410001N 办公设备购置. */
const GLUED_CODE = /^([0-9A-Za-z]*\d{6}[0-9A-Za-z]*)\s*[-_—－:：\s]\s*(.*[\u3400-\u9fff].*)$/;

/** A label's value cell: the label's own cell where the value follows its colon (项目名称：…). */
function valueOf(grid: Grid, label: FoundLabel | undefined, right: number): CellRef | null {
  if (!label) return null;
  return label.match.inline !== undefined ? label.cell : labelValue(grid, label.cell, right, isHeaderText);
}

/** A value's text: after the label's colon where it shares the label's cell. */
function valueText(cell: CellRef | null, label: FoundLabel | undefined): string {
  if (!cell || isBlankCell(cell)) return "";
  return label?.match.inline !== undefined && cell === label.cell ? label.match.inline : cell.text;
}

/** The project's code and name as read (see Table.projectNameText). */
function readIdentity(table: Table, nameLabel?: FoundLabel, codeLabel?: FoundLabel): void {
  const name = joinWrapped(valueText(table.projectName, nameLabel));
  const code = valueText(table.projectCode, codeLabel).trim();
  const glued = GLUED_CODE.exec(name);
  table.projectNameText = glued ? glued[2].trim() : name;
  table.projectCodeText = code || (glued ? glued[1] : "");
  // A form with no name field names its project in its title or unit line.
  if (!table.projectNameLabel)
    for (const line of [table.title, table.unitLine])
      if (line && !table.projectNameText) table.projectNameText = nameFromTitle(line.text);
}

/** The name label that names the table: the most specific project name (二级 over 项目名称 over 一级), else the department's. */
function nameLabel(labels: FoundLabel[]): FoundLabel | undefined {
  let best: FoundLabel | undefined;
  let bestScore = -2;
  for (let i = 0; i < labels.length; i++) {
    const l = labels[i];
    const score = l.kind === "projectName" ? (l.match.rank ?? 1) : l.kind === "departmentName" ? -1 : -2;
    if (score > bestScore) {
      best = l;
      bestScore = score;
    }
  }
  return best;
}

/** Finds and reads every table on a sheet, top to bottom. */
export function locateTables(grid: Grid): Table[] {
  const { anchors, totals } = scanSheet(grid);
  for (let i = 0; i < anchors.length; i++) widen(grid, anchors[i]);
  const headers = anchors.filter((a) => a.type === "header");
  let names = anchors.filter((a) => a.type === "name");
  // Almost every sheet has plain 项目名称 anchors only, none on a header row: nothing to merge.
  const headerRows = new Set(headers.map((h) => h.row));
  if (names.some((a) => a.weight !== 2 || headerRows.has(a.row))) names = mergeNames(names, headers, headerRows);
  bound(names);
  const tables: Table[] = [];
  const bottoms = new Map<Anchor, number>();

  const starts = [...names];
  // A header with no 项目名称 above it (within its column band, since the previous name) is a table of its own.
  // Anchors are in reading order: walk back from the row above rather than filtering every anchor.
  for (let k = 0; k < headers.length; k++) {
    const h = headers[k];
    let owner: Anchor | undefined;
    for (let i = firstBelow(names, h.row - 1) - 1; i >= 0 && !owner; i--) {
      const n = names[i];
      if (overlaps(n, h) && h.col >= n.left && h.col <= n.right) owner = n;
    }
    let before: Anchor | undefined;
    if (owner) {
      const end = firstBelow(headers, h.row - 1);
      for (let i = firstBelow(headers, owner.row); i < end; i++) if (overlaps(headers[i], h)) before = headers[i];
    }
    // A second indicator block of the same project (年度绩效目标2, 长期 then 年度绩效指标) belongs to its table.
    const block = owner && before && blockLabel(grid, before) !== null && blockLabel(grid, h) !== null;
    if (!owner || (before && !block)) starts.push(h);
    else h.right = owner.right;
  }
  bound(starts.filter((s) => s.type === "header"));
  starts.sort((a, b) => a.row - b.row || a.col - b.col);

  // Indexed loops here and above: an array's iterator makes an object per step until the code is optimized.
  for (let k = 0; k < starts.length; k++) {
    const a = starts[k];
    let prev: Anchor | undefined;
    for (let i = firstBelow(starts, a.row - 1) - 1; i >= 0 && !prev; i--) if (overlaps(starts[i], a)) prev = starts[i];
    let next: Anchor | undefined;
    for (let i = firstBelow(starts, a.row); i < starts.length && !next; i++)
      if (overlaps(starts[i], a)) next = starts[i];
    const floor = prev ? (bottoms.get(prev) ?? prev.row) + 1 : grid.firstRow;
    const limit = next ? next.row - 1 : grid.rowCount - 1;
    const nameCol = a.type === "header" ? listNameColumn(grid, a) : -1;
    if (nameCol >= 0) {
      const list = readList(grid, a, nameCol, floor, limit);
      if (list.length) {
        bottoms.set(a, list[list.length - 1].range.bottom);
        for (const t of list) tables.push(t);
        continue;
      }
    }
    const table = readTable(grid, a, next, floor, limit, headers);
    if (!table) continue;
    bottoms.set(a, table.range.bottom);
    tables.push(table);
  }
  // Ranges are final once every table is read.
  for (let i = 0; i < tables.length; i++) tables[i].totals = totals.length ? totalsIn(totals, tables[i].range) : [];
  return tables;
}

/**
 * The table's further indicator blocks, each under its own header and block label (年度绩效目标2(40分),
 * 年度绩效指标 under 长期绩效指标): annual blocks add to the indicators, long-term ones are kept apart.
 * Returns the table's new bottom row.
 */
function readMoreBlocks(
  grid: Grid,
  table: Table,
  firstCell: CellRef | null,
  headers: Anchor[],
  bottom: number,
  limit: number,
): number {
  if (firstCell === null) return bottom;
  const firstLabel = normalizeLabel(firstCell.text);
  const { left, right } = table.range;
  let longFirst = LONG_TERM_BLOCK.test(firstLabel);
  for (let i = firstBelow(headers, bottom); i < headers.length && headers[i].row <= limit; i++) {
    const h = headers[i];
    if (h.col < left || h.col > right || h.row <= bottom) continue;
    const labelCell = blockLabelCell(grid, h);
    if (labelCell === null) break;
    const label = normalizeLabel(labelCell.text);
    const read = readIndicatorHeader(grid, h.row, left, right);
    const block = readIndicators(grid, read.header, read.firstRow, left, right, limit);
    addGoalWeight(labelCell, block.indicators);
    if (LONG_TERM_BLOCK.test(label)) {
      if (table.longTerm) table.longTerm.indicators.push(...block.indicators);
      else table.longTerm = { header: read.header, indicators: block.indicators };
    } else if (longFirst) {
      // The block read first was the long-term one: this is the annual set.
      table.longTerm = { header: table.header!, indicators: table.indicators };
      table.header = read.header;
      table.indicators = block.indicators;
      longFirst = false;
    } else table.indicators.push(...block.indicators);
    bottom = Math.max(bottom, block.bottom, read.firstRow - 1);
  }
  return bottom;
}

/**
 * A list of projects (单位名称 | 项目名称 | 预算数 | 年度目标 | 一级指标 …): the column of the 项目名称
 * heading on the 一级指标 header's row, left of it; -1 when the header starts an ordinary table.
 */
function listNameColumn(grid: Grid, a: Anchor): number {
  for (let c = a.col - 1; c >= Math.max(grid.firstCol, a.col - 8); c--)
    if (!grid.isCovered(a.row, c) && classifyLabel(grid.text(a.row, c))?.kind === "projectName") return c;
  return -1;
}

/** A list's amount column under a heading no header block uses (资金金额, 项目金额, 金额（万元）). */
const LIST_BUDGET = /^(项目|资金|预算|年度|本年|安排)?(金额|资金数|预算)(\((万元|元)\))?$/;

/**
 * Several projects stacked in one list, their name in a column: a project starts on each row with a
 * name and runs to the next; its budget is in the 预算数 column on that row (in the list's unit, 金额单位:元
 * above it). Each project is a table of its own, with the list's header.
 */
function readList(grid: Grid, a: Anchor, nameCol: number, floor: number, limit: number): Table[] {
  let left = nameCol;
  while (left - 1 >= grid.firstCol && !grid.isBlank(a.row, left - 1) && left > a.col - 12) left--;
  const right = a.right;
  let top = a.row;
  let title: CellRef | null = null;
  for (let r = a.row - 1; r >= Math.max(floor, a.row - 4); r--) {
    if (grid.rowIsBlank(r, left, right)) break;
    top = r;
    for (let c = left; c <= right && !title; c++)
      if (!grid.isCovered(r, c) && titleKind(grid.text(r, c))) title = grid.ref(r, c);
  }
  const preamble = scanLabels(grid, top, a.row, left, right);
  const unit = tableUnit(preamble, [title]);
  let budgetCol = -1;
  for (const l of preamble) if (l.kind === "budget" && l.cell.row === a.row) budgetCol = l.cell.col;
  for (let c = left; budgetCol < 0 && c < a.col; c++)
    if (c !== nameCol && !grid.isCovered(a.row, c) && LIST_BUDGET.test(normalizeLabel(grid.text(a.row, c))))
      budgetCol = c;
  const columnUnit = budgetCol >= 0 ? /\((万元|元)\)$/.exec(normalizeLabel(grid.text(a.row, budgetCol))) : null;
  const listUnit = (columnUnit?.[1] as MoneyUnit | undefined) ?? unit;
  const { header, firstRow } = readIndicatorHeader(grid, a.row, left, right);
  const starts: number[] = [];
  for (let r = firstRow; r <= limit; r++) {
    if (grid.rowIsBlank(r, left, right)) break;
    const name = grid.ref(r, nameCol);
    if (name.row === r && !isBlankCell(name)) starts.push(r);
  }
  const out: Table[] = [];
  starts.forEach((start, i) => {
    const end = i + 1 < starts.length ? starts[i + 1] - 1 : limit;
    const { indicators, bottom } = readIndicators(grid, header, start, left, right, end);
    const budget = budgetCol >= 0 ? grid.ref(start, budgetCol) : null;
    const table: Table = {
      kind: title ? (titleKind(title.text) ?? "target") : "target",
      sheet: grid.name,
      range: { top: i === 0 ? top : start, left, bottom: Math.max(bottom, start), right },
      title,
      unitLine: null,
      projectCodeLabel: null,
      projectCode: null,
      projectNameLabel: grid.ref(a.row, nameCol),
      projectName: grid.ref(start, nameCol),
      projectCodeText: "",
      projectNameText: "",
      funds: budget
        ? {
            budgetLabel: grid.ref(a.row, budgetCol),
            budget,
            budgetWan: readAmount(budget, listUnit),
            unit: listUnit,
            sources: [],
            purpose: null,
          }
        : null,
      plan: null,
      goal: null,
      header,
      indicators,
      totals: [],
      problems: [],
    };
    readIdentity(table);
    table.kind = kindOf(table.kind, header, [], null);
    out.push(table);
  });
  return out;
}

function rowHasTitle(grid: Grid, row: number, left: number, right: number): boolean {
  for (let c = left; c <= right; c++) if (!grid.isCovered(row, c) && titleKind(grid.text(row, c))) return true;
  return false;
}

/**
 * Reads the table at one anchor, between the rows of its neighbours; null when nothing of a table is
 * there. A function of its own: called once per table, it is optimised early, where the loop of a
 * sheet would wait for on-stack replacement.
 */
function readTable(
  grid: Grid,
  a: Anchor,
  next: Anchor | undefined,
  floor: number,
  limit: number,
  headers: Anchor[],
): Table | null {
  const left = a.left;
  const right = Math.min(a.right, grid.colCount - 1);

  // Preamble above the anchor: title, unit line, 项目编码 on its own row.
  let top = a.row;
  let title: Table["title"] = null;
  let unitLine: Table["unitLine"] = null;
  for (let r = a.row - 1; r >= Math.max(floor, a.row - 4); r--) {
    if (grid.rowIsBlank(r, left, right)) break;
    top = r;
    for (let c = left; c <= right; c++) {
      const t = grid.text(r, c);
      if (!t || grid.isCovered(r, c)) continue;
      if (!title && titleKind(t)) title = grid.ref(r, c);
      else if (!unitLine && c === left && !classifyLabel(t)) unitLine = grid.ref(r, c);
    }
  }
  // The next table's preamble is not ours; it starts at its title where it has one.
  let headEnd = limit;
  if (next) {
    for (let r = next.row - 1; r > a.row && r >= next.row - 4; r--) {
      if (grid.rowIsBlank(r, left, right)) break;
      headEnd = r - 1;
      if (rowHasTitle(grid, r, left, right)) break;
    }
  }

  let headerAnchor: Anchor | undefined = a.type === "header" ? a : undefined;
  for (let i = firstBelow(headers, a.row); !headerAnchor && i < headers.length && headers[i].row <= headEnd; i++)
    if (headers[i].col >= left && headers[i].col <= right) headerAnchor = headers[i];
  const labelBottom = headerAnchor ? headerAnchor.row - 1 : headEnd;
  const labels = a.type === "name" ? scanLabels(grid, top, labelBottom, left, right) : [];
  // A 项目名称 with nothing of a table around it (a ledger's column header, a note) is not a table.
  if (!headerAnchor && !labels.some((l) => TABLE_EVIDENCE.has(l.kind))) return null;

  const unit = tableUnit(labels, [title, unitLine]);
  // A funds block with column headers (年初预算数 | 全年预算数 | 全年执行数 …) gives the budget of any kind.
  const block = a.type === "name" ? findFundsHeader(grid, top, labelBottom, left, right, labels) : null;
  const codeLabel = firstLabel(labels, "projectCode");
  const bestName = nameLabel(labels);
  const table: Table = {
    kind: "target",
    sheet: grid.name,
    range: { top, left, bottom: a.row, right },
    title,
    unitLine,
    projectCodeLabel: codeLabel?.cell ?? null,
    projectCode: null,
    projectNameLabel: bestName?.cell ?? null,
    projectName: null,
    projectCodeText: "",
    projectNameText: "",
    funds:
      (block && fundsFromBlock(grid, labels, block, left, unit, labelBottom)) ??
      readFunds(grid, labels, right, unit) ??
      (a.type === "name" ? fundsFromYearColumn(grid, labels, top, labelBottom, left, right, unit) : null),
    plan: readPlan(grid, labels, right, labelBottom),
    goal: null,
    header: null,
    indicators: [],
    totals: [],
    problems: [],
  };
  table.projectCode = valueOf(grid, codeLabel, right);
  table.projectName = valueOf(grid, bestName, right);
  readIdentity(table, bestName, codeLabel);
  table.goal = valueOf(grid, firstLabel(labels, "goal"), right);

  let bottom = labels.reduce((m, l) => Math.max(m, grid.bottomEdge(l.cell.row, l.cell.col)), a.row);
  if (headerAnchor) {
    const { header, firstRow, longTerm } = readIndicatorHeader(grid, headerAnchor.row, left, right);
    table.header = header;
    const { indicators, bottom: last } = readIndicators(grid, header, firstRow, left, right, limit);
    table.indicators = indicators;
    // The first block's label (年度绩效目标1(40分), 长期绩效指标), found once for its weight and the blocks after it.
    const blockCell = blockLabelCell(grid, headerAnchor);
    addGoalWeight(blockCell, indicators);
    if (longTerm)
      table.longTerm = {
        header: longTerm,
        indicators: readIndicators(grid, longTerm, firstRow, left, right, limit).indicators,
      };
    bottom = Math.max(bottom, last, firstRow - 1);
    bottom = readMoreBlocks(grid, table, blockCell, headers, bottom, limit);
    if (!header.columns.target)
      table.problems.push({
        row: header.row,
        col: header.columns.level1?.col ?? left,
        message: "指标表头中没有“指标值”列，无法读取指标值。请在表头加上“指标值”列。",
      });
    if (indicators.length === 0)
      table.problems.push({
        row: header.row,
        col: header.columns.level1?.col ?? left,
        message: "指标表头下没有指标行。请在表头下逐行填写一级、二级、三级指标和指标值。",
      });
  } else {
    table.problems.push({
      row: a.row,
      col: a.col,
      message:
        "此表找不到指标表头（一级指标 | 二级指标 | 三级指标 | 指标值），表格可能不完整。请补上指标表头和指标行。",
    });
  }
  table.kind = kindOf(title ? titleKind(title.text) : null, table.header, labels, block);
  if (table.kind === "monitoring")
    table.monitoring = readMonitoringInfo(grid, labels, [table.header?.columns.actual, block?.columns.spent]);
  if (table.kind === "self-evaluation") {
    const tail = scanLabels(grid, bottom + 1, Math.min(bottom + 3, limit), left, right);
    table.selfEvaluation = readSelfEvaluationInfo(grid, [...labels, ...tail], table, block);
    if (table.selfEvaluation.total) bottom = Math.max(bottom, table.selfEvaluation.total.row);
  }
  table.range.bottom = bottom;
  return table;
}
