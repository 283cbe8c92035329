import { Cell, isBlankContent, type Grid } from "../grid";
import type { CellRef, ColumnRole, Indicator, IndicatorHeader, WeightBlock } from "../model";
import { classifyColumn, level1Of, level2Of } from "../locate/labels";
import { parseTarget } from "../value";
import { memoText, normalizeLabel, toHalfWidth } from "../text";
import { isBlankCell } from "./cells";
import { classifyLabel, titleKind } from "../locate/labels";
import { memoByVocabulary } from "../locate/vocabulary";

/** Roles that one set of indicator columns has once: a second one on the header row starts a set beside it. */
const SET_ROLES: ReadonlySet<ColumnRole> = new Set<ColumnRole>(["level2", "level3", "description", "target"]);
/** Grade standards under one header (绩效指标评价标准: 优 | 良 | 中 | 差). */
const GRADE = /^(优|优秀|良|良好|中|中等|合格|及格|低|差|较差|不合格)$/;
const LONG_TERM = /中长期|长期|中期|实施期/;
const ANNUAL = /年度|当年|本年/;

export interface HeaderRead {
  header: IndicatorHeader;
  /** The row where indicators start. */
  firstRow: number;
  /** A long-term set of columns beside the annual one (its rows are the annual set's rows). */
  longTerm: IndicatorHeader | null;
}

type Columns = IndicatorHeader["columns"];

/**
 * Reads the indicator header at (row, col of 一级指标): every column role in that row, and in the rows
 * below while the header's merged cells reach into them (指标值 over 性质 | 值 | 单位, 评价标准 over
 * 优 | 良 | 中 | 差, 指标值 over one column per village), or in the row below when it holds two roles
 * or more. A role repeated on the row starts a second set of columns: long-term and annual side by side.
 */
export function readIndicatorHeader(grid: Grid, row: number, left: number, right: number): HeaderRead {
  const sets: Columns[] = [{}];
  const starts: number[] = [left];
  // The header's last row: its cells' merges, not the leading 绩效指标 column that spans the whole block.
  let bottom = row;
  for (let c = left; c <= right; c++) {
    if (grid.isCovered(row, c)) continue;
    let role = classifyColumn(grid.text(row, c));
    if (!role) continue;
    let cols = sets[sets.length - 1];
    // 绩效指标 right of 指标分类 names the indicator (an older Hebei form).
    if (role === "indicatorGroup" && cols.level1 && c > cols.level1.col) role = "level3";
    if (cols[role] && SET_ROLES.has(role)) {
      cols = {};
      sets.push(cols);
      starts.push(c);
    }
    if (!cols[role]) cols[role] = grid.ref(row, c);
    if (role !== "indicatorGroup") bottom = Math.max(bottom, grid.bottomEdge(row, c));
  }
  const setAt = (c: number): Columns => {
    let k = 0;
    while (k + 1 < starts.length && starts[k + 1] <= c) k++;
    return sets[k];
  };
  const values: NonNullable<IndicatorHeader["values"]> = [];
  for (let r = row + 1; r <= bottom + 1 && r < grid.rowCount; r++) {
    const found: { c: number; role: ColumnRole | null }[] = [];
    let roles = 0;
    for (let c = left; c <= right; c++) {
      const text = grid.text(r, c);
      if (!text || grid.isCovered(r, c)) continue;
      const role = classifyColumn(text);
      found.push({ c, role });
      if (role) roles++;
    }
    // Below the merged header cells, a row is the header's only when it holds two roles (else it is data).
    if (r > bottom && roles < 2) break;
    for (const { c, role } of found) {
      if (role) {
        // A two-row header: the lower row's 指标值 replaces the merged one above it.
        setAt(c)[role] = grid.ref(r, c);
        continue;
      }
      const above = grid.anchor(row, c);
      const over = grid.merge(row, c);
      if (over && over.right > over.left && setAt(c).target?.col === above.col && setAt(c).target?.row === row)
        values.push({ label: grid.ref(r, c), grade: GRADE.test(normalizeLabel(grid.text(r, c))) });
    }
    bottom = Math.max(bottom, r);
  }
  for (const cols of sets) {
    // 指标内容 or 指标描述 with no 三级指标 column is the indicator's name (Hubei, Hunan forms).
    if (!cols.level3 && cols.description) {
      cols.level3 = cols.description;
      delete cols.description;
    }
    // 偏差原因分析 alone (the 财预〔2019〕136号 form) is where the reason is written.
    if (!cols.reason && cols.reasonCategory) {
      cols.reason = cols.reasonCategory;
      delete cols.reasonCategory;
    }
  }
  let annual = sets[0];
  let longTerm: Columns | null = null;
  if (sets.length > 1) {
    const lt = longTermSet(grid, row, sets, left, right);
    longTerm = sets[lt];
    annual = sets[lt === 0 ? 1 : 0];
    for (const [a, b] of [
      [annual, longTerm],
      [longTerm, annual],
    ])
      if (!a.level1 && b.level1) a.level1 = b.level1;
  } else if (annual.longTermTarget) {
    longTerm = { ...annual, target: annual.longTermTarget };
  }
  const header: IndicatorHeader = { row, columns: annual };
  if (values.length > 1) {
    header.values = values;
    annual.target = values[0].label;
  }
  return { header, firstRow: bottom + 1, longTerm: longTerm ? { row, columns: longTerm } : null };
}

