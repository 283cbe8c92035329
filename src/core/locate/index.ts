import type { Grid } from "../grid";
import type { Table, TableKind } from "../model";
import { valueRightOf } from "../read/cells";
import { firstLabel, readFunds, readPlan, scanLabels } from "../read/header";
import { readIndicatorHeader, readIndicators } from "../read/indicators";
import { splitList } from "../read/list";
import { readMonitoringInfo } from "../read/monitoring";
import { readSelfEvaluationInfo } from "../read/self-evaluation";
import { classifyColumn, classifyLabel, mayBeAnchor, titleKind } from "./labels";
import { normalizeLabel } from "../text";

interface Anchor {
  row: number;
  col: number;
  type: "name" | "header";
  /** Leftmost column of the table (the 项目编码 label left of 项目名称, say). */
  left: number;
  right: number;
}

/** Cells that start a table: 项目名称 labels and 一级指标 headers. */
function findAnchors(grid: Grid): Anchor[] {
  const anchors: Anchor[] = [];
  const c0 = grid.firstCol;
  // Every cell of the sheet passes here: read the row arrays, not one accessor call per cell, and keep
  // the loop small (it is compiled while it runs); the few candidates are classified by anchorAt.
  for (let r = grid.firstRow; r < grid.rowCount; r++) {
    const { texts, values } = grid.rowArrays(r);
    const width = Math.max(texts?.length ?? 0, values?.length ?? 0);
    for (let j = 0; j < width; j++) {
      const t = texts?.[j];
      const text = typeof t === "string" ? t : grid.text(r, c0 + j);
      if (!mayBeAnchor(text)) continue;
      const a = anchorAt(grid, r, c0 + j, text);
      if (a) anchors.push(a);
    }
  }
  return anchors;
}

