import type { Indicator } from "../model";
import { squash } from "../text";
import { defineRule } from "./types";

/** What an indicator sets: its name (二级 where it has no 三级) and its value, as written. */
const key = (it: Indicator): string =>
  `${squash(it.level3Text || it.description?.text || it.level2Text)}|${squash(it.targetText)}`;

/** The long-term set counts as a copy when this share of the larger set matches one for one. */
const COPIED = 0.8;

/**
 * Long-term (中长期 / 实施期) indicators that repeat the annual ones, name for name and value for
 * value: they then measure one year, not the long-term goal.
 */
export const longTermCopied = defineRule({
  id: "long-term-copied",
  severity: "info",
  kinds: ["target"],
  docs: {
    name: "中长期指标照抄",
    description: "中长期（实施期）指标与年度指标名称、指标值都相同，未体现中长期目标",
  },
  messages: {
    copied:
      "中长期指标与年度指标相同：{{same}} 项指标的名称和指标值都与年度指标一样。中长期指标应衡量整个实施期的目标（如总规模、总体效益），请按中长期目标另行设定。",
  },
  check(table, ctx) {
    const long = table.longTerm?.indicators ?? [];
    const annual = table.indicators;
    if (long.length < 2 || annual.length < 2) return;
    // One for one: an annual indicator repeated twice in the long-term set counts once.
    const left = new Map<string, number>();
    for (const it of annual) left.set(key(it), (left.get(key(it)) ?? 0) + 1);
    let same = 0;
    for (let i = 0; i < long.length; i++) {
      const it = long[i];
      const n = left.get(key(it)) ?? 0;
      if (n > 0) {
        same++;
        left.set(key(it), n - 1);
      }
    }
    if (same < 2 || same < COPIED * Math.max(long.length, annual.length)) return;
    const cell = long.find((it) => it.target)?.target;
    if (cell) ctx.report({ cell, messageId: "copied", data: { same } });
  },
});
