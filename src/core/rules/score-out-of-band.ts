import { ACHIEVEMENT_NAMES, indicatorLabel, show } from "../score/explain";
import { defineRule } from "./types";

/** A qualitative indicator's entered score lies in its level's band (settings.bands; by default 达成 80–100%, 部分达成 60–80%, 未达成 0–60%). */
export const scoreOutOfBand = defineRule({
  id: "score-out-of-band",
  severity: "error",
  kinds: ["self-evaluation"],
  options: ["scoreTolerance", "bands"],
  docs: {
    name: "得分不在档次内",
    description: "定性指标得分不在完成档次对应的区间内（默认达成 80–100%，部分达成 60–80%，未达成 0–60%）",
  },
  messages: {
    band: "{{name}} 完成情况为“{{level}}”，得分应在 {{min}}–{{max}} 之间（分值 {{weight}} 的 {{from}}%–{{to}}%），现为 {{score}}。",
  },
  check(table, ctx) {
    const a = ctx.analysis.selfEvaluation;
    if (!a) return;
    const tol = ctx.settings.scoreTolerance;
    table.indicators.forEach((it, i) => {
      const row = a.rows[i];
      const band = row.band;
      if (!it.score || !row.level || !band || row.entered.kind !== "number") return;
      const min = (row.weight * band.min) / 100;
      const max = (row.weight * band.max) / 100;
      const s = row.entered.value;
      // Above the weight is score-over-weight's to report.
      if (s > row.weight + tol) return;
      if (s >= min - tol && s <= max + tol) return;
      ctx.report({
        cell: it.score,
        messageId: "band",
        data: {
          name: indicatorLabel(it),
          level: ACHIEVEMENT_NAMES[row.level],
          min: show(min),
          max: show(max),
          weight: show(row.weight),
          from: band.min,
          to: band.max,
          score: show(s),
        },
      });
    });
  },
});