/**
 * Which of two sets of columns side by side is the long-term one: the one whose headers say so, else
 * the order of 中长期目标 | 年度目标 in the goal rows above, else the first (forms set it first).
 */
function longTermSet(grid: Grid, row: number, sets: Columns[], left: number, right: number): number {
  const says = sets.map((cols) =>
    Object.values(cols)
      .map((c) => c.text)
      .join(""),
  );
  for (let i = 0; i < says.length; i++)
    if (LONG_TERM.test(says[i]) && !says.some((t, j) => j !== i && LONG_TERM.test(t))) return i;
  for (let r = row - 1; r >= Math.max(grid.firstRow, row - 8); r--) {
    let lt = -1;
    let an = -1;
    for (let c = left; c <= right; c++) {
      const t = grid.text(r, c);
      if (!t || t.length > 24) continue;
      if (lt < 0 && LONG_TERM.test(t)) lt = c;
      else if (an < 0 && ANNUAL.test(t)) an = c;
    }
    if (lt >= 0 && an >= 0) return lt < an ? 0 : sets.length - 1;
  }
  return 0;
}

/** The cell of a column on a row; a merge reaching in from the left is not this column's value. */
function cell(grid: Grid, row: number, ref: CellRef | undefined): CellRef | null {
  if (!ref) return null;
  const own = grid.ref(row, ref.col, true);
  if (own) return own;
  const m = grid.anchor(row, ref.col);
  return new Cell(row, ref.col, "", null, grid.format(m.row, m.col));
}

/** A cell's text as shown, trimmed ("" for a blank cell, whose text trims to nothing). */
function shownText(c: CellRef | null): string {
  return c ? c.text.trim() : "";
}

/** Targets repeat across tables (≥95百分比, 是否超预算支出); parsed results are shared, never mutated. */
const parseTargetCached = memoText(parseTarget, 5000);

/**
 * The operator a 指标性质 / 指标方向 cell stands for: 定性 / 定量 name the kind of value, not an
 * operator (定性 | 优良中低差); 正向 / 反向 mean higher or lower is better.
 */
function natureOperator(c: CellRef | null): string {
  const t = shownText(c);
  if (!t) return t;
  const n = t.replace(/\s+/g, "").replace(/指标$/, "");
  if (n === "定性" || n === "定量") return "";
  if (n === "正向") return "≥";
  if (n === "反向") return "≤";
  return t;
}

/** A cell that ends the indicator rows: a header-block label (not a funding source), a title, an 一级指标 header. */
const endsIndicators = memoByVocabulary((t: string): boolean => {
  const label = classifyLabel(t);
  return (label !== null && label.kind !== "source") || titleKind(t) !== null || classifyColumn(t) === "level1";
});

/**
 * True when the indicator rows end at this row: it is blank, or it starts something else (a new
 * table's labels, a title, a 总分 row). One pass over the row's stored texts for both.
 */
function endsIndicatorRows(grid: Grid, row: number, left: number, right: number): boolean {
  // A banner: one text merged across most of the table (a unit line, a note).
  const m = grid.merge(row, left);
  if (m && m.top === row && m.bottom === row && m.right - m.left >= Math.min(3, right - left)) return true;
  const c0 = grid.firstCol;
  const texts = grid.rowTexts(row);
  const values = grid.rowValues(row);
  let blank = true;
  // Cells past the stored row are empty: nothing there ends the rows or makes the row unblank.
  const end = Math.min(right, grid.rowEnd(row));
  for (let c = left; c <= end; c++) {
    const raw = texts?.[c - c0];
    const t = typeof raw === "string" ? raw : raw === null ? "" : grid.text(row, c);
    if (t && endsIndicators(t) && !grid.isCovered(row, c)) return true;
    if (blank) blank = isBlankContent(t, values?.[c - c0] ?? null);
  }
  return blank;
}

