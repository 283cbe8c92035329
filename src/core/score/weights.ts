import type { Indicator, WeightBlock } from "../model";
import type { Settings } from "../settings";

const SATISFIED = /满意/;
const BENEFIT_KINDS = /benefit|sustainable/;

/** The weight groups of domain.md §5 (成本 counts with 产出, as 财预〔2020〕10号 scores it). */
export type WeightGroup = "output" | "benefit" | "satisfaction";

const GROUPS: WeightGroup[] = ["output", "benefit", "satisfaction"];

export function weightGroup(it: Pick<Indicator, "level1Kind" | "level2Kind" | "level3Text">): WeightGroup {
  switch (it.level1Kind) {
    case "benefit":
      return "benefit";
    case "satisfaction":
      return "satisfaction";
    case "output":
    case "cost":
      return "output";
  }
  if (it.level2Kind === "satisfaction" || SATISFIED.test(it.level3Text)) return "satisfaction";
  if (it.level2Kind && BENEFIT_KINDS.test(it.level2Kind)) return "benefit";
  return "output";
}

const cents = (w: number) => Math.round(w * 100);

/** The full score the weights add up to: the execution share and the three groups (100 by default). */
export function fullScore(weights: Settings["weights"]): number {
  return weights.execution + weights.output + weights.benefit + weights.satisfaction;
}

/** Splits `cents` into parts proportional to `shares`, largest remainder first: the parts add up exactly. */
function apportion(cents: number, shares: number[]): number[] {
  const total = shares.reduce((a, b) => a + b, 0);
  if (total <= 0) return shares.map(() => 0);
  const exact = shares.map((s) => (cents * s) / total);
  const parts = exact.map(Math.floor);
  let left = cents - parts.reduce((a, b) => a + b, 0);
  const order = exact.map((e, i) => ({ i, r: e - Math.floor(e) })).sort((a, b) => b.r - a.r || a.i - b.i);
  for (const { i } of order) {
    if (left <= 0) break;
    parts[i]++;
    left--;
  }
  return parts;
}

/**
 * Default 分值 per indicator (domain.md §5): 产出 / 效益 / 满意度 weights spread evenly over their
 * indicators, to the cent, so they add up exactly to the indicators' share (90 by default). A group
 * the table lacks gives its weight to the others in proportion.
 */
export function defaultIndicatorWeights(
  indicators: Pick<Indicator, "level1Kind" | "level2Kind" | "level3Text">[],
  weights: Settings["weights"],
  /** What they share when not the groups' sum: the rest of a table whose other blocks have their own weights. */
  total?: number,
): number[] {
  if (indicators.length === 0) return [];
  const groups = indicators.map(weightGroup);
  const count = (g: WeightGroup) => groups.filter((x) => x === g).length;
  const all = total !== undefined ? cents(total) : GROUPS.reduce((s, g) => s + cents(weights[g]), 0);
  const present = GROUPS.map((g) => (count(g) > 0 ? cents(weights[g]) : 0));
  const groupCents = apportion(all, present);
  const out = new Array<number>(indicators.length).fill(0);
  GROUPS.forEach((g, gi) => {
    const members = groups.map((x, i) => (x === g ? i : -1)).filter((i) => i >= 0);
    const parts = apportion(
      groupCents[gi],
      members.map(() => 1),
    );
    members.forEach((i, k) => (out[i] = parts[k] / 100));
  });
  return out;
}

/** A part of the table whose weights the table writes, and what they add up to. */
export interface WeightSum {
  /** The block (年度绩效目标1(40分)); null for the whole table (with 执行率, to the full score). */
  block: WeightBlock | null;
  /** Its parts' weights as written (inner blocks, indicators' 分值). */
  sum: number;
  /** What they must add up to: the block's weight, or the full score less 执行率. */
  target: number;
}

/** What the weighting needs of each indicator beyond its cells. */
export interface WeightInput {
  indicator: Pick<Indicator, "level1Kind" | "level2Kind" | "level3Text" | "blocks">;
  /** The 分值 cell as a number (0 when text), null when blank. */
  written: number | null;
  /** The entered score and whether a numeric actual meets its target in full (for share "scores"). */
  entered: number | null;
  met: boolean | null;
}

