/**
 * Monitoring and self-evaluation sheets made from the seed's target tables by the templates, then
 * filled in by code the way a unit fills them in. Cells are found through the locator, never by
 * fixed positions, so the fixtures follow the templates' layout.
 */
import { Grid } from "../../../src/core/grid";
import { locateTables } from "../../../src/core/locate";
import type { CellRef, Table } from "../../../src/core/model";
import type { SheetSnapshot } from "../../../src/core/snapshot";
import {
  monitoringTemplate,
  selfEvaluationTemplate,
  templateSnapshot,
  templateText,
} from "../../../src/core/templates";
import { buildSeedSheet, type SeedProject } from "../../fixtures/seed";
import { SheetBuilder } from "../../fixtures/sheet-builder";
import { writeTargetTable } from "../../fixtures/seed";

/** A cell value as typed: a plain value, or a value with its number format (0.96 shown as 96%). */
export type Typed = string | number | null | { value: string | number | null; numFmt: string };

/**
 * The seed's target tables as the engine reads them (0 办公设备购置, 1 各项公务接待活动, 2 购置公务用车),
 * or a variant of one (cloneProject with a changed indicator).
 */
export function seedTarget(source: number | SeedProject): Table {
  if (typeof source === "number") return locateTables(new Grid(buildSeedSheet().builder.toSnapshot()))[source];
  const b = new SheetBuilder("目标表");
  writeTargetTable(b, source, 0, 0, { title: true });
  return locateTables(new Grid(b.toSnapshot()))[0];
}

export function put(s: SheetSnapshot, cell: { row: number; col: number }, v: Typed): void {
  const { value, numFmt } = v !== null && typeof v === "object" ? v : { value: v, numFmt: undefined };
  while (s.values.length <= cell.row) s.values.push([]);
  s.values[cell.row][cell.col] = value;
  s.text![cell.row] ??= [];
  s.text![cell.row][cell.col] = templateText(value, numFmt);
  s.formats![cell.row] ??= [];
  s.formats![cell.row][cell.col] = numFmt ?? "General";
}

function readBack(s: SheetSnapshot): Table {
  const [t] = locateTables(new Grid(s));
  if (!t) throw new Error("template not found by the locator");
  return t;
}

/** Puts a requested value (undefined: none requested); a request with no cell to take it fails the test. */
function fill(s: SheetSnapshot, cell: CellRef | null | undefined, v: Typed | undefined, what: string): void {
  if (v === undefined) return;
  // Skipping it would let a test pass on a sheet that lacks what the test meant to type.
  if (!cell) throw new Error(`fixture: no cell for ${what}; the template or the locator changed`);
  put(s, cell, v);
}

function fillColumn(
  s: SheetSnapshot,
  cells: (CellRef | null | undefined)[],
  values: Typed[] | undefined,
  what: string,
): void {
  values?.forEach((v, i) => fill(s, cells[i], v, `${what}[${i}]`));
}

export interface MonitoringFill {
  /** 监控截至 (the template says 6月底). */
  asOf?: Typed;
  budget?: Typed;
  /** Actual cumulative spending per checkpoint (3月底, 6月底, 10月底, 12月底). */
  spend?: Typed[];
  actual?: Typed[];
  forecast?: Typed[];
  chance?: Typed[];
  reason?: Typed[];
  result?: Typed[];
}

const pct = (x: number): Typed => ({ value: x, numFmt: "0%" });

/** 各项公务接待活动 at 6月底, on track: every light green. */
export const ON_TRACK: MonitoringFill = {
  spend: [25.2, 50.4],
  actual: [20, pct(0.96), pct(0.95), "是", "否", pct(0.96)],
  forecast: [40, pct(0.96), pct(0.95), "是", "否", pct(0.96)],
  chance: ["确定能", "确定能", "确定能", "确定能", "确定能", "确定能"],
};

export function monitoringSheet(
  project: number | SeedProject = 1,
  values: MonitoringFill = ON_TRACK,
  name = "监控",
): SheetSnapshot {
  const s = templateSnapshot(monitoringTemplate(seedTarget(project)), name);
  const t = readBack(s);
  fill(s, t.monitoring?.asOf, values.asOf, "asOf");
  fill(s, t.funds?.budget, values.budget, "budget");
  fillColumn(
    s,
    (t.plan?.checkpoints ?? []).map((c) => c.actual),
    values.spend,
    "spend",
  );
  for (const k of ["actual", "forecast", "chance", "reason", "result"] as const)
    fillColumn(
      s,
      t.indicators.map((it) => it[k]),
      values[k],
      k,
    );
  return s;
}

/** Replaces one entry of a fill's column. */
export function withRow<T extends MonitoringFill | SelfEvaluationFill>(fill: T, key: keyof T, i: number, v: Typed): T {
  const column = [...((fill[key] as Typed[] | undefined) ?? [])];
  column[i] = v;
  return { ...fill, [key]: column };
}

export interface SelfEvaluationFill {
  budgetFull?: Typed;
  spent?: Typed;
  rate?: Typed;
  execWeight?: Typed;
  execScore?: Typed;
  total?: Typed;
  actual?: Typed[];
  weight?: Typed[];
  score?: Typed[];
  reason?: Typed[];
}

/** 各项公务接待活动 at year end, every target met, 98.50 of 100.80 spent. */
export const ALL_MET: SelfEvaluationFill = {
  spent: { value: 98.5, numFmt: "0.00" },
  actual: [{ value: 40, numFmt: "General" }, pct(0.96), pct(0.95), "是", "否", pct(0.96)],
};

export function selfEvaluationSheet(
  project: number | SeedProject = 1,
  values: SelfEvaluationFill = ALL_MET,
  name = "自评",
): SheetSnapshot {
  const s = templateSnapshot(selfEvaluationTemplate(seedTarget(project)), name);
  const t = readBack(s);
  const info = t.selfEvaluation!;
  const single: [keyof SelfEvaluationFill, CellRef | null][] = [
    ["budgetFull", info.budgetFull],
    ["spent", info.spent],
    ["rate", info.rate],
    ["execWeight", info.weight],
    ["execScore", info.score],
    ["total", info.total],
  ];
  for (const [k, cell] of single) fill(s, cell, values[k] as Typed | undefined, k);
  for (const k of ["actual", "weight", "score", "reason"] as const)
    fillColumn(
      s,
      t.indicators.map((it) => it[k]),
      values[k],
      k,
    );
  return s;
}