const ROLE_LIST = [
  "actual",
  "forecast",
  "chance",
  "reasonCategory",
  "reason",
  "result",
  "weight",
  "score",
] as const satisfies readonly ColumnRole[];

/** A numbering prefix the province's template left on a name: 指标1:, 1、, 2. */
const NUMBERING = /^(指标)?\d{1,2}[:.、)](?!\d)\s*/;
/** What a template holds before it is filled: …… , 请填写, 略, /. */
const PLACEHOLDER = /^(…+|\.{3,}|-+|—+|请填写.*|待填.*|略|无|\/)$/;

/** A name or value as the row's content: numbering stripped, a template's placeholder read as nothing. */
const contentOf = memoText((text: string): string => {
  // Half-width mapping is one character for one: the prefix's length holds in the text as written.
  const t = text.trim();
  const m = NUMBERING.exec(toHalfWidth(t));
  if (m) return contentOf(t.slice(m[0].length));
  return PLACEHOLDER.test(normalizeLabel(t)) ? "" : t;
});

const TOTAL_ROW = /^(合计|小计|总计|总分)$/;
const TOTAL_WORD = /[计分]/;

/** A weight written after a block's name: 产出指标(50分), 效益指标（30分）, 年度绩效目标1(40分). */
const splitWeight = memoText((text: string): { name: string; weight: number } | null => {
  const m = /^(.*?)\((\d+(?:\.\d+)?)分\)$/.exec(normalizeLabel(text));
  return m ? { name: m[1], weight: Number(m[2]) } : null;
});

const blockWeight = (text: string): number | null => splitWeight(text)?.weight ?? null;

/** The weighted block a label cell opens (年度绩效目标1(40分), 产出指标(50分)), else null. */
export function weightBlockOf(cell: CellRef): WeightBlock | null {
  const w = splitWeight(cell.text);
  return w ? { cell, ...w } : null;
}

/** A number in a 分值 cell, else null. */
function weightIn(c: CellRef | null): number | null {
  if (!c || isBlankCell(c)) return null;
  const text = toHalfWidth(c.text.trim()).replace(/分$/, "");
  const n = typeof c.value === "number" ? c.value : Number(text);
  return text !== "" && Number.isFinite(n) ? n : null;
}

/**
 * Indicator rows from firstRow down to a blank row or the start of something else.
 * First- and second-level names carry down through merges and blank cells. Categories are read from
 * the words wherever they stand: under an umbrella first level (实施效果指标), 产出 and 效益 at the
 * second level are the categories. Rows of a template left unfilled (指标1:, ……, an empty 二级 row)
 * are not indicators.
 */