export interface Weighting {
  weights: number[];
  /** Parts whose weights are all written: they must add up. */
  sums: WeightSum[];
  /** Each weighted block and the indicators in it (its inner blocks' too). */
  blocks: { block: WeightBlock; rows: number[] }[];
}

interface Node {
  block: WeightBlock | null;
  rows: number[];
  /** Every indicator in the block, inner blocks' too. */
  all: number[];
  children: Node[];
}

const whole = (v: number) => Math.abs(v - Math.round(v)) < 1e-9;

/**
 * Each indicator's weight (分值), the table's own first (domain.md §5): a 分值 per row; else its
 * block's weight (年度绩效目标1(40分), 产出指标(50分)) less the inner blocks', shared by the block's
 * indicators: evenly (财预〔2020〕10号), or, with share "scores", as the rater's scores show it (an
 * indicator that met its target with a whole score scored its weight; the others share the rest
 * evenly). A table with no weight of its own spreads the settings' group weights.
 */
export function indicatorWeights(
  rows: WeightInput[],
  weights: Settings["weights"],
  rest: number,
  share: "even" | "scores",
  tolerance: number,
): Weighting {
  const root: Node = { block: null, rows: [], all: [], children: [] };
  rows.forEach((r, i) => {
    let node = root;
    for (const b of r.indicator.blocks ?? []) {
      let child = node.children.find((c) => c.block === b);
      if (!child) node.children.push((child = { block: b, rows: [], all: [], children: [] }));
      child.all.push(i);
      node = child;
    }
    node.rows.push(i);
  });
  const out: Weighting = { weights: new Array<number>(rows.length).fill(0), sums: [], blocks: [] };
  const evenly = (idx: number[], total: number) => {
    const parts = apportion(
      Math.max(cents(total), 0),
      idx.map(() => 1),
    );
    idx.forEach((i, k) => (out.weights[i] = parts[k] / 100));
  };
  const sumOf = (node: Node, sum: number, target: number) => out.sums.push({ block: node.block, sum, target });
  const assign = (node: Node, total: number) => {
    const inner = node.children.reduce((sum, c) => sum + c.block!.weight, 0);
    const direct = node.rows;
    if (direct.some((i) => rows[i].written !== null)) {
      // The table writes the rows' 分值 (a blank one is an error the rule reports; it counts 0).
      for (const i of direct) out.weights[i] = rows[i].written ?? 0;
      sumOf(node, inner + direct.reduce((sum, i) => sum + out.weights[i], 0), total);
    } else if (direct.length === 0 || total - inner < -tolerance) {
      // Only blocks, or blocks worth more than their whole: nothing left for the rows.
      if (node.children.length) sumOf(node, inner, total);
    } else if (node.block === null) {
      // The groups' weights of the settings; beside weighted blocks, the rest in their proportions.
      const w = defaultIndicatorWeights(
        direct.map((i) => rows[i].indicator),
        weights,
        node.children.length ? total - inner : undefined,
      );
      direct.forEach((i, k) => (out.weights[i] = w[k]));
    } else {
      const left = total - inner;
      const shown =
        share === "scores"
          ? direct.filter(
              (i) => rows[i].met && rows[i].entered !== null && rows[i].entered! > 0 && whole(rows[i].entered!),
            )
          : [];
      const others = direct.filter((i) => !shown.includes(i));
      const used = shown.reduce((sum, i) => sum + rows[i].entered!, 0);
      // The scores show a split only when they leave the others a share, or fill the block exactly.
      const fits = others.length ? used < left - tolerance : Math.abs(used - left) <= tolerance;
      if (shown.length && fits) {
        for (const i of shown) out.weights[i] = rows[i].entered!;
        evenly(others, left - used);
      } else evenly(direct, left);
    }
    for (const c of node.children) {
      out.blocks.push({ block: c.block!, rows: c.all });
      assign(c, c.block!.weight);
    }
  };
  assign(root, rest);
  return out;
}
