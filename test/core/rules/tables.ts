/** Grids for the rule tests: the seed's tables, one broken thing at a time. */
import { toA1 } from "../../../src/core/snapshot";
import { SheetBuilder } from "../../fixtures/sheet-builder";
import {
  cloneProject,
  writeTargetTable,
  type LayoutOptions,
  type SeedIndicator,
  type SeedProject,
  type WrittenTable,
} from "../../fixtures/seed";

export interface Built {
  sheet: SheetBuilder;
  t: WrittenTable;
  /** A1 address of (row, col) relative to the table's left column. */
  at(row: number, col: number): string;
  /** Row of the k-th indicator. */
  ind(k: number): number;
  /** Columns of the seed layout, relative to the table's left. */
  col: typeof COL;
}

export const COL = { level1: 0, level2: 1, level3: 2, description: 3, target: 5, basis: 6 } as const;

/** Plan value cells: 3月底 is merged over two columns. */
export const PLAN_COL = { 3: 1, 6: 3, 10: 4, 12: 5 } as const;

/**
 * One seed table (project i), edited, written at (top, left) with its title. `after` edits cells
 * once written (blank a cell, type a text).
 */
export function seedTable(
  i = 0,
  edit?: (p: SeedProject) => void,
  opts: LayoutOptions & { top?: number; left?: number; after?: (b: Built) => void } = {},
): Built {
  const p = cloneProject(i);
  edit?.(p);
  const sheet = new SheetBuilder(`表${i + 1}`);
  const left = opts.left ?? 0;
  const t = writeTargetTable(sheet, p, opts.top ?? 0, left, { title: true, ...opts });
  const built: Built = {
    sheet,
    t,
    at: (row, col) => toA1(row, left + col),
    ind: (k) => t.firstIndicatorRow + k,
    col: COL,
  };
  opts.after?.(built);
  return built;
}

/** The seed's three tables, each on its own sheet, as valid cases. */
export function seedCases(): { name: string; sheet: SheetBuilder }[] {
  return [0, 1, 2].map((i) => ({ name: `seed table ${i + 1}`, sheet: seedTable(i).sheet }));
}

/** Sets a cell relative to the table's left column. */
export function put(b: Built, row: number, col: number, value: string | number | null, numFmt?: string): void {
  b.sheet.set(row, b.t.left + col, value, numFmt ? { numFmt } : {});
}

/** Empties rows [from, to] of a built sheet: their cells and every merge that starts in them. */
export function clearRows(b: Built, from: number, to: number): void {
  for (const [k, c] of [...b.sheet.cells]) if (c.row >= from && c.row <= to) b.sheet.cells.delete(k);
  for (let i = b.sheet.merges.length - 1; i >= 0; i--) {
    const m = b.sheet.merges[i];
    if (m.top >= from && m.top <= to) b.sheet.merges.splice(i, 1);
  }
}

export function indicator(
  level1: string,
  level2: string,
  level3: string,
  target: string,
  basis = "根据工作计划安排",
): SeedIndicator {
  return { level1, level2, level3, description: level3, target, basis };
}

/** A project in the 2021 hierarchy (财预〔2021〕101号): 成本指标 first-level with 经济成本 / 社会成本. */
export function project2021(p: SeedProject): void {
  p.indicators = [
    indicator("产出指标", "数量指标", "购置数量", "≥2台"),
    indicator("产出指标", "质量指标", "购置质量合格率", "≥90%"),
    indicator("产出指标", "时效指标", "购置完成时间", "预算年度结束前完成购置计划"),
    indicator("效益指标", "社会效益指标", "办公条件保障", "是否保障办公正常运转"),
    indicator("成本指标", "经济成本指标", "设备购置成本", "≤0.81万元"),
    indicator("成本指标", "社会成本指标", "社会影响", "不发生负面社会影响"),
    indicator("满意度指标", "服务对象满意度指标", "使用人员满意度", "≥90%"),
  ];
}

/**
 * The seed table with its 指标值 split into 指标性质 | 指标值 | 计量单位 (in place of 绩效指标描述):
 * each row's [nature, value, unit].
 */
export function splitTable(
  i: number,
  split: [string, string | number, string][],
  edit?: (p: SeedProject) => void,
): Built {
  return seedTable(i, edit, {
    after: (b) => {
      const rows = [b.t.headerRow, ...split.map((_, k) => b.ind(k))];
      for (let k = b.sheet.merges.length - 1; k >= 0; k--) {
        const m = b.sheet.merges[k];
        if (rows.includes(m.top) && m.left === b.t.left + COL.description) b.sheet.merges.splice(k, 1);
      }
      put(b, b.t.headerRow, 3, "指标性质");
      put(b, b.t.headerRow, 4, "指标值");
      put(b, b.t.headerRow, 5, "计量单位");
      split.forEach(([nature, value, unit], k) => {
        put(b, b.ind(k), 3, nature);
        put(b, b.ind(k), 4, value);
        put(b, b.ind(k), 5, unit);
      });
    },
  });
}

/** The seed's first table's values, split (a fresh copy each call). */
export const splitSeed = (): [string, string | number, string][] => [
  ["≥", 2, "张/把/套/台等"],
  ["≥", 90, "%"],
  ["", "预算年度结束前完成购置计划", ""],
  ["", "严格按照办公设备配置标准执行", ""],
  ["", "是否超预算支出", ""],
  ["≥", 90, "%"],
];
