import type { Indicator, Table } from "../model";
import { squash } from "../text";
import { HEADER, INPUT, TEXT, type TemplateWriter } from "./writer";

/** What a new monitoring or self-evaluation sheet takes from its source table. */
export interface SourceFacts {
  projectCode: string;
  projectName: string;
  /** 预算数 as shown, e.g. 100.8 (null when blank or unreadable). */
  budget: number | null;
  /** 财政资金 and the other sources, summed (null when the table lists none). */
  fiscal: number | null;
  other: number | null;
  /** Unit name without its numeric code (442001曹妃甸区… -> 曹妃甸区…). */
  unit: string;
  goal: string;
  /** Budget year from the project code (13020924P… -> 2024), else null. */
  year: number | null;
  checkpoints: { month: number; percent: number | null }[];
  indicators: SourceIndicator[];
}

export interface SourceIndicator {
  level1: string;
  level2: string;
  level3: string;
  target: string;
  /** For weights: the categories as the engine read them. */
  indicator: Pick<Indicator, "level1Kind" | "level2Kind" | "level3Text">;
}

const STANDARD_CHECKPOINTS = [3, 6, 10, 12];

/** A table a new sheet can start from: it has something to carry (a name, a code, an indicator). */
export function canBeSource(table: Table): boolean {
  return !!(table.projectNameText || table.projectCodeText || table.indicators.length);
}

function sum(values: (number | null)[]): number | null {
  const known = values.filter((v): v is number => v !== null);
  if (!known.length) return null;
  // Cents avoid 0.1 + 0.2 in a money sum.
  return known.reduce((s, v) => s + Math.round(v * 100), 0) / 100;
}

export function sourceFacts(table: Table | null | undefined): SourceFacts {
  const code = table?.projectCodeText ?? "";
  const yy = /^\d{6}(\d{2})[A-Za-z]/.exec(code);
  const sources = table?.funds?.sources ?? [];
  const fiscal = sources.filter((s) => /财政|拨款/.test(s.name) && !/专户/.test(s.name));
  const other = sources.filter((s) => !fiscal.includes(s));
  const checkpoints = table?.plan?.checkpoints.length
    ? table.plan.checkpoints.map((c) => ({ month: c.month, percent: c.plannedPercent }))
    : STANDARD_CHECKPOINTS.map((month) => ({ month, percent: null }));
  return {
    projectCode: code,
    projectName: table?.projectNameText ?? "",
    budget: table?.funds?.budgetWan?.toNumber() ?? null,
    fiscal: sum(fiscal.map((s) => s.amountWan?.toNumber() ?? null)),
    other: sum(other.map((s) => s.amountWan?.toNumber() ?? null)),
    unit: squash(table?.unitLine?.text ?? "").replace(/^\d+\s*/, ""),
    goal: table?.goal?.text.trim() ?? "",
    year: yy ? 2000 + Number(yy[1]) : null,
    checkpoints: checkpoints.slice(0, 8),
    indicators: (table?.indicators ?? []).map((it) => ({
      level1: it.level1Text,
      level2: it.level2Text,
      level3: it.level3Text || squash(it.description?.text ?? ""),
      target: it.targetText,
      indicator: it,
    })),
  };
}

/** Runs of equal 一级指标 in order: merged as the forms merge them. */
function level1Runs(indicators: SourceIndicator[]): { start: number; end: number; name: string }[] {
  const runs: { start: number; end: number; name: string }[] = [];
  indicators.forEach((it, i) => {
    const last = runs[runs.length - 1];
    if (last && last.name === it.level1 && it.level1) last.end = i;
    else runs.push({ start: i, end: i, name: it.level1 });
  });
  return runs;
}

/**
 * The indicator block of a new form: its header row at `head`, then a row per source indicator
 * (`rows` blank ones when there are none) with 一级指标 in column `col`, merged by runs, then
 * 二级指标, 三级指标 and 指标值. Returns the indicator rows.
 */
export function writeIndicatorBlock(
  w: TemplateWriter,
  indicators: SourceIndicator[],
  layout: { head: number; headers: string[]; col: number; rows?: number },
): { first: number; last: number; n: number } {
  const { head, headers, col } = layout;
  headers.forEach((h, c) => w.set(head, c, h, HEADER));
  w.height(head, 30);
  const first = head + 1;
  const n = indicators.length || Math.max(layout.rows ?? 10, 1);
  for (const run of level1Runs(indicators))
    w.merge(first + run.start, col, first + run.end, col, run.name || null, { ...TEXT, align: "center" });
  for (let i = 0; i < n; i++) {
    const r = first + i;
    const it = indicators[i];
    if (!it) w.set(r, col, null, INPUT);
    w.set(r, col + 1, it ? it.level2 || null : null, it ? TEXT : INPUT);
    w.set(r, col + 2, it ? it.level3 || null : null, it ? TEXT : INPUT);
    w.set(r, col + 3, it ? it.target || null : null, it ? TEXT : INPUT);
  }
  return { first, last: first + n - 1, n };
}

/** A sheet name from the project's name: "办公设备购置-监控". */
export function sheetNameFor(facts: SourceFacts, suffix: string, fallback: string): string {
  const name = facts.projectName.replace(/[\\/?*[\]:]/g, "");
  return name ? `${name.slice(0, 28 - suffix.length)}-${suffix}` : fallback;
}

/** A plan share in percent as the fraction a percent-formatted cell holds (25 -> 0.25). */
export function fraction(percent: number): number {
  return Number((percent / 100).toFixed(8));
}

/** "0%" or "0.0%" … as many decimals as the share has. */
export function percentFormat(percent: number): string {
  const s = String(Number(percent.toFixed(4)));
  const d = s.includes(".") ? s.length - s.indexOf(".") - 1 : 0;
  return d === 0 ? "0%" : `0.${"0".repeat(d)}%`;
}
