import type { UnitTarget } from "../model";
import { squash } from "../text";
import type { NumericTarget, RangeTarget } from "../value";
import { defineRule } from "./types";
import { indicatorName } from "./support";

type Figure = NumericTarget | RangeTarget;

const isFigure = (t: UnitTarget["parsed"]): t is Figure => t.kind === "numeric" || t.kind === "range";

/** Two standards that say the same: the same operator (or none) and figure, or the same range. */
function same(a: Figure, b: Figure): boolean {
  if (a.unit !== b.unit) return false;
  if (a.kind === "range") return b.kind === "range" && a.min === b.min && a.max === b.max;
  return b.kind === "numeric" && a.op === b.op && a.value === b.value;
}

/** The figure a grade's standard stands at, for telling which way the grades run. */
const level = (t: Figure): number => (t.kind === "range" ? t.min : t.value);

/**
 * Grade standards (优 | 良 | 中 | 差 columns under one 评价标准 header): each grade's standard must
 * tell it apart from the next. Two neighbouring grades with the same standard (中 85% | 差 85%)
 * cannot be told apart, and a grade set past the one above it (优 90% | 良 95%) turns the scale over.
 */
export const gradesOverlap = defineRule({
  id: "grades-overlap",
  severity: "error",
  kinds: ["target", "monitoring", "self-evaluation"],
  docs: {
    name: "评价等级重叠",
    description: "优、良、中、差各等级的评价标准应互不相同、依次递进，相邻等级标准相同或顺序颠倒则无法评级",
  },
  messages: {
    same: "“{{name}}”的评价标准“{{grade}}”与“{{above}}”都是 {{value}}，两个等级无法区分。请改写“{{grade}}”的标准（如“{{example}}”），使各等级界限互不重叠。",
    reversed:
      "“{{name}}”的评价标准“{{grade}}”为 {{value}}，比上一等级“{{above}}”的 {{aboveValue}} 还要{{better}}，等级顺序颠倒。请核对各等级的标准。",
  },
  check(table, ctx) {
    const values = table.header?.values;
    if (!values || values.length < 2 || !values.every((v) => v.grade)) return;
    const indicators = table.indicators;
    for (let i = 0; i < indicators.length; i++) {
      const it = indicators[i];
      const grades = (it.targets ?? []).filter((g) => isFigure(g.parsed));
      if (grades.length < 2) continue;
      const figures = grades.map((g) => g.parsed as Figure);
      // Which way the scale runs: the best grade's figure above the worst's (rates), or below (costs, days).
      const down = Math.sign(level(figures[0]) - level(figures[figures.length - 1]));
      for (let i = 1; i < grades.length; i++) {
        const [a, b] = [figures[i - 1], figures[i]];
        const data = { name: indicatorName(it), grade: grades[i].label, above: grades[i - 1].label };
        if (same(a, b)) {
          const bare = a.kind === "range" ? `${a.min}${a.unit}` : `${a.value}${a.unit}`;
          ctx.report({
            cell: grades[i].cell,
            messageId: "same",
            data: { ...data, value: squash(grades[i].text), example: `${down < 0 ? ">" : "<"}${bare}` },
          });
        } else if (down !== 0 && Math.sign(level(a) - level(b)) === -down)
          ctx.report({
            cell: grades[i].cell,
            messageId: "reversed",
            data: {
              ...data,
              value: squash(grades[i].text),
              aboveValue: squash(grades[i - 1].text),
              better: down > 0 ? "高" : "低",
            },
          });
      }
    }
  },
});
