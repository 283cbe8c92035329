import { LEVEL1_NAMES, LEVEL2_NAMES, type Level1, type Level2 } from "../categories";
import { level1Of } from "../locate/labels";
import type { Indicator } from "../model";
import type { HierarchySpec } from "../profiles/types";
import { defineRule } from "./types";

const SATISFIED = /满意/;

const COST_LEVEL2: readonly Level2[] = ["cost", "economic-cost", "social-cost", "ecological-cost"];

/**
 * 成本 may stand first-level (财预〔2021〕101号) or as a second level under 产出 (the older
 * hierarchy): either placement satisfies a required 成本, whichever list requires it.
 */
function hasCost(indicators: Indicator[]): boolean {
  return indicators.some(
    (it) =>
      it.level1Kind === "cost" ||
      (it.level1Kind === "output" && it.level2Kind !== null && COST_LEVEL2.includes(it.level2Kind)),
  );
}

/**
 * The first-level categories the table has, counting the placements its profile accepts: 满意度
 * under 效益 (社会效益指标 › 群众满意度), 产出指标 / 效益指标 as second levels (实施效果指标 › 产出指标).
 */
function presentLevel1(indicators: Indicator[], h: HierarchySpec): Set<Level1 | null> {
  const present = new Set<Level1 | null>();
  for (let i = 0; i < indicators.length; i++) {
    const it = indicators[i];
    present.add(it.level1Kind);
    if (h.categoriesAsLevel2 && it.level2Text) {
      const k = level1Of(it.level2Text);
      if (k) present.add(k);
    }
    if (h.satisfactionUnderBenefit && it.level1Kind === "benefit" && isSatisfaction(it)) present.add("satisfaction");
  }
  return present;
}

function isSatisfaction(it: Indicator): boolean {
  return it.level2Kind === "satisfaction" || SATISFIED.test(it.level3Text) || SATISFIED.test(it.level2Text);
}

/** The required first-level categories (settings.requiredLevel1) and the required second levels under 产出. */
export const indicatorMissingCategory = defineRule({
  id: "indicator-missing-category",
  severity: "error",
  kinds: ["target"],
  options: ["requiredLevel1", "requiredOutputLevel2"],
  docs: {
    name: "缺少指标类别",
    description:
      "应有产出、效益、满意度、成本一级指标（成本可在产出指标下），产出指标下应有数量、质量、时效二级指标（按设置）",
  },
  messages: {
    missing: "指标体系不完整：{{missing}}。请补充相应指标，每类至少一个三级指标及指标值。",
  },
  check(table, ctx) {
    const header = table.header;
    if (!header || table.indicators.length === 0) return;
    const present1 = presentLevel1(table.indicators, ctx.profile.hierarchy);
    // A form with no second level (一级 | 三级 columns only) cannot hold what the older hierarchy files
    // there: 数量 / 质量 / 时效, and 成本 under 产出.
    const level2 = !!header.columns.level2 || table.indicators.some((it) => it.level2Kind !== null);
    const cost = hasCost(table.indicators) || !level2;
    const missing1: Level1[] = ctx.settings.requiredLevel1.filter((k) => (k === "cost" ? !cost : !present1.has(k)));
    const parts: string[] = [];
    if (missing1.length)
      parts.push(
        "缺少一级指标" +
          missing1
            .map((k) =>
              k === "cost" ? `“${LEVEL1_NAMES.cost}”（或产出指标下的二级指标“成本指标”）` : `“${LEVEL1_NAMES[k]}”`,
            )
            .join("、"),
      );
    if (present1.has("output") && level2) {
      const present2 = new Set(table.indicators.filter((it) => it.level1Kind === "output").map((it) => it.level2Kind));
      // 成本 is reported once, above, when the table has it nowhere.
      const missing2 = ctx.settings.requiredOutputLevel2.filter((k) =>
        k === "cost" ? !cost && !missing1.includes("cost") : !present2.has(k),
      );
      if (missing2.length)
        parts.push("产出指标下缺少二级指标" + missing2.map((k) => `“${LEVEL2_NAMES[k]}”`).join("、"));
    }
    if (!parts.length) return;
    const cell = header.columns.level1 ?? header.columns.indicatorGroup ?? { row: header.row, col: table.range.left };
    ctx.report({ cell, messageId: "missing", data: { missing: parts.join("；") } });
  },
});
