import { LEVEL2_NAMES } from "../categories";
import type { CellRef, Indicator } from "../model";
import { squash } from "../text";
import { defineRule } from "./types";

interface Marker {
  it: Indicator;
  /** The cell that carries the marker, or the row's level column when it is carried from above. */
  cell: CellRef | { row: number; col: number };
  text: string;
}

/** Older hierarchy: 成本指标 as a second level under 产出, 可持续影响指标. */
function olderMarker(it: Indicator, col2: number): Marker | null {
  if ((it.level1Kind === "output" && it.level2Kind === "cost") || it.level2Kind === "sustainable-impact")
    return { it, cell: it.level2 ?? { row: it.row, col: col2 }, text: squash(it.level2Text) };
  return null;
}

/** 2021 hierarchy (财预〔2021〕101号): 成本指标 first-level, 经济成本 / 社会成本 / 生态环境成本. */
function newerMarker(it: Indicator, col1: number, col2: number): Marker | null {
  const k = it.level2Kind;
  if (k === "economic-cost" || k === "social-cost" || k === "ecological-cost")
    return { it, cell: it.level2 ?? { row: it.row, col: col2 }, text: squash(it.level2Text) };
  if (it.level1Kind === "cost")
    return { it, cell: it.level1 ?? { row: it.row, col: col1 }, text: squash(it.level1Text) };
  return null;
}

function describe(markers: Marker[]): string {
  return [...new Set(markers.map((m) => m.text))].map((t) => `“${t}”`).join("、");
}

/** How to bring the flagged row into the table's main hierarchy. */
function advice(m: Marker, older: boolean): string {
  if (older)
    return m.it.level2Kind === "sustainable-impact"
      ? `把“${m.text}”并入效益指标下的${LEVEL2_NAMES["social-benefit"]}或${LEVEL2_NAMES["ecological-benefit"]}`
      : `把产出指标下的“${m.text}”改为一级指标“成本指标”下的“${LEVEL2_NAMES["economic-cost"]}”`;
  return `把“${m.text}”下的指标移到产出指标下的二级指标“成本指标”`;
}

/**
 * Both hierarchies are valid; one table mixing them is a warning. The finding points at the first
 * row of the hierarchy the table uses less (the older one on a tie).
 */
export const hierarchyMixed = defineRule({
  id: "hierarchy-mixed",
  severity: "warning",
  kinds: ["target"],
  docs: {
    name: "指标体系混用",
    description: "同一张表不应混用旧指标体系（产出下的成本指标、可持续影响指标）和 2021 年体系（一级成本指标）",
  },
  messages: {
    olderInNewer:
      "此表混用了两套指标体系：{{these}}属旧体系，本表其余指标按 2021 年体系（{{others}}）。请统一为一套：{{advice}}。",
    newerInOlder:
      "此表混用了两套指标体系：{{these}}属 2021 年体系，本表其余指标按旧体系（{{others}}）。请统一为一套：{{advice}}。",
  },
  check(table, ctx) {
    const cols = table.header?.columns ?? {};
    const older: Marker[] = [];
    const newer: Marker[] = [];
    const indicators = table.indicators;
    for (let i = 0; i < indicators.length; i++) {
      const it = indicators[i];
      const col1 = cols.level1?.col ?? table.range.left;
      const o = olderMarker(it, cols.level2?.col ?? col1);
      if (o) older.push(o);
      const n = newerMarker(it, col1, cols.level2?.col ?? col1);
      if (n) newer.push(n);
    }
    if (!older.length || !newer.length) return;
    const flagOlder = older.length <= newer.length;
    const these = flagOlder ? older : newer;
    const others = flagOlder ? newer : older;
    ctx.report({
      cell: these[0].cell,
      messageId: flagOlder ? "olderInNewer" : "newerInOlder",
      data: { these: describe(these), others: describe(others), advice: advice(these[0], flagOlder) },
    });
  },
});