export function readIndicators(
  grid: Grid,
  header: IndicatorHeader,
  firstRow: number,
  left: number,
  right: number,
  lastRow: number,
): { indicators: Indicator[]; bottom: number } {
  const cols = header.columns;
  const values = header.values;
  // The monitoring and self-evaluation columns this header has, looked up once rather than per row.
  const roles = ROLE_LIST.filter((role) => cols[role]);
  const indicators: Indicator[] = [];
  let level1Text = "";
  let level2Text = "";
  // First levels that carry a weight (产出指标(50分), or a 分值 on their own row), by name.
  // Made when a first level carries one: most tables have none.
  let level1Blocks: Map<string, WeightBlock> | null = null;
  // A 分值 cell merged down over several indicator rows: their shared weight.
  let merged: { block: WeightBlock; bottom: number } | null = null;
  // The first and second levels' readings, kept while their texts run on down merged rows.
  let read1: string | null = null;
  let kind1: ReturnType<typeof level1Of> = null;
  let weight1: number | null = null;
  let read2: string | null = null;
  let kind2: ReturnType<typeof level2Of> = null;
  // Read only when needed: a second level that names a first-level category (实施效果指标 › 产出指标).
  let kind2As1: ReturnType<typeof level1Of> | undefined;
  let r = firstRow;
  for (; r <= lastRow; r++) {
    if (endsIndicatorRows(grid, r, left, right)) break;
    const l1 = cell(grid, r, cols.level1);
    const l2 = cell(grid, r, cols.level2);
    const l3 = cell(grid, r, cols.level3);
    const l1Text = l1?.text.trim() ?? "";
    const l2Own = l2?.text ?? "";
    // Rows past the block: an own first-level cell that names no category, with no category at the second level either.
    if (l1 && l1.row === r && l1Text && !level1Of(l1Text) && !level2Of(l2Own) && !level1Of(l2Own)) break;
    if (l1Text) {
      if (l1Text !== level1Text) level2Text = "";
      level1Text = l1Text;
    }
    const l2Text = l2Own.trim();
    if (l2Text) level2Text = l2Text;
    const description = cell(grid, r, cols.description);
    let targetCell = cell(grid, r, cols.target);
    const nature = cell(grid, r, cols.nature);
    const unit = cell(grid, r, cols.unit);
    let targetText: string;
    if (nature && cols.target && grid.merge(r, cols.target.col)?.left === nature.col) {
      // Split header, a statement merged across 指标性质 and 指标值 (预算年度结束前完成购置计划): it is the value.
      targetCell = nature;
      targetText = shownText(nature);
    } else {
      // Split 指标性质 | 指标值 | 计量单位: an operator and a unit around a blank value is no value ("≥ |  | 批次").
      const value = shownText(targetCell);
      targetText = value ? natureOperator(nature) + value + shownText(unit) : "";
    }
    const level3Text = contentOf(l3?.text ?? "");
    // A flat list has no first level to end on: its 合计 row ends it.
    // Every such word holds 计 or 分, which normalising keeps: most names (unique, a memo miss each) skip it.
    if (TOTAL_WORD.test(level3Text) && TOTAL_ROW.test(normalizeLabel(level3Text))) break;
    const weightCell = cols.weight ? cell(grid, r, cols.weight) : null;
    if (!level3Text && !contentOf(targetText) && isBlankCell(description)) {
      // A first level's own row with only its 分值: the block's weight.
      const w = l1 && l1.row === r && level1Text ? weightIn(weightCell) : null;
      if (w !== null && weightCell)
        (level1Blocks ??= new Map()).set(level1Text, { cell: weightCell, name: level1Text, weight: w });
      continue;
    }
    // An umbrella first level (实施效果指标) over 产出 / 效益 at the second level: those are the categories.
    if (level1Text !== read1) {
      read1 = level1Text;
      kind1 = level1Of(level1Text);
      weight1 = blockWeight(level1Text);
    }
    if (level2Text !== read2) {
      read2 = level2Text;
      kind2 = level2Of(level2Text);
      kind2As1 = undefined;
    }
    let level1Kind = kind1;
    let level2Kind = kind2;
    const shifted = level1Kind && level2Kind ? null : (kind2As1 ??= level1Of(level2Text));
    if (shifted) {
      level1Kind = shifted;
      level2Kind = null;
    }
    const it: Indicator = {
      row: r,
      level1: l1 && l1.row === r && !isBlankCell(l1) ? l1 : null,
      level2: l2 && l2.row === r && !isBlankCell(l2) ? l2 : null,
      level3: l3,
      description,
      level1Text,
      level2Text,
      level3Text,
      level1Kind,
      level2Kind,
      target: targetCell,
      targetText,
      parsed: parseTargetCached(targetText),
      targetBasis: cell(grid, r, cols.targetBasis),
      level1Weight: weight1,
    };
    if (l1 && l1.row === r && !level1Blocks?.has(level1Text)) {
      const named = weightBlockOf(l1);
      if (named) (level1Blocks ??= new Map()).set(level1Text, named);
    }
    const m = weightCell ? grid.merge(r, weightCell.col) : null;
    const w = m && m.top === r && m.bottom > r ? weightIn(weightCell) : null;
    if (w !== null && weightCell)
      merged = { block: { cell: weightCell, name: level1Text, weight: w }, bottom: m!.bottom };
    else if (merged && r > merged.bottom) merged = null;
    const own = level1Blocks?.get(level1Text);
    const blocks = own && merged ? [own, merged.block] : own ? [own] : merged ? [merged.block] : null;
    if (values) {
      it.targets = [];
      for (const v of values) {
        const c = cell(grid, r, v.label) as CellRef;
        const text = shownText(c);
        it.targets.push({ label: v.label.text.trim(), cell: c, text, parsed: parseTargetCached(text) });
      }
    }
    for (let k = 0; k < roles.length; k++) it[roles[k]] = cell(grid, r, cols[roles[k]]);
    if (blocks) it.blocks = blocks;
    // Under a 分值 merged over its rows, an indicator has no weight of its own.
    if (merged) it.weight = null;
    indicators.push(it);
  }
  return { indicators, bottom: r - 1 };
}