function anchorAt(grid: Grid, row: number, col: number, text: string): Anchor | null {
  if (grid.isCovered(row, col)) return null;
  if (classifyLabel(text)?.kind === "projectName")
    return { row, col, type: "name", left: col, right: grid.colCount - 1 };
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
const LEFT_LABELS = new Set(["projectCode", "budget", "fundsBlock", "plan", "goal", "purpose", "asOf", "department"]);

/**
 * Widens a 项目名称 anchor to the table's left edge: the leftmost label column (项目编码, 预算规模,
 * 资金支出计划, 一级指标 …) on its rows, a few columns to the left at most.
 */
function widen(grid: Grid, a: Anchor): void {
  if (a.type === "name") {
    const lastRow = Math.min(grid.rowCount - 1, a.row + 8);
    for (let c = a.col - 1; c >= Math.max(grid.firstCol, a.col - 8); c--) {
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
  // A list of projects: 单位名称 | 项目名称 | 预算数 | 年度目标 head the columns left of 一级指标 on its row.
  if (a.type === "header") {
    let list = -1;
    let c = a.left - 1;
    for (; c >= Math.max(grid.firstCol, a.left - 8) && grid.text(a.row, c) && !grid.isCovered(a.row, c); c--)
      if (classifyLabel(grid.text(a.row, c))?.kind === "projectName") list = c;
    if (list >= 0) a.left = c + 1;
  }
}

/**
 * A label naming an indicator block of a table with several: 长期绩效指标 / 年度绩效指标, 年度绩效目标1(40分).
 * A bare 绩效指标 names no block.
 */
const BLOCK = /^(中长期|长期|中期|实施期|年度)(绩效)?(指标|目标)\d*(\(.*\))?$|^(年度)?(绩效)?(目标|指标)\d+(\(.*\))?$/;
const LONG_TERM_BLOCK = /^(中长期|长期|中期|实施期)/;

/** The block label of an indicator header: in the column left of 一级指标 (merged down from above), or alone on the row above. */
function blockLabel(grid: Grid, h: Anchor): string | null {
  const candidates: string[] = [];
  if (h.col > grid.firstCol) {
    const a = grid.anchor(h.row, h.col - 1);
    candidates.push(grid.text(a.row, a.col));
  }
  if (h.row > grid.firstRow && !grid.rowIsBlank(h.row - 1, h.col, h.right))
    candidates.push(grid.text(h.row - 1, h.col));
  for (const t of candidates) {
    const n = normalizeLabel(t);
    if (n.length <= 24 && BLOCK.test(n)) return n;
  }
  return null;
}

/** Index of the first anchor below `row` in a list sorted by row. */
function firstBelow(list: Anchor[], row: number): number {
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

/** The kind named by a title, a header column or a kind-specific label. */
function kindOf(
  titleKindFound: TableKind | null,
  columns: Table["header"],
  labels: ReturnType<typeof scanLabels>,
): TableKind {
  if (titleKindFound) return titleKindFound;
  const cols = columns?.columns ?? {};
  if ((cols.score || cols.weight) && cols.actual) return "self-evaluation";
  if (cols.forecast || cols.chance || cols.result || firstLabel(labels, "asOf")) return "monitoring";
  if (firstLabel(labels, "total")) return "self-evaluation";
  return "target";
}

/** Finds and reads every table on a sheet, top to bottom. */
export function locateTables(grid: Grid): Table[] {
  const anchors = findAnchors(grid);
  for (const a of anchors) widen(grid, a);
  const headers = anchors.filter((a) => a.type === "header");
  // A 项目名称 on an indicator header's row heads a list's column (splitList), not a table.
  const headerRows = new Set(headers.map((h) => h.row));
  const names = anchors.filter(
    (a) =>
      a.type === "name" &&
      !(headerRows.has(a.row) && headers.some((h) => h.row === a.row && h.col > a.col && h.col - a.col <= 12)),
  );
  bound(names);
  const tables: Table[] = [];
  const bottoms = new Map<Anchor, number>();

  const starts = [...names];
  // A header with no 项目名称 above it (within its column band, since the previous name) is a table of its own.
  // Anchors are in reading order: walk back from the row above rather than filtering every anchor.
  for (const h of headers) {
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

  for (const a of starts) {
    let prev: Anchor | undefined;
    for (let i = firstBelow(starts, a.row - 1) - 1; i >= 0 && !prev; i--) if (overlaps(starts[i], a)) prev = starts[i];
    let next: Anchor | undefined;
    for (let i = firstBelow(starts, a.row); i < starts.length && !next; i++)
      if (overlaps(starts[i], a)) next = starts[i];
    const floor = prev ? (bottoms.get(prev) ?? prev.row) + 1 : grid.firstRow;
    const limit = next ? next.row - 1 : grid.rowCount - 1;
    const table = readTable(grid, a, next, floor, limit, headers);
    if (!table) continue;
    bottoms.set(a, table.range.bottom);
    const projects = a.type === "header" ? splitList(grid, table) : null;
    if (projects) tables.push(...projects);
    else tables.push(table);
  }
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
  first: Anchor,
  headers: Anchor[],
  bottom: number,
  limit: number,
): number {
  const firstLabel = blockLabel(grid, first);
  if (firstLabel === null) return bottom;
  const { left, right } = table.range;
  let longFirst = LONG_TERM_BLOCK.test(firstLabel);
  for (let i = firstBelow(headers, bottom); i < headers.length && headers[i].row <= limit; i++) {
    const h = headers[i];
    if (h.col < left || h.col > right || h.row <= bottom) continue;
    const label = blockLabel(grid, h);
    if (label === null) break;
    const read = readIndicatorHeader(grid, h.row, left, right);
    const block = readIndicators(grid, read.header, read.firstRow, left, right, limit);
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
  // The next table's preamble is not ours.
  let headEnd = limit;
  if (next) {
    for (let r = next.row - 1; r > a.row && r >= next.row - 4; r--) {
      if (grid.rowIsBlank(r, left, right)) break;
      headEnd = r - 1;
    }
  }

  let headerAnchor: Anchor | undefined = a.type === "header" ? a : undefined;
  for (let i = firstBelow(headers, a.row); !headerAnchor && i < headers.length && headers[i].row <= headEnd; i++)
    if (headers[i].col >= left && headers[i].col <= right) headerAnchor = headers[i];
  const labelBottom = headerAnchor ? headerAnchor.row - 1 : headEnd;
  const labels = a.type === "name" ? scanLabels(grid, top, labelBottom, left, right) : [];
  // A 项目名称 with nothing of a table around it (a ledger's column header, a note) is not a table.
  if (!headerAnchor && !labels.some((l) => TABLE_EVIDENCE.has(l.kind))) return null;

  const table: Table = {
    kind: "target",
    sheet: grid.name,
    range: { top, left, bottom: a.row, right },
    title,
    unitLine,
    projectCodeLabel: firstLabel(labels, "projectCode")?.cell ?? null,
    projectCode: null,
    projectNameLabel: a.type === "name" ? grid.ref(a.row, a.col) : null,
    projectName: null,
    funds: readFunds(grid, labels, right),
    plan: readPlan(grid, labels, right, labelBottom),
    goal: null,
    header: null,
    indicators: [],
    problems: [],
  };
  if (table.projectCodeLabel) table.projectCode = valueRightOf(grid, table.projectCodeLabel);
  if (table.projectNameLabel) table.projectName = valueRightOf(grid, table.projectNameLabel);
  const goal = firstLabel(labels, "goal");
  if (goal) table.goal = valueRightOf(grid, goal.cell);

  let bottom = labels.reduce((m, l) => Math.max(m, grid.bottomEdge(l.cell.row, l.cell.col)), a.row);
  if (headerAnchor) {
    const { header, firstRow, longTerm } = readIndicatorHeader(grid, headerAnchor.row, left, right);
    table.header = header;
    const { indicators, bottom: last } = readIndicators(grid, header, firstRow, left, right, limit);
    table.indicators = indicators;
    if (longTerm)
      table.longTerm = {
        header: longTerm,
        indicators: readIndicators(grid, longTerm, firstRow, left, right, limit).indicators,
      };
    bottom = Math.max(bottom, last, firstRow - 1);
    bottom = readMoreBlocks(grid, table, headerAnchor, headers, bottom, limit);
    if (!header.columns.target && !header.columns.nature)
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
  table.kind = kindOf(title ? titleKind(title.text) : null, table.header, labels);
  if (table.kind === "monitoring") table.monitoring = readMonitoringInfo(grid, labels);
  if (table.kind === "self-evaluation") {
    const tail = scanLabels(grid, bottom + 1, Math.min(bottom + 3, limit), left, right);
    table.selfEvaluation = readSelfEvaluationInfo(grid, [...labels, ...tail], table);
    if (table.selfEvaluation.total) bottom = Math.max(bottom, table.selfEvaluation.total.row);
  }
  table.range.bottom = bottom;
  return table;
}
