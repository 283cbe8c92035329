import type { Indicator } from "../model";
import type { Settings } from "../settings";

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
  if (it.level2Kind === "satisfaction" || /满意/.test(it.level3Text)) return "satisfaction";
  if (it.level2Kind && /benefit|sustainable/.test(it.level2Kind)) return "benefit";
  return "output";
}

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
): number[] {
  if (indicators.length === 0) return [];
  const groups = indicators.map(weightGroup);
  const count = (g: WeightGroup) => groups.filter((x) => x === g).length;
  const cents = (w: number) => Math.round(w * 100);
  const all = GROUPS.reduce((s, g) => s + cents(weights[g]), 0);
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
